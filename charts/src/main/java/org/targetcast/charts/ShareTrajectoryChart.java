package org.targetcast.charts;

import static org.targetcast.charts.ChartStyle.percent;
import static org.targetcast.charts.ChartStyle.prepend;
import static org.targetcast.charts.ChartStyle.toDoubles;

import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.XYStyler;
import org.targetcast.model.series.AnnualSeries;

/**
 * The share's path: observed history as a solid line, the projection as a dashed line that starts at the
 * last observed point (so the two join), and each target as a marker at (year, target) with a dashed guide
 * at the target level from the last observed year. Shares come in as fractions in (0, 1) and are plotted
 * in percent.
 *
 * <p>Immutable; configured by copies:
 * <pre>{@code
 * XYChart chart = ShareTrajectoryChart.of(history, projection)
 *         .withTargets(List.of(TargetMark.of(2029, 0.45), TargetMark.of(2035, 0.50)))
 *         .withLang(Lang.ZH)
 *         .withFooter("scenario baseline, data 3f2a…, seed 20241128, targetcast 0.1.0")
 *         .toXChart(ChartPreset.SLIDES);
 * }</pre>
 *
 * <p>Series are named for code ({@link #HISTORY}, {@link #PROJECTION}, {@link #targetSeries(int)},
 * {@link #targetGuideSeries(int)}) and labelled for people in the chart's language. The y axis runs from
 * the lowest plotted value less 2 points to the highest (targets included) plus 3 points, each rounded
 * outwards to a multiple of 5 and kept within [0, 100].
 */
public final class ShareTrajectoryChart {
    /** Name of the observed series. */
    public static final String HISTORY = "history";
    /** Name of the projected series. */
    public static final String PROJECTION = "projection";

    private final AnnualSeries history;
    private final AnnualSeries projection;
    private final List<TargetMark> targets;
    private final FrameText text;

    private ShareTrajectoryChart(AnnualSeries history, AnnualSeries projection, List<TargetMark> targets, FrameText text) {
        this.history = history;
        this.projection = projection;
        this.targets = List.copyOf(targets);
        this.text = text;
    }

    /**
     * A chart in English with no targets, the default title of its language, no subtitle, the default
     * source line and no footer.
     *
     * @param historyShare observed shares, fractions in (0, 1); at least one year
     * @param projectedShare projected shares, fractions in (0, 1), all after the last observed year; may be
     *     empty
     * @return the chart
     * @throws ChartException if a share is outside (0, 1), history is empty or the projection does not
     *     start after the history
     */
    public static ShareTrajectoryChart of(AnnualSeries historyShare, AnnualSeries projectedShare) {
        Objects.requireNonNull(historyShare, "historyShare");
        Objects.requireNonNull(projectedShare, "projectedShare");
        if (historyShare.isEmpty()) {
            throw ChartException.of("history series %s is empty; a share chart needs at least one observed year", historyShare.name());
        }
        ChartStyle.requireShares("history", historyShare);
        ChartStyle.requireShares("projection", projectedShare);
        if (!projectedShare.isEmpty() && projectedShare.firstYear() <= historyShare.lastYear()) {
            throw ChartException.of("projection %s starts in %d, not after the last observed year %d",
                    projectedShare.name(), projectedShare.firstYear(), historyShare.lastYear());
        }
        return new ShareTrajectoryChart(historyShare, projectedShare, List.of(), FrameText.defaults());
    }

    /**
     * @param newTargets targets to mark, in legend order (replaces any set before)
     * @return a copy with those targets
     */
    public ShareTrajectoryChart withTargets(List<TargetMark> newTargets) {
        return new ShareTrajectoryChart(history, projection, newTargets, text);
    }

    /**
     * @param newTitle the chart title; blank for the default title of the chart's language
     * @return a copy with that title
     */
    public ShareTrajectoryChart withTitle(String newTitle) {
        return new ShareTrajectoryChart(history, projection, targets, text.withTitle(newTitle));
    }

    /**
     * @param newSubtitle a line under the title; blank for none
     * @return a copy with that subtitle
     */
    public ShareTrajectoryChart withSubtitle(String newSubtitle) {
        return new ShareTrajectoryChart(history, projection, targets, text.withSubtitle(newSubtitle));
    }

    /**
     * @param newSourceLine where the data come from, shown at the foot; blank for the default of the
     *     chart's language
     * @return a copy with that source line
     */
    public ShareTrajectoryChart withSourceLine(String newSourceLine) {
        return new ShareTrajectoryChart(history, projection, targets, text.withSourceLine(newSourceLine));
    }

