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
 *         .withFrame(f -> f.withLang(Lang.ZH))
 *         .withFrame(f -> f.with(ChartFrame.Text.FOOTER, "scenario baseline, data 3f2a…, seed 20241128, targetcast 0.1.0"))
 *         .toXChart(ChartPreset.SLIDES);
 * }</pre>
 *
 * <p>Series are named for code ({@link #HISTORY}, {@link #PROJECTION}, {@link TargetMark#series(int)},
 * {@link TargetMark#guideSeries(int)}) and labelled for people in the chart's language. The y axis runs from
 * the lowest plotted value less 2 points to the highest (targets included) plus 3 points, each rounded
 * outwards to a multiple of 5 and kept within [0, 100].
 */
public final class ShareTrajectoryChart extends FramedChart<ShareTrajectoryChart, ShareTrajectoryChart.Data> {
    /** Name of the observed series. */
    public static final String HISTORY = "history";
    /** Name of the projected series. */
    public static final String PROJECTION = "projection";

    /**
     * What the chart shows.
     *
     * @param history observed shares, fractions in (0, 1); at least one year
     * @param projection projected shares, fractions in (0, 1), all after the last observed year; may be empty
     * @param targets targets, in legend order
     */
    public record Data(AnnualSeries history, AnnualSeries projection, List<TargetMark> targets) {
        /**
         * @throws ChartException if a share is outside (0, 1), history is empty or the projection does not
         *     start after the history
         */
        public Data {
            ChartStyle.requireHistory(history, "a share chart");
            Objects.requireNonNull(projection, "projection");
            ChartStyle.requireShares("projection", projection);
            if (!projection.isEmpty() && projection.firstYear() <= history.lastYear()) {
                throw ChartException.of(
                        "projection %s starts in %d, not after the last observed year %d",
                        projection.name(), projection.firstYear(), history.lastYear());
            }
            targets = List.copyOf(targets);
        }
    }

    /**
     * The central path alone: no targets, in the default frame ({@link ChartFrame#defaults()}).
     *
     * @param historyShare observed shares, fractions in (0, 1); at least one year
     * @param projectedShare projected shares, fractions in (0, 1), all after the last observed year; may be
     *     empty
     * @return the chart
     * @throws ChartException as {@link Data#Data}
     */
    public static ShareTrajectoryChart of(AnnualSeries historyShare, AnnualSeries projectedShare) {
        return new ShareTrajectoryChart(new Data(historyShare, projectedShare, List.of()), ChartFrame.defaults());
    }

    private ShareTrajectoryChart(Data data, ChartFrame frame) {
        super(data, frame, ShareTrajectoryChart::new, labels -> labels.text(Labels.SHARE_TITLE));
    }

    /**
     * @param newTargets targets to mark, in legend order (replaces any set before)
     * @return a copy with those targets
     */
    public ShareTrajectoryChart withTargets(List<TargetMark> newTargets) {
        return withData(new Data(data().history(), data().projection(), newTargets));
    }

    @Override
    XYChart draw(Data d, ChartPreset preset) {
        float lw = preset.lineWidth();
        Labels labels = labels();
        FramedXYChart chart = newShareChart(preset);
        ChartStyle.addShareHistory(chart, HISTORY, d.history(), labels, lw);
        if (!d.projection().isEmpty()) {
            ChartStyle.addLine(
                    chart,
                    PROJECTION,
                    labels.text(Labels.LEGEND_PROJECTION),
                    prepend(d.history().lastYear(), toDoubles(d.projection().years())),
                    prepend(
                            d.history().lastValue() * 100,
                            percent(d.projection().values())),
                    Palette.PROJECTION,
                    ChartStyle.dashed(lw, 3.5f, 2.5f));
        }
        ChartStyle.addTargets(chart, d.targets(), d.history().lastYear(), labels, preset);

        int lastYear = d.projection().isEmpty()
                ? d.history().lastYear()
                : d.projection().lastYear();
        // History, projection, the targets and the estimated years' key are too wide for one row below the
        // plot in every preset: XChart does not wrap a legend, it cuts it at both ends.
        ChartStyle.legendAtRight(chart.getStyler(), preset);
        ChartStyle.yearAxes(
                chart.getStyler(),
                preset,
                Extent.years(d.history().firstYear(), lastYear, d.targets()),
                yAxisRange(),
                d.targets());
        return chart;
    }

    /**
     * @return {@code {min, max}} of the y axis in percent: the lowest plotted value less 2 and the highest
     *     (targets included) plus 3, rounded outwards to multiples of 5 and kept within [0, 100]
     */
    double[] yAxisRange() {
        Data d = data();
        return new Extent()
                .shares(d.history())
                .shares(d.projection())
                .targets(d.targets())
                .shareAxis();
    }
}
