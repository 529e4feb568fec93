package org.targetcast.charts;

import static org.targetcast.charts.ChartStyle.toDoubles;

import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The yearly change of the share, in percentage points, split into the contribution of digital services
 * growth and that of other services growth: one stacked bar a year, the total change as a line with
 * markers. Stacking follows the sign: positive contributions stack up from 0 and negative ones down from
 * 0, digital nearest the axis, so a year with digital {@code +1.2} and other {@code -0.8} has a digital bar
 * from 0 to 1.2 and an other bar from 0 to -0.8; with both negative, digital runs from 0 to its value and
 * other below it. The total is drawn as given; when it is not the sum of the contributions (a decomposition
 * with an interaction term), the gap between the line and the net of the bars is that remainder.
 *
 * <p>XChart 3.8.8 stacks bars only on a {@code CategoryChart}, which cannot be framed here and stacks
 * negative values on top of positive ones, so the bars are {@code PolygonArea} rectangles on an
 * {@link XYChart}, {@value #BAR_WIDTH} years wide, centred on their year.
 *
 * <p>Immutable; configured by copies:
 * <pre>{@code
 * XYChart chart = DecompositionChart.of(years, digitalPoints, otherPoints, totalPoints)
 *         .withFrame(f -> f.withLang(Lang.ZH))
 *         .toXChart(ChartPreset.SLIDES);
 * }</pre>
 *
 * <p>Series are named for code ({@link #DIGITAL}, {@link #OTHER}, {@link #TOTAL}, {@link #ZERO}) and
 * labelled for people. Legend (below the plot): digital, other, total.
 */
public final class DecompositionChart extends FramedChart<DecompositionChart, DecompositionChart.Data> {
    /** Name of the bars of the contribution of digital services growth. */
    public static final String DIGITAL = "digital";
    /** Name of the bars of the contribution of other services growth. */
    public static final String OTHER = "other";
    /** Name of the total change line. */
    public static final String TOTAL = "total";
    /** Name of the zero line (not in the legend). */
    public static final String ZERO = "zero";
    /** Width of a bar, in years. */
    public static final double BAR_WIDTH = 0.7;

    /**
     * What the chart shows.
     *
     * @param years the years of change, strictly increasing; at least one
     * @param digital the digital contribution, percentage points each year
     * @param other the other contribution, percentage points each year
     * @param total the total change, percentage points each year
     */
    public record Data(
            FrozenArray<int[]> years,
            FrozenArray<double[]> digital,
            FrozenArray<double[]> other,
            FrozenArray<double[]> total) {
        /**
         * @throws ChartException naming the array and the year if the lengths differ, years do not increase or
         *     a value is not finite
         */
        public Data {
            int[] y = Objects.requireNonNull(years, "years").read();
            if (y.length == 0) {
                throw ChartException.of("a decomposition chart needs at least one year");
            }
            for (int i = 1; i < y.length; i++) {
                if (y[i] <= y[i - 1]) {
                    throw ChartException.of("years must increase: %d follows %d", y[i], y[i - 1]);
                }
            }
            requireValues(
                    "digitalContribution",
                    y,
                    Objects.requireNonNull(digital, "digital").read());
            requireValues(
                    "otherContribution",
                    y,
                    Objects.requireNonNull(other, "other").read());
            requireValues(
                    "totalChange", y, Objects.requireNonNull(total, "total").read());
        }
    }

    private DecompositionChart(Data data, ChartFrame frame) {
        super(data, frame, DecompositionChart::new, labels -> labels.text(Labels.DECOMPOSITION_TITLE));
    }

    /**
     * A chart in English with the default title, no subtitle, the default source line and no footer.
     *
     * @param years the years of change (the change from the year before), strictly increasing; at least one
     * @param digitalContribution the contribution of digital services growth each year, percentage points
     * @param otherContribution the contribution of other services growth each year, percentage points
     * @param totalChange the change of the share each year, percentage points
     * @return the chart (the arrays are copied)
     * @throws ChartException naming the array and the year if the lengths differ, years do not increase or a
     *     value is not finite
     */
    public static DecompositionChart of(
            int[] years, double[] digitalContribution, double[] otherContribution, double[] totalChange) {
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(digitalContribution, "digitalContribution");
        Objects.requireNonNull(otherContribution, "otherContribution");
        Objects.requireNonNull(totalChange, "totalChange");
        return new DecompositionChart(
                new Data(
                        FrozenArray.of(years),
                        FrozenArray.of(digitalContribution),
                        FrozenArray.of(otherContribution),
                        FrozenArray.of(totalChange)),
                ChartFrame.defaults());
    }

    /**
     * A chart whose total change is the sum of the two contributions.
     *
     * @param years the years of change, strictly increasing
     * @param digitalContribution percentage points each year
     * @param otherContribution percentage points each year
     * @return the chart
     * @throws ChartException as {@link #of(int[], double[], double[], double[])}
     */
    public static DecompositionChart of(int[] years, double[] digitalContribution, double[] otherContribution) {
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(digitalContribution, "digitalContribution");
        Objects.requireNonNull(otherContribution, "otherContribution");
        requireValues("digitalContribution", years, digitalContribution);
        requireValues("otherContribution", years, otherContribution);
        double[] sum = new double[years.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = digitalContribution[i] + otherContribution[i];
        }
        return of(years, digitalContribution, otherContribution, sum);
    }

    @Override
    XYChart draw(Data d, ChartPreset preset) {
        int[] years = d.years().read();
        double[] total = d.total().read();
        Labels labels = labels();
        FramedXYChart chart = newChart(preset, labels.text(Labels.AXIS_YEAR), labels.text(Labels.AXIS_POINTS));
        chart.deckKind(DeckKind.COLUMNS);
        double[][] stacks = stacks();
        double[][] digitalBars = rectangles(stacks[0], stacks[1]);
        double[][] otherBars = rectangles(stacks[2], stacks[3]);
        ChartStyle.addPolygon(
                chart,
                DIGITAL,
                labels.text(Labels.LEGEND_CONTRIBUTION_DIGITAL),
                digitalBars[0],
                digitalBars[1],
                Palette.DIGITAL);
        ChartStyle.addPolygon(
                chart, OTHER, labels.text(Labels.LEGEND_CONTRIBUTION_OTHER), otherBars[0], otherBars[1], Palette.OTHER);
        double[] x = xAxisRange();
        XYSeries zero = ChartStyle.addLine(
                chart,
                ZERO,
                ZERO,
                x,
                new double[] {0, 0},
                Palette.RULE,
                ChartStyle.solid(Math.max(0.5f, preset.lineWidth() * 0.3f)));
        zero.setShowInLegend(false);
        XYSeries line = ChartStyle.addLine(
                chart,
                TOTAL,
                labels.text(Labels.LEGEND_TOTAL_CHANGE),
                toDoubles(years),
                total.clone(),
                Palette.INK,
                ChartStyle.solid(preset.lineWidth() * 0.7f));
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.CIRCLE);
        line.setMarkerColor(Palette.INK);

        XYStyler s = chart.getStyler();
        s.setMarkerSize(Math.max(4, Math.round(preset.markerSize() * 0.7f)));
        s.setXAxisMin(x[0]);
        s.setXAxisMax(x[1]);
        s.setxAxisTickLabelsFormattingFunction(ChartStyle.yearTicks(years[0], years[years.length - 1]));
        double[] y = yAxisRange();
        s.setYAxisMin(y[0]);
        s.setYAxisMax(y[1]);
        s.setyAxisTickLabelsFormattingFunction(ChartStyle::number);
        s.setYAxisDecimalPattern("0.###");
        return chart;
    }

    /**
     * Stacks each year's contributions by sign: positive ones up from 0, negative ones down from 0, digital
     * nearest the axis.
     *
     * @return {@code {digitalFrom, digitalTo, otherFrom, otherTo}}, one value a year each, percentage points
     */
    double[][] stacks() {
        int[] years = data().years().read();
        double[] digital = data().digital().read();
        double[] other = data().other().read();
        int n = years.length;
        double[][] out = new double[4][n];
        for (int i = 0; i < n; i++) {
            double up = 0;
            double down = 0;
            double[] values = {digital[i], other[i]};
            for (int k = 0; k < 2; k++) {
                double v = values[k];
                double from = v >= 0 ? up : down;
                double to = from + v;
                if (v >= 0) {
                    up = to;
                } else {
                    down = to;
                }
                out[2 * k][i] = from;
                out[2 * k + 1][i] = to;
            }
        }
        return out;
    }

    /**
     * @param from each year's bar start
     * @param to each year's bar end
     * @return {@code {x, y}} of one rectangle a year ({@link #BAR_WIDTH} wide, five points and a {@code NaN}
     *     separator each); a year whose bar has no height is left out
     */
    double[][] rectangles(double[] from, double[] to) {
        int[] years = data().years().read();
        Polygons bars = new Polygons();
        for (int i = 0; i < years.length; i++) {
            if (from[i] != to[i]) {
                bars.rectangle(years[i] - BAR_WIDTH / 2, years[i] + BAR_WIDTH / 2, from[i], to[i]);
            }
        }
        return bars.xy(years[0]);
    }

    /** @return {@code {min, max}} of the x axis: half a year beyond the first and last bars' centres */
    double[] xAxisRange() {
        int[] years = data().years().read();
        return new double[] {years[0] - 0.6, years[years.length - 1] + 0.6};
    }

    /**
     * @return {@code {min, max}} of the y axis, percentage points: the stacks' extremes and the total.read(),
     *     with 0 always inside, widened by a twentieth of the span and rounded outwards to a 1-2-5 step
     */
    double[] yAxisRange() {
        int[] years = data().years().read();
        double[] total = data().total().read();
        double lo = 0;
        double hi = 0;
        double[][] st = stacks();
        for (int i = 0; i < years.length; i++) {
            for (double v : new double[] {st[1][i], st[3][i], total[i]}) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double span = Math.max(hi - lo, 0.1);
        double step = ChartStyle.niceStep(span * 1.1 / 6);
        return new double[] {step * Math.floor((lo - span * 0.05) / step), step * Math.ceil((hi + span * 0.05) / step)};
    }

    private static void requireValues(String role, int[] years, double[] values) {
        if (values.length != years.length) {
            throw ChartException.of(
                    "%s has %d values for %d years; give one a year", role, values.length, years.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw ChartException.of(
                        "%s for %d = %s is not a finite number of percentage points", role, years[i], values[i]);
            }
        }
    }
}
