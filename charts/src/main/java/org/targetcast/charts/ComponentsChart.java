package org.targetcast.charts;

import static org.targetcast.charts.ChartStyle.prepend;
import static org.targetcast.charts.ChartStyle.toDoubles;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.targetcast.model.series.AnnualSeries;

/**
 * Levels of the two components of services trade, digitally deliverable and other, and their total, over
 * history and projection: history solid, projection dashed from the last observed year (joined to it), and
 * for a component given one, its band (by convention 10 to 90 %) as a light translucent polygon opening
 * from the last observed value. The total is the sum of the components, year by year. Values are drawn in
 * the data's unit (e.g. USD 100 million), the y axis from 0 with thousands separators.
 *
 * <p>Colours: digital Okabe-Ito blue, other Okabe-Ito orange, total dark grey. The legend has one entry per
 * line (history colour), one dashed grey entry for "projection" and, when any band is drawn, one grey box
 * for the bands.
 *
 * <p>Immutable; configured by copies:
 * <pre>{@code
 * XYChart chart = ComponentsChart.of(digitalHistory, otherHistory, digitalProjection, otherProjection)
 *         .withDigitalBand(digitalP10, digitalP90)
 *         .withOtherBand(otherP10, otherP90)
 *         .withAxisTitle("亿美元")
 *         .withFrame(f -> f.withLang(Lang.ZH))
 *         .toXChart(ChartPreset.SLIDES);
 * }</pre>
 *
 * <p>Series are named for code ({@link #DIGITAL}, {@link #OTHER}, {@link #TOTAL}, each with
 * {@link #projectionSeries(String)} and, for the components, {@link #bandSeries(String)};
 * {@link #PROJECTION_KEY}, {@link #BANDS_KEY}) and labelled for people.
 */
public final class ComponentsChart extends FramedChart<ComponentsChart, ComponentsChart.Data> {
    /** Name of the digitally deliverable component's history. */
    public static final String DIGITAL = "digital";
    /** Name of the other services component's history. */
    public static final String OTHER = "other";
    /** Name of the total's history. */
    public static final String TOTAL = "total";
    /** Name of the legend entry explaining the dashed projection (no data drawn). */
    public static final String PROJECTION_KEY = "projection";
    /** Name of the legend entry explaining the bands (no data drawn). */
    public static final String BANDS_KEY = "bands";
    /** Opacity of the bands, out of 255. */
    public static final int BAND_ALPHA = 50;

    /**
     * What the chart shows.
     *
     * @param digital the digitally deliverable component
     * @param other the other services component
     * @param axisTitle title of the y axis as set; blank for the default of the chart's language
     * @param targetYears years labelled on the time axis whatever its step, e.g. the scenario's target
     *     years; those outside the chart's years are ignored
     */
    public record Data(Component digital, Component other, String axisTitle, List<Integer> targetYears) {
        /** Checks for nulls. */
        public Data {
            Objects.requireNonNull(digital, "digital");
            Objects.requireNonNull(other, "other");
            Objects.requireNonNull(axisTitle, "axisTitle");
            targetYears = List.copyOf(targetYears);
        }
    }

    /**
     * One component: history, projection and the optional band (both bounds or neither).
     *
     * @param history observed levels
     * @param projection projected levels
     * @param lower the band's lower bound; null for no band
     * @param upper the band's upper bound; null for no band
     */
    public record Component(AnnualSeries history, AnnualSeries projection, AnnualSeries lower, AnnualSeries upper) {
        /** @return whether the component has a band */
        public boolean hasBand() {
            return lower != null;
        }

