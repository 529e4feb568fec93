package org.targetcast.charts;

import static org.targetcast.charts.ChartStyle.percent;
import static org.targetcast.charts.ChartStyle.prepend;
import static org.targetcast.charts.ChartStyle.toDoubles;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.targetcast.model.series.AnnualSeries;

/**
 * Several scenarios' projected shares over their shared history: the history as a solid line, each
 * scenario's central path as a line in its own colour, joined to the last observed point, and, for a
 * scenario that has one, its band (10 to 90 %) as a light translucent polygon behind all lines, so
 * overlapping bands stay visible. Targets are marked as in {@link ShareTrajectoryChart}. Shares come in as
 * fractions and are plotted in percent.
 *
 * <p>Scenario colours are taken in order from a palette of seven that avoids the red and purple of the
 * targets (after Tableau 10); an eighth scenario reuses the first colour. Bands are the scenario's colour
 * at {@value #BAND_ALPHA}/255 opacity, outlined by nothing, drawn as in {@link FanChart}: the upper bound
 * from the last observed year forward, then the lower bound backward. Bands are not in the legend; one
 * entry, a grey box, says what the shading is when any scenario has a band.
 *
 * <p>Immutable; configured by copies:
 * <pre>{@code
 * XYChart chart = ScenarioOverlayChart.of(history, List.of(baseline, push, recent))
 *         .withTargets(List.of(TargetMark.of(2029, 0.45), TargetMark.of(2035, 0.50)))
 *         .withFrame(f -> f.withLang(Lang.ZH))
 *         .toXChart(ChartPreset.SLIDES);
 * }</pre>
 *
 * <p>Series are named for code ({@link #HISTORY}, {@link #scenarioSeries(int)},
 * {@link #scenarioBandSeries(int)}, {@link #BANDS_KEY}, {@link TargetMark#series(int)},
 * {@link TargetMark#guideSeries(int)}) and labelled for people. Legend (at the right): history, the shading
 * key, targets; each scenario is named at the end of its path instead ({@link EndLabelStack}: stacked apart,
 * inside the plot, a long title shortened to its head). The y axis follows the rule of the other share
 * charts; the x axis labels the target years ({@link YearTicks}).
 */
public final class ScenarioOverlayChart extends FramedChart<ScenarioOverlayChart, ScenarioOverlayChart.Data> {
    /** Name of the observed series. */
    public static final String HISTORY = "history";
    /** Name of the legend entry explaining the bands (no data drawn). */
    public static final String BANDS_KEY = "bands";
    /** Opacity of the bands, out of 255. */
    public static final int BAND_ALPHA = 46;

    private static final Color[] PALETTE = {
        new Color(0x1F, 0x77, 0xB4),
        new Color(0xFF, 0x7F, 0x0E),
        new Color(0x2C, 0xA0, 0x2C),
        new Color(0x8C, 0x56, 0x4B),
        new Color(0xE3, 0x77, 0xC2),
        new Color(0x17, 0xBE, 0xCF),
        new Color(0xBC, 0xBD, 0x22)
    };

    /**
     * What the chart shows.
     *
     * @param history observed shares, fractions in (0, 1); at least one year
     * @param scenarios the scenarios, in legend order; at least one, names distinct, each starting after
     *     the last observed year
     * @param targets targets, in legend order
     */
    public record Data(AnnualSeries history, List<ScenarioPath> scenarios, List<TargetMark> targets) {
        /**
         * @throws ChartException if a share is outside (0, 1), the history or the scenario list is empty, two
         *     scenarios share a name or a scenario does not start after the history
         */
        public Data {
            ChartStyle.requireHistory(history, "a scenario chart");
            Objects.requireNonNull(scenarios, "scenarios");
            if (scenarios.isEmpty()) {
                throw ChartException.of("a scenario chart needs at least one scenario");
            }
            List<String> names = new ArrayList<>();
            for (ScenarioPath p : scenarios) {
                Objects.requireNonNull(p, "scenario");
                if (names.contains(p.name().strip())) {
                    throw ChartException.of(
                            "two scenarios are named '%s'; the legend could not tell them apart",
                            p.name().strip());
                }
                names.add(p.name().strip());
                if (p.projectedShare().firstYear() <= history.lastYear()) {
                    throw ChartException.of(
                            "scenario '%s' starts in %d, not after the last observed year %d",
                            p.name(), p.projectedShare().firstYear(), history.lastYear());
                }
            }
            scenarios = List.copyOf(scenarios);
            targets = List.copyOf(targets);
        }
    }

