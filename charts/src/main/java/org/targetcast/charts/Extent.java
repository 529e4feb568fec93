package org.targetcast.charts;

import java.util.List;
import org.targetcast.model.series.AnnualSeries;

/**
 * The lowest and highest values a chart plots, gathered series by series, for its value axis; and the
 * first and last years it spans. Mutable, local to one chart's layout. Not API.
 */
final class Extent {
    private double lo = Double.POSITIVE_INFINITY;
    private double hi = Double.NEGATIVE_INFINITY;

    /** @return values to include, as plotted (NaN skipped) */
    Extent values(double... values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return this;
    }

    /** @return shares to include, fractions plotted in percent */
    Extent shares(AnnualSeries series) {
        return values(ChartStyle.percent(series.values()));
    }

    /** @return targets to include, in percent */
    Extent targets(List<TargetMark> targets) {
        targets.forEach(t -> values(t.percent()));
        return this;
    }

    /** @return {@code {lowest, highest}} included */
    double[] range() {
        return new double[] {lo, hi};
    }

    /** @return the share axis for the values included, see {@link ChartStyle#yAxisRange(double, double)} */
    double[] shareAxis() {
        return ChartStyle.yAxisRange(lo, hi);
    }

    /**
     * @param first first year of the data
     * @param last last year of the data
     * @param targets targets marked, which may lie outside the data
     * @return {@code {first, last}} year of the x axis: the data's years widened to every target's year
     */
    static int[] years(int first, int last, List<TargetMark> targets) {
        int from = first;
        int to = last;
        for (TargetMark t : targets) {
            from = Math.min(from, t.year());
            to = Math.max(to, t.year());
        }
        return new int[] {from, to};
    }
}