        Component withBand(String role, AnnualSeries newLower, AnnualSeries newUpper) {
            if ((newLower == null) != (newUpper == null)) {
                throw ChartException.of(
                        "%s band has a %s bound but no %s bound; give both or neither",
                        role, newLower == null ? "upper" : "lower", newLower == null ? "lower" : "upper");
            }
            if (newLower != null) {
                for (AnnualSeries bound : List.of(newLower, newUpper)) {
                    String which = bound == newLower ? "lower" : "upper";
                    if (!Arrays.equals(bound.years(), projection.years())) {
                        throw ChartException.of(
                                "%s band: the %s bound %s covers %s, the projection %s; they must cover the same years",
                                role, which, bound.name(), span(bound), span(projection));
                    }
                    requireLevels(role + " " + which + " bound", bound);
                }
                for (int i = 0; i < newLower.size(); i++) {
                    if (newLower.value(i) > newUpper.value(i)) {
                        throw ChartException.of(
                                "%s band: lower bound for %d = %s is above the upper bound %s",
                                role, newLower.year(i), newLower.value(i), newUpper.value(i));
                    }
                }
            }
            return new Component(history, projection, newLower, newUpper);
        }
    }

    private ComponentsChart(Data data, ChartFrame frame) {
        super(data, frame, ComponentsChart::new, labels -> labels.text(Labels.COMPONENTS_TITLE));
    }

    /**
     * A chart in English without bands, with the default title and axis title, no subtitle, the default
     * source line and no footer.
     *
     * @param digitalHistory observed levels of digitally deliverable services trade; at least one year,
     *     contiguous, no value negative
     * @param otherHistory observed levels of other services trade, the same years
     * @param digitalProjection projected levels of the digital component, contiguous from the year after
     *     the last observed
     * @param otherProjection projected levels of the other component, the same years
     * @return the chart
     * @throws ChartException naming the series (and year) at fault if a history is empty or has gaps, the
     *     two histories or the two projections cover different years, a projection does not start the year
     *     after the history, or a value is negative
     */
    public static ComponentsChart of(
            AnnualSeries digitalHistory,
            AnnualSeries otherHistory,
            AnnualSeries digitalProjection,
            AnnualSeries otherProjection) {
        Objects.requireNonNull(digitalHistory, "digitalHistory");
        Objects.requireNonNull(otherHistory, "otherHistory");
        Objects.requireNonNull(digitalProjection, "digitalProjection");
        Objects.requireNonNull(otherProjection, "otherProjection");
        if (digitalHistory.isEmpty()) {
            throw ChartException.of(
                    "digital history %s is empty; a components chart needs at least one observed year",
                    digitalHistory.name());
        }
        if (!digitalHistory.isContiguous()) {
            throw ChartException.of(
                    "digital history %s has missing years between %d and %d",
                    digitalHistory.name(), digitalHistory.firstYear(), digitalHistory.lastYear());
        }
        sameYears("other history", otherHistory, "digital history", digitalHistory);
        if (digitalProjection.isEmpty()
                || digitalProjection.firstYear() != digitalHistory.lastYear() + 1
                || !digitalProjection.isContiguous()) {
            throw ChartException.of(
                    "digital projection %s covers %s; it must run without gaps from %d, the year after the history",
                    digitalProjection.name(), span(digitalProjection), digitalHistory.lastYear() + 1);
        }
        sameYears("other projection", otherProjection, "digital projection", digitalProjection);
        requireLevels("digital history", digitalHistory);
        requireLevels("other history", otherHistory);
        requireLevels("digital projection", digitalProjection);
        requireLevels("other projection", otherProjection);
        return new ComponentsChart(
                new Data(
                        new Component(digitalHistory, digitalProjection, null, null),
                        new Component(otherHistory, otherProjection, null, null),
                        "",
                        List.of()),
                ChartFrame.defaults());
    }

    /**
     * @param lower the digital component's lower bound (e.g. the 10 % quantile), the projection's years;
     *     null, with {@code upper} null, for no band
     * @param upper its upper bound (e.g. the 90 % quantile)
     * @return a copy with that band
     * @throws ChartException if only one bound is given, the years differ from the projection's, a value is
     *     negative or the lower bound is above the upper
     */
    public ComponentsChart withDigitalBand(AnnualSeries lower, AnnualSeries upper) {
        Data d = data();
        return withData(
                new Data(d.digital().withBand("digital", lower, upper), d.other(), d.axisTitle(), d.targetYears()));
    }