    private ScenarioOverlayChart(Data data, ChartFrame frame) {
        super(data, frame, ScenarioOverlayChart::new, labels -> labels.text(Labels.OVERLAY_TITLE));
    }

    /**
     * A chart in English with no targets, the default title, no subtitle, the default source line and no
     * footer.
     *
     * @param historyShare observed shares, fractions in (0, 1); at least one year
     * @param scenarios the scenarios, in legend order; at least one, names distinct, each starting after
     *     the last observed year
     * @return the chart
     * @throws ChartException as {@link Data#Data}
     */
    public static ScenarioOverlayChart of(AnnualSeries historyShare, List<ScenarioPath> scenarios) {
        return new ScenarioOverlayChart(new Data(historyShare, scenarios, List.of()), ChartFrame.defaults());
    }

    /**
     * @param newTargets targets to mark, in legend order (replaces any set before)
     * @return a copy with those targets
     */
    public ScenarioOverlayChart withTargets(List<TargetMark> newTargets) {
        return withData(new Data(data().history(), data().scenarios(), newTargets));
    }

    /**
     * @param index position of the scenario in {@link Data#scenarios()}
     * @return the name of its central path's series, e.g. {@code scenario.0}
     */
    public static String scenarioSeries(int index) {
        return "scenario." + index;
    }

    /**
     * @param index position of the scenario in {@link Data#scenarios()}
     * @return the name of its band's series (not in the legend), e.g. {@code scenario.0.band}
     */
    public static String scenarioBandSeries(int index) {
        return "scenario." + index + ".band";
    }

