package org.targetcast.charts;

import static org.targetcast.charts.ChartStyle.prepend;
import static org.targetcast.charts.ChartStyle.toDoubles;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.targetcast.model.series.AnnualSeries;

/**
 * Past forecasts against outcomes: the observed series as a thick line and each past forecast
 * ({@link PastForecast}) as a thin line from the observed value at its origin, so that it leaves the
 * history where the forecaster stood. Forecast colours run from light (oldest origin) to dark (latest) in
 * ColorBrewer's sequential Oranges, which stays apart from the dark blue of the history.
 *
 * <p>The legend stays short: the history and one entry per forecast ("Forecast from 2017") for up to
 * {@value #MAX_LEGEND_ORIGINS} origins, listed at the right of the plot; beyond that one entry for all
 * of them ("Forecasts from 2012 (light) to 2022 (dark)"), and the two entries fit in one row below the plot. Years are plotted with pattern {@code #}, values in the series' unit with
 * thousands separators ({@code 3,500}).
 *
 * <p>Immutable; configured by copies:
 * <pre>{@code
 * XYChart chart = BacktestChart.of(observedDigital, forecasts)
 *         .withModelName("Log-linear trend")
 *         .withAxisTitle("USD 100 million")
 *         .withLang(Lang.ZH)
 *         .toXChart(ChartPreset.SLIDES);
 * }</pre>
 *
 * <p>Series are named for code ({@link #HISTORY}, {@link #forecastSeries(int)}, {@link #FORECASTS_KEY})
 * and labelled for people. Legend: history, then forecasts by origin, oldest first.
 */
public final class BacktestChart extends FramedChart<BacktestChart> {
    /** Name of the observed series. */
    public static final String HISTORY = "history";
    /** Name of the single legend entry standing for many forecasts (no data drawn). */
    public static final String FORECASTS_KEY = "forecasts";
    /** Most origins listed one by one in the legend. */
    public static final int MAX_LEGEND_ORIGINS = 6;

    /** ColorBrewer Oranges, light and dark ends used for the oldest and the latest origin. */
    private static final Color OLDEST = new Color(0xFD, 0xBE, 0x85);

    private static final Color LATEST = new Color(0xA6, 0x36, 0x03);

    private final AnnualSeries observed;
    private final List<PastForecast> forecasts;
    private final String modelName;
    private final String axisTitle;

    private BacktestChart(
            AnnualSeries observed, List<PastForecast> forecasts, String modelName, String axisTitle, ChartFrame frame) {
        super(frame, labels -> labels.text(Labels.BACKTEST_TITLE));
        this.observed = observed;
        this.forecasts = forecasts;
        this.modelName = modelName;
        this.axisTitle = axisTitle;
    }

    /**
     * A chart in English with the default title and value axis title, no model name, the default source line
     * and no footer.
     *
     * @param observed the observed levels, e.g. USD 100 million; at least one year
     * @param forecasts the past forecasts in any order (drawn oldest origin first); at least one, origins
     *     distinct, each origin a year of the observed series
     * @return the chart
     * @throws ChartException if the observed series or the forecast list is empty, two forecasts share an
     *     origin, or an origin is not an observed year
     */
    public static BacktestChart of(AnnualSeries observed, List<PastForecast> forecasts) {
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(forecasts, "forecasts");
        if (observed.isEmpty()) {
            throw ChartException.of(
                    "observed series %s is empty; a backtest chart needs the outcomes", observed.name());
        }
        if (forecasts.isEmpty()) {
            throw ChartException.of("a backtest chart needs at least one past forecast");
        }
        List<PastForecast> sorted = new ArrayList<>();
        for (PastForecast f : forecasts) {
            Objects.requireNonNull(f, "forecast");
            if (sorted.stream().anyMatch(g -> g.origin() == f.origin())) {
                throw ChartException.of("two forecasts have origin %d; give one forecast per origin", f.origin());
            }
            if (!observed.contains(f.origin())) {
                throw ChartException.of(
                        "forecast from %d: origin is not in the observed series %s (%d–%d), so it cannot join the history",
                        f.origin(), observed.name(), observed.firstYear(), observed.lastYear());
            }
            sorted.add(f);
        }
        sorted.sort(Comparator.comparingInt(PastForecast::origin));
        return new BacktestChart(observed, List.copyOf(sorted), "", "", ChartFrame.defaults());
    }

    /**
     * @param name the forecasting model, shown in the default subtitle
     *     ({@code Log-linear trend: each forecast starts from the last year observed when it was made});
     *     blank for none. A subtitle set with {@link #withSubtitle(String)} takes precedence.
     * @return a copy with that model name
     */
    public BacktestChart withModelName(String name) {
        return new BacktestChart(
                observed, forecasts, Objects.requireNonNull(name, "name").strip(), axisTitle, frame());
    }