    /**
     * @param lower the other component's lower bound, the projection's years; null, with {@code upper}
     *     null, for no band
     * @param upper its upper bound
     * @return a copy with that band
     * @throws ChartException as {@link #withDigitalBand(AnnualSeries, AnnualSeries)}
     */
    public ComponentsChart withOtherBand(AnnualSeries lower, AnnualSeries upper) {
        Data d = data();
        return withData(
                new Data(d.digital(), d.other().withBand("other", lower, upper), d.axisTitle(), d.targetYears()));
    }

    /**
     * @param newAxisTitle title of the y axis, the data's unit (e.g. {@code USD 100 million},
     *     {@code 亿美元}); blank for the default of the chart's language
     * @return a copy with that axis title
     */
    public ComponentsChart withAxisTitle(String newAxisTitle) {
        Data d = data();
        return withData(new Data(d.digital(), d.other(), newAxisTitle, d.targetYears()));
    }

    /**
     * @param years years to label on the time axis whatever its step, e.g. the scenario's target years
     *     (replaces any set before)
     * @return a copy labelling those years
     */
    public ComponentsChart withTargetYears(List<Integer> years) {
        Data d = data();
        return withData(new Data(d.digital(), d.other(), d.axisTitle(), years));
    }

    /** @return the y axis title drawn: the one set, or the default of the chart's language */
    public String axisTitle() {
        return data().axisTitle().isBlank() ? labels().text(Labels.AXIS_LEVEL) : data().axisTitle();
    }

    /**
     * @param line {@link #DIGITAL}, {@link #OTHER} or {@link #TOTAL}
     * @return the name of that line's projection series (not in the legend), e.g. {@code digital.projection}
     */
    public static String projectionSeries(String line) {
        return line + ".projection";
    }

    /**
     * @param component {@link #DIGITAL} or {@link #OTHER}
     * @return the name of that component's band series (not in the legend), e.g. {@code digital.band}
     */
    public static String bandSeries(String component) {
        return component + ".band";
    }

    @Override
    XYChart draw(Data d, ChartPreset preset) {
        Labels labels = labels();
        FramedXYChart chart = newChart(preset, labels.text(Labels.AXIS_YEAR), axisTitle());
        float lw = preset.lineWidth();
        int lastObserved = d.digital().history().lastYear();

        // Bands first, so that every line is drawn over them.
        for (String name : List.of(DIGITAL, OTHER)) {
            Component c = component(name);
            if (c.hasBand()) {
                double start = c.history().lastValue();
                double[][] polygon = ChartStyle.bandPolygon(
                        projectionX(),
                        prepend(start, c.upper().values()),
                        prepend(start, c.lower().values()));
                Color color = color(name);
                XYSeries band = ChartStyle.addPolygon(
                        chart,
                        bandSeries(name),
                        bandSeries(name),
                        polygon[0],
                        polygon[1],
                        Palette.withAlpha(color, BAND_ALPHA));
                band.setLineColor(Palette.NONE);
                band.setShowInLegend(false);
            }
        }
        double[] historyX = toDoubles(d.digital().history().years());
        for (String name : List.of(DIGITAL, OTHER, TOTAL)) {
            ChartStyle.addLine(
                    chart,
                    name,
                    labels.text(legendKey(name)),
                    historyX,
                    values(name, Component::history),
                    color(name),
                    ChartStyle.solid(name.equals(TOTAL) ? lw * 1.15f : lw));
            XYSeries projection = ChartStyle.addLine(
                    chart,
                    projectionSeries(name),
                    projectionSeries(name),
                    projectionX(),
                    prepend(values(name, Component::history)[historyX.length - 1], values(name, Component::projection)),
                    color(name),
                    ChartStyle.dashed(name.equals(TOTAL) ? lw * 1.15f : lw, 3.5f, 2.5f));
            projection.setShowInLegend(false);
        }
        ChartStyle.addLineKey(
                chart,
                PROJECTION_KEY,
                labels.text(Labels.LEGEND_PROJECTION),
                lastObserved,
                Palette.KEY,
                ChartStyle.dashed(lw, 3.5f, 2.5f));
        if (d.digital().hasBand() || d.other().hasBand()) {
            ChartStyle.addPolygonKey(
                    chart, BANDS_KEY, labels.text(Labels.LEGEND_SCENARIO_BANDS), lastObserved, Palette.BAND_KEY);
        }

        int first = d.digital().history().firstYear();
        int last = d.digital().projection().lastYear();
        XYStyler s = chart.getStyler();
        ChartStyle.legendAtRight(s, preset);
        s.setXAxisMin((double) first);
        s.setXAxisMax((double) last);
        YearTicks.apply(s, preset, first, last, last, d.targetYears());
        double[] y = yAxisRange();
        s.setYAxisMin(y[0]);
        s.setYAxisMax(y[1]);
        s.setyAxisTickLabelsFormattingFunction(ChartStyle.groupedTicks());
        return chart;
    }