    /**
     * @param index position of the scenario in {@link Data#scenarios()}
     * @return the colour of its line (its band is this colour, translucent)
     */
    static Color scenarioColor(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** @return the position of the scenario whose band is drawn: the first that has one; -1 if none has */
    int highlighted() {
        for (int i = 0; i < data().scenarios().size(); i++) {
            if (data().scenarios().get(i).hasBand()) {
                return i;
            }
        }
        return -1;
    }

    @Override
    XYChart draw(Data d, ChartPreset preset) {
        Labels labels = labels();
        FramedXYChart chart = newShareChart(preset);
        float lw = preset.lineWidth();

        // One band only, the first scenario's that has one: five translucent bands blend into one brown mass.
        // Drawn first, so that every line is drawn over it.
        int banded = highlighted();
        if (banded >= 0) {
            ScenarioPath p = d.scenarios().get(banded);
            double[][] polygon = ChartStyle.bandPolygon(
                    pathX(p),
                    prepend(d.history().lastValue() * 100, percent(p.upper().values())),
                    prepend(d.history().lastValue() * 100, percent(p.lower().values())));
            XYSeries band = ChartStyle.addPolygon(
                    chart,
                    scenarioBandSeries(banded),
                    scenarioBandSeries(banded),
                    polygon[0],
                    polygon[1],
                    Palette.withAlpha(scenarioColor(banded), BAND_ALPHA));
            band.setLineColor(Palette.NONE);
            band.setShowInLegend(false);
        }
        // History in ink, apart from every scenario's colour.
        ChartStyle.addShareHistory(chart, HISTORY, d.history(), labels, lw * 1.15f)
                .setLineColor(Palette.INK);
        for (int i = 0; i < d.scenarios().size(); i++) {
            ScenarioPath p = d.scenarios().get(i);
            // named at its end instead of in the legend: five or more colours are hard to match to a list
            ChartStyle.addLine(
                            chart,
                            scenarioSeries(i),
                            p.name().strip(),
                            pathX(p),
                            pathY(p),
                            scenarioColor(i),
                            ChartStyle.solid(lw))
                    .setShowInLegend(false);
        }
        if (banded >= 0) {
            ChartStyle.addPolygonKey(
                    chart,
                    BANDS_KEY,
                    labels.text(Labels.LEGEND_SCENARIO_BANDS) + " ("
                            + EndLabelStack.head(
                                    d.scenarios().get(banded).name().strip()) + ")",
                    d.history().lastYear(),
                    Palette.withAlpha(scenarioColor(banded), BAND_ALPHA * 2));
        }
        ChartStyle.addTargets(chart, d.targets(), d.history().lastYear(), labels, preset);

        int lastYear = d.history().lastYear();
        for (ScenarioPath p : d.scenarios()) {
            lastYear = Math.max(lastYear, p.projectedShare().lastYear());
        }
        int[] years = Extent.years(d.history().firstYear(), lastYear, d.targets());
        XYStyler s = chart.getStyler();
        ChartStyle.legendAtRight(s, preset);
        double[] y = yAxisRange();
        ChartStyle.yearAxes(s, preset, years, y, d.targets());
        // Room at the right for the names at the ends of the paths: a sixth of the years shown, or more for
        // the heads of the names to fit; no year is labelled in it.
        double xMax = years[1] + nameRoom(preset, years[1] - years[0]);
        s.setXAxisMax(xMax);
        YearTicks.apply(s, preset, years[0], years[1], xMax, ChartStyle.targetYears(d.targets()));
        chart.addAnnotation(new EndLabelStack(endLabels(preset)));
        return chart;
    }

    /**
     * The scenario names at the ends of their paths, in their colours; moved apart and shortened to fit when
     * the chart is painted ({@link EndLabelStack}).
     *
     * @param preset sizes and type sizes
     * @return one label a scenario, in scenario order, at the last point of its path
     */
    List<EndText> endLabels(ChartPreset preset) {
        List<EndText> labels = new ArrayList<>();
        for (int i = 0; i < data().scenarios().size(); i++) {
            ScenarioPath p = data().scenarios().get(i);
            double[] x = pathX(p);
            double[] y = pathY(p);
            labels.add(new EndText(
                    p.name().strip(), x[x.length - 1], y[y.length - 1], false, gap(preset), scenarioColor(i), null));
        }
        return labels;
    }

    /** @return space between a path's end and its name: clear of a target's marker at the same point */
    private static double gap(ChartPreset preset) {
        return preset.markerSize() * 0.6 + preset.type().tickLabel() * 0.2;
    }

    /**
     * @param preset sizes and type sizes
     * @param span years from the first to the last year shown
     * @return years to add at the right of the axis: a sixth of the span, or enough for the widest head of a
     *     name ({@link EndLabelStack#head}) in a plot half the chart's width; at most half the span
     */
    double nameRoom(ChartPreset preset, int span) {
        java.awt.Font font = ChartStyle.font(
                Fonts.family(lang()), java.awt.Font.PLAIN, preset.type().legend());
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        double widest = 0;
        for (ScenarioPath p : data().scenarios()) {
            widest = Math.max(
                    widest,
                    font.getStringBounds(EndLabelStack.head(p.name().strip()), frc)
                                    .getWidth()
                            + gap(preset));
        }
        double plot = preset.canvas().width() * YearTicks.PLOT_SHARE_LEGEND_RIGHT;
        double needed = widest >= plot / 2 ? span / 2.0 : widest * span / (plot - widest);
        return Math.ceil(Math.min(span / 2.0, Math.max(span / 6.0, needed)));
    }

    /** @return {@code {min, max}} of the y axis in percent, covering history, paths, bands and targets */
    double[] yAxisRange() {
        Data d = data();
        Extent e = new Extent().shares(d.history()).targets(d.targets());
        for (ScenarioPath p : d.scenarios()) {
            e.shares(p.projectedShare());
            if (p.hasBand()) {
                e.shares(p.lower()).shares(p.upper());
            }
        }
        return e.shareAxis();
    }

    private double[] pathX(ScenarioPath p) {
        return prepend(data().history().lastYear(), toDoubles(p.projectedShare().years()));
    }

    private double[] pathY(ScenarioPath p) {
        return prepend(
                data().history().lastValue() * 100, percent(p.projectedShare().values()));
    }
}