    /**
     * @param newAxisTitle title of the value axis, the data's unit; blank for the default of the chart's
     *     language ({@code USD 100 million}, {@code 亿美元})
     * @return a copy with that axis title
     */
    public BacktestChart withAxisTitle(String newAxisTitle) {
        return new BacktestChart(
                observed, forecasts, modelName, Objects.requireNonNull(newAxisTitle, "newAxisTitle"), frame());
    }

    /** @return the observed levels */
    public AnnualSeries observed() {
        return observed;
    }

    /** @return the past forecasts, oldest origin first */
    public List<PastForecast> forecasts() {
        return forecasts;
    }

    @Override
    public BacktestChart withFrame(ChartFrame newFrame) {
        return new BacktestChart(observed, forecasts, modelName, axisTitle, newFrame);
    }

    /** @return the subtitle drawn: the one set, else the model-name line, else empty */
    @Override
    public String subtitle() {
        if (!frame().subtitle().isBlank() || modelName.isEmpty()) {
            return frame().subtitle();
        }
        return labels().text(Labels.BACKTEST_SUBTITLE, modelName);
    }

    /** @return the value axis title drawn: the one set, or the default of the chart's language */
    public String axisTitle() {
        return axisTitle.isBlank() ? labels().text(Labels.AXIS_LEVEL) : axisTitle;
    }

    /**
     * @param index position of the forecast in {@link #forecasts()} (oldest origin first)
     * @return the name of its series, e.g. {@code forecast.0}
     */
    public static String forecastSeries(int index) {
        return "forecast." + index;
    }

    /**
     * @param index position of the forecast in {@link #forecasts()}
     * @return its colour: light for the oldest origin, dark for the latest, evenly between
     */
    Color forecastColor(int index) {
        int n = forecasts.size();
        return ChartStyle.mix(OLDEST, LATEST, n == 1 ? 1.0 : (double) index / (n - 1));
    }

    @Override
    public XYChart toXChart(ChartPreset preset) {
        Labels labels = labels();
        FramedXYChart chart = newChart(preset, labels.text(Labels.AXIS_YEAR), axisTitle());
        float lw = preset.lineWidth();
        boolean listed = forecasts.size() <= MAX_LEGEND_ORIGINS;

        // XChart draws and lists series in the order added: the history first, thick enough to show
        // under the thin forecasts that leave it.
        ChartStyle.addLine(
                chart,
                HISTORY,
                labels.text(Labels.LEGEND_HISTORY),
                toDoubles(observed.years()),
                observed.values(),
                Palette.HISTORY,
                ChartStyle.solid(lw * 1.4f));
        for (int i = 0; i < forecasts.size(); i++) {
            PastForecast f = forecasts.get(i);
            XYSeries s = ChartStyle.addLine(
                    chart,
                    forecastSeries(i),
                    labels.text(Labels.LEGEND_FORECAST_FROM, f.origin()),
                    forecastX(f),
                    forecastY(f),
                    forecastColor(i),
                    ChartStyle.solid(lw * 0.6f));
            s.setShowInLegend(listed);
        }
        if (!listed) {
            // one line in the legend for all forecasts
            ChartStyle.addLineKey(
                    chart,
                    FORECASTS_KEY,
                    labels.text(
                            Labels.LEGEND_FORECAST_RANGE,
                            forecasts.get(0).origin(),
                            forecasts.get(forecasts.size() - 1).origin()),
                    observed.lastYear(),
                    forecastColor(forecasts.size() / 2),
                    ChartStyle.solid(lw * 0.6f));
        }

        int[] span = yearSpan();
        double[] range = valueRange();
        XYStyler s = chart.getStyler();
        if (listed) {
            ChartStyle.legendAtRight(s, preset);
        }
        s.setXAxisMin((double) span[0]);
        s.setXAxisMax((double) span[1]);
        s.setxAxisTickLabelsFormattingFunction(ChartStyle.yearTicks(span[0], span[1]));
        double[] y = ChartStyle.levelAxisRange(range[0], range[1]);
        s.setYAxisMin(y[0]);
        s.setYAxisMax(y[1]);
        s.setyAxisTickLabelsFormattingFunction(ChartStyle.groupedTicks());
        return chart;
    }

    /** @return {@code {first, last}} year plotted: the observed years and every forecast's */
    int[] yearSpan() {
        int last = observed.lastYear();
        for (PastForecast f : forecasts) {
            last = Math.max(last, f.path().lastYear());
        }
        return new int[] {observed.firstYear(), last};
    }

    /** @return {@code {lowest, highest}} value plotted */
    double[] valueRange() {
        Extent e = new Extent().values(observed.values());
        forecasts.forEach(f -> e.values(f.path().values()));
        return e.range();
    }

    private static double[] forecastX(PastForecast f) {
        return prepend(f.origin(), toDoubles(f.path().years()));
    }

    private double[] forecastY(PastForecast f) {
        return prepend(observed.valueAt(f.origin()).orElseThrow(), f.path().values());
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "BacktestChart[%s, %d forecasts, %s]", observed.name(), forecasts.size(), lang().code());
    }
}