    /**
     * @param line {@link #DIGITAL}, {@link #OTHER} or {@link #TOTAL}
     * @param part a component's history or projection (without the joining observed point)
     * @return that line's values of that part; the total's are digital plus other
     */
    double[] values(String line, Function<Component, AnnualSeries> part) {
        if (!line.equals(TOTAL)) {
            return part.apply(component(line)).values();
        }
        return sum(
                part.apply(data().digital()).values(),
                part.apply(data().other()).values());
    }

    /** @return {@code {min, max}} of the y axis: from 0 to the highest value drawn, rounded up to a 1-2-5 step */
    double[] yAxisRange() {
        double hi = 0;
        List<double[]> plotted =
                new ArrayList<>(List.of(values(TOTAL, Component::history), values(TOTAL, Component::projection)));
        for (Component c : List.of(data().digital(), data().other())) {
            if (c.hasBand()) {
                plotted.add(c.upper().values());
            }
        }
        for (double[] values : plotted) {
            for (double v : values) {
                hi = Math.max(hi, v);
            }
        }
        return ChartStyle.levelAxisRange(0, hi);
    }

    private Component component(String name) {
        return name.equals(DIGITAL) ? data().digital() : data().other();
    }

    private double[] projectionX() {
        return prepend(
                data().digital().history().lastYear(),
                toDoubles(data().digital().projection().years()));
    }

    private static String legendKey(String line) {
        return switch (line) {
            case DIGITAL -> Labels.LEGEND_DIGITAL;
            case OTHER -> Labels.LEGEND_OTHER;
            default -> Labels.LEGEND_TOTAL;
        };
    }

    private static Color color(String line) {
        return switch (line) {
            case DIGITAL -> Palette.DIGITAL;
            case OTHER -> Palette.OTHER;
            default -> Palette.CHARCOAL;
        };
    }

    private static double[] sum(double[] a, double[] b) {
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] + b[i];
        }
        return s;
    }

    private static void sameYears(String role, AnnualSeries series, String otherRole, AnnualSeries reference) {
        if (!Arrays.equals(series.years(), reference.years())) {
            throw ChartException.of(
                    "%s %s covers %s, the %s %s; they must cover the same years",
                    role, series.name(), span(series), otherRole, span(reference));
        }
    }

    private static void requireLevels(String role, AnnualSeries series) {
        for (int i = 0; i < series.size(); i++) {
            if (series.value(i) < 0) {
                throw ChartException.of(
                        "%s %s for %d = %s is negative; levels are trade values, e.g. 3859",
                        role, series.name(), series.year(i), series.value(i));
            }
        }
    }

    private static String span(AnnualSeries s) {
        return s.isEmpty() ? "no years" : s.firstYear() + "–" + s.lastYear() + " (" + s.size() + " years)";
    }
}
