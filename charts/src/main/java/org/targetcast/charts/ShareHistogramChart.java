package org.targetcast.charts;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;

/**
 * The distribution of the share in a target year ({@link ShareDistribution}) as a histogram, with the
 * target ({@link TargetMark}) as a vertical line and the bars at or above it in a second colour; a bin that
 * contains the target is split there. The target's legend entry carries the probability of reaching it
 * ({@code Target 45 % by 2029: P = 23 %}): the mark's own probability when it has one (the simulation's
 * count), else the histogram's area at or above the target.
 *
 * <p>Bars are drawn as {@code PolygonArea} rectangles on an {@link XYChart}, not with XChart's
 * {@code CategoryChart}: the framing ({@link FramedXYChart}) and house style are built on {@code XYChart},
 * a category axis cannot place a line at 45 % between two bins or split a bin at the target, and bins of
 * unequal width need a numeric axis. The y axis shows the probability per percentage point, in percent
 * ({@link ShareDistribution#percentPerPoint()}), so that histograms with different bins compare.
 *
 * <p>Immutable; configured by copies:
 * <pre>{@code
 * XYChart chart = ShareHistogramChart.of(distribution2029, TargetMark.of(2029, 0.45).withProbability(0.23))
 *         .withFrame(f -> f.withLang(Lang.ZH))
 *         .toXChart(ChartPreset.SLIDES);
 * }</pre>
 *
 * <p>Series are named for code ({@link #BELOW}, {@link #AT_OR_ABOVE}, {@link #TARGET}) and labelled for
 * people. Legend (at the right): below the target, at or above it, the target with its probability.
 */
public final class ShareHistogramChart extends FramedChart<ShareHistogramChart, ShareHistogramChart.Data> {
    /** Name of the bars below the target. */
    public static final String BELOW = "below";
    /** Name of the bars at or above the target. */
    public static final String AT_OR_ABOVE = "at.or.above";
    /** Name of the target line. */
    public static final String TARGET = "target";

    /**
     * What the chart shows.
     *
     * @param distribution the distribution of the share in the target's year
     * @param target the target marked, in the distribution's year
     */
    public record Data(ShareDistribution distribution, TargetMark target) {
        /** @throws ChartException if the target's year is not the distribution's */
        public Data {
            Objects.requireNonNull(distribution, "distribution");
            Objects.requireNonNull(target, "target");
            if (target.year() != distribution.year()) {
                throw ChartException.of(
                        "target year %d differs from the distribution's year %d; give the distribution of the target year",
                        target.year(), distribution.year());
            }
        }
    }

    private ShareHistogramChart(Data data, ChartFrame frame) {
        super(
                data,
                frame,
                ShareHistogramChart::new,
                labels ->
                        labels.text(Labels.HISTOGRAM_TITLE, data.distribution().year()));
    }

    /**
     * A chart in English with the default title, no subtitle, the default source line and no footer.
     *
     * @param distribution the share's distribution in the target year
     * @param target the target, for the same year; with the probability of reaching it, or without for the
     *     histogram's own
     * @return the chart
     * @throws ChartException if the target's year differs from the distribution's
     */
    public static ShareHistogramChart of(ShareDistribution distribution, TargetMark target) {
        return new ShareHistogramChart(new Data(distribution, target), ChartFrame.defaults());
    }

    /** @return the probability in the legend: the target's, or the histogram's area at or above the target */
    public double probability() {
        Data d = data();
        return d.target().hasProbability()
                ? d.target().probability()
                : d.distribution().probabilityAtOrAbove(d.target().share());
    }

    @Override
    XYChart draw(Data d, ChartPreset preset) {
        Labels labels = labels();
        FramedXYChart chart = newChart(
                preset, labels.text(Labels.AXIS_SHARE_IN, d.distribution().year()), labels.text(Labels.HISTOGRAM_AXIS));
        chart.deckKind(DeckKind.COLUMNS);
        double[][] below = bars(true);
        double[][] above = bars(false);
        XYSeries b = ChartStyle.addPolygon(
                chart, BELOW, labels.text(Labels.LEGEND_BELOW_TARGET), below[0], below[1], Palette.SHORT);
        XYSeries a = ChartStyle.addPolygon(
                chart, AT_OR_ABOVE, labels.text(Labels.LEGEND_AT_OR_ABOVE_TARGET), above[0], above[1], Palette.REACHED);
        // White outlines part neighbouring bars.
        for (XYSeries s : List.of(b, a)) {
            s.setLineColor(Color.WHITE);
            s.setLineStyle(ChartStyle.solid(Math.max(0.5f, preset.lineWidth() * 0.25f)));
        }
        double top = yAxisMax();
        TargetMark shown = d.target().hasProbability() ? d.target() : d.target().withProbability(probability());
        ChartStyle.addLine(
                chart,
                TARGET,
                shown.labelIn(labels),
                new double[] {d.target().percent(), d.target().percent()},
                new double[] {0, top},
                ChartStyle.targetColor(0),
                ChartStyle.dashed(preset.lineWidth() * 0.8f, 3f, 2f));

        double[] x = xAxisRange();
        XYStyler s = chart.getStyler();
        ChartStyle.legendAtRight(s, preset);
        s.setXAxisMin(x[0]);
        s.setXAxisMax(x[1]);
        s.setYAxisMin(0.0);
        s.setYAxisMax(top);
        s.setxAxisTickLabelsFormattingFunction(ChartStyle.percentTicks(labels));
        s.setyAxisTickLabelsFormattingFunction(ChartStyle::number);
        s.setYAxisDecimalPattern("0.###");
        return chart;
    }

    /**
     * The bars on one side of the target as rectangles (five points each and a {@code NaN} separator, for a
     * {@code PolygonArea} series), x in percent, heights from {@link ShareDistribution#percentPerPoint()}; a
     * bin containing the target gives its part below to the one side and its part at or above to the other.
     *
     * @param belowTarget whether to take the bars below the target (true) or at or above it
     * @return {@code {x, y}}
     */
    double[][] bars(boolean belowTarget) {
        Data d = data();
        double[] edges = d.distribution().edges().get();
        double[] h = d.distribution().percentPerPoint();
        double t = d.target().percent();
        Polygons bars = new Polygons();
        for (int i = 0; i < h.length; i++) {
            double lo = edges[i] * 100;
            double hi = edges[i + 1] * 100;
            double from = belowTarget ? lo : Math.max(lo, t);
            double to = belowTarget ? Math.min(hi, t) : hi;
            if (to > from && h[i] > 0) {
                bars.rectangle(from, to, 0, h[i]);
            }
        }
        return bars.xy(t);
    }

    /** @return {@code {min, max}} of the x axis in percent: the edges and the target, rounded outwards to whole percent */
    double[] xAxisRange() {
        Data d = data();
        double[] edges = d.distribution().edges().get();
        double lo = Math.min(edges[0] * 100, d.target().percent());
        double hi = Math.max(edges[edges.length - 1] * 100, d.target().percent());
        return new double[] {Math.floor(lo + 1e-9), Math.ceil(hi - 1e-9)};
    }

    /** @return the top of the y axis: the highest bar plus a tenth, rounded up to a 1-2-5 step */
    double yAxisMax() {
        double hi = 0;
        for (double v : data().distribution().percentPerPoint()) {
            hi = Math.max(hi, v);
        }
        double step = ChartStyle.niceStep(hi * 1.1 / 5);
        return step * Math.ceil(hi * 1.1 / step);
    }
}