    /**
     * @param provenance what produced the chart (scenario, data hash, seed, version), shown under the
     *     source line; blank for none
     * @return a copy with that footer
     */
    public ShareTrajectoryChart withFooter(String provenance) {
        return new ShareTrajectoryChart(history, projection, targets, text.withFooter(provenance));
    }

    /**
     * @param newLang language of the labels
     * @return a copy in that language
     */
    public ShareTrajectoryChart withLang(Lang newLang) {
        return new ShareTrajectoryChart(history, projection, targets, text.withLang(newLang));
    }

    /** @return observed shares, fractions */
    public AnnualSeries history() {
        return history;
    }

    /** @return projected shares, fractions */
    public AnnualSeries projection() {
        return projection;
    }

    /** @return targets, in legend order */
    public List<TargetMark> targets() {
        return targets;
    }

    /** @return language of the labels */
    public Lang lang() {
        return text.lang();
    }

    /** @return the title drawn: the one set, or the default of the chart's language */
    public String title() {
        return text.titleOr(Labels.SHARE_TITLE);
    }

    /** @return the subtitle drawn; empty if none */
    public String subtitle() {
        return text.subtitle();
    }

    /** @return the source line drawn: the one set, or the default of the chart's language */
    public String sourceLine() {
        return text.sourceLineDrawn();
    }

    /** @return the provenance footer drawn; empty if none */
    public String footer() {
        return text.footer();
    }

    /**
     * @param index position of the target in {@link #targets()}
     * @return the name of that target's marker series
     */
    public static String targetSeries(int index) {
        return ChartStyle.targetSeries(index);
    }

    /**
     * @param index position of the target in {@link #targets()}
     * @return the name of that target's guide series (not in the legend)
     */
    public static String targetGuideSeries(int index) {
        return ChartStyle.targetGuideSeries(index);
    }

    /**
     * Builds a new XChart chart; each call returns a fresh, independent chart.
     *
     * @param preset sizes and type sizes
     * @return the chart, laid out at {@link ChartPreset#width()} × {@link ChartPreset#height()} points
     * @throws ChartException for {@link Lang#ZH} when no installed font displays Chinese
     */
    public XYChart toXChart(ChartPreset preset) {
        Labels labels = Labels.of(text.lang());
        FramedXYChart chart = text.newChart(preset, Labels.SHARE_TITLE);

        float lw = preset.lineWidth();
        ChartStyle.addLine(chart, HISTORY, labels.text(Labels.LEGEND_HISTORY), toDoubles(history.years()),
                percent(history.values()), ChartStyle.HISTORY_COLOR, ChartStyle.solid(lw));
        if (!projection.isEmpty()) {
            ChartStyle.addLine(chart, PROJECTION, labels.text(Labels.LEGEND_PROJECTION),
                    prepend(history.lastYear(), toDoubles(projection.years())),
                    prepend(history.lastValue() * 100, percent(projection.values())),
                    ChartStyle.PROJECTION_COLOR, ChartStyle.dashed(lw, 3.5f, 2.5f));
        }
        ChartStyle.addTargets(chart, targets, history.lastYear(), labels, preset);

        int lastYear = Math.max(history.lastYear(), projection.isEmpty() ? history.lastYear() : projection.lastYear());
        for (TargetMark t : targets) {
            lastYear = Math.max(lastYear, t.year());
        }
        int firstYear = history.firstYear();
        for (TargetMark t : targets) {
            firstYear = Math.min(firstYear, t.year());
        }
        XYStyler s = chart.getStyler();
        s.setXAxisMin((double) firstYear);
        s.setXAxisMax((double) lastYear);
        double[] y = yAxisRange();
        s.setYAxisMin(y[0]);
        s.setYAxisMax(y[1]);
        return chart;
    }

    /**
     * @return {@code {min, max}} of the y axis in percent: the lowest plotted value less 2 and the highest
     *     (targets included) plus 3, rounded outwards to multiples of 5 and kept within [0, 100]
     */
    double[] yAxisRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (AnnualSeries series : List.of(history, projection)) {
            for (double v : series.values()) {
                lo = Math.min(lo, v * 100);
                hi = Math.max(hi, v * 100);
            }
        }
        for (TargetMark t : targets) {
            lo = Math.min(lo, t.percent());
            hi = Math.max(hi, t.percent());
        }
        return ChartStyle.yAxisRange(lo, hi);
    }
}
