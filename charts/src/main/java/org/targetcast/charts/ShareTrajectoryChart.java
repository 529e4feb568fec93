package org.targetcast.charts;

import static org.targetcast.charts.ChartStyle.percent;
import static org.targetcast.charts.ChartStyle.prepend;
import static org.targetcast.charts.ChartStyle.toDoubles;

import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
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
 * <p>Series are named for code ({@link #HISTORY}, {@link #PROJECTION}, {@link TargetMark#series(int)},
 * {@link TargetMark#guideSeries(int)}) and labelled for people in the chart's language. The y axis runs from
 * the lowest plotted value less 2 points to the highest (targets included) plus 3 points, each rounded
 * outwards to a multiple of 5 and kept within [0, 100].
 */
public final class ShareTrajectoryChart extends FramedChart<ShareTrajectoryChart> {
    /** Name of the observed series. */
    public static final String HISTORY = "history";
    /** Name of the projected series. */
    public static final String PROJECTION = "projection";

    private final AnnualSeries history;
    private final AnnualSeries projection;
    private final List<TargetMark> targets;

    /**
     * The central path alone: no targets, in the default frame ({@link ChartFrame#defaults()}).
     *
     * @param historyShare observed shares, fractions in (0, 1); at least one year
     * @param projectedShare projected shares, fractions in (0, 1), all after the last observed year; may be
     *     empty
     * @return the chart
     * @throws ChartException if a share is outside (0, 1), history is empty or the projection does not
     *     start after the history
     */
    public static ShareTrajectoryChart of(AnnualSeries historyShare, AnnualSeries projectedShare) {
        ChartStyle.requireHistory(historyShare, "a share chart");
        Objects.requireNonNull(projectedShare, "projectedShare");
        ChartStyle.requireShares("projection", projectedShare);
        if (!projectedShare.isEmpty() && projectedShare.firstYear() <= historyShare.lastYear()) {
            throw ChartException.of(
                    "projection %s starts in %d, not after the last observed year %d",
                    projectedShare.name(), projectedShare.firstYear(), historyShare.lastYear());
        }
        return new ShareTrajectoryChart(historyShare, projectedShare, List.of(), ChartFrame.defaults());
    }

    private ShareTrajectoryChart(
            AnnualSeries history, AnnualSeries projection, List<TargetMark> targets, ChartFrame frame) {
        super(frame, labels -> labels.text(Labels.SHARE_TITLE));
        this.history = history;
        this.projection = projection;
        this.targets = List.copyOf(targets);
    }

    /**
     * @param newTargets targets to mark, in legend order (replaces any set before)
     * @return a copy with those targets
     */
    public ShareTrajectoryChart withTargets(List<TargetMark> newTargets) {
        return new ShareTrajectoryChart(history, projection, newTargets, frame());
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

    @Override
    public ShareTrajectoryChart withFrame(ChartFrame newFrame) {
        return new ShareTrajectoryChart(history, projection, targets, newFrame);
    }

    @Override
    public XYChart toXChart(ChartPreset preset) {
        float lw = preset.lineWidth();
        Labels labels = labels();
        FramedXYChart chart = newShareChart(preset);
        ChartStyle.addShareHistory(chart, HISTORY, history, labels, lw);
        if (!projection.isEmpty()) {
            ChartStyle.addLine(
                    chart,
                    PROJECTION,
                    labels.text(Labels.LEGEND_PROJECTION),
                    prepend(history.lastYear(), toDoubles(projection.years())),
                    prepend(history.lastValue() * 100, percent(projection.values())),
                    Palette.PROJECTION,
                    ChartStyle.dashed(lw, 3.5f, 2.5f));
        }
        ChartStyle.addTargets(chart, targets, history.lastYear(), labels, preset);

        int lastYear = projection.isEmpty() ? history.lastYear() : projection.lastYear();
        ChartStyle.yearAxes(chart.getStyler(), Extent.years(history.firstYear(), lastYear, targets), yAxisRange());
        return chart;
    }

    /**
     * @return {@code {min, max}} of the y axis in percent: the lowest plotted value less 2 and the highest
     *     (targets included) plus 3, rounded outwards to multiples of 5 and kept within [0, 100]
     */
    double[] yAxisRange() {
        return new Extent().shares(history).shares(projection).targets(targets).shareAxis();
    }
}
