package org.targetcast.model.simulation;

import java.util.List;
import org.targetcast.model.ModelException;

/**
 * The distribution of one projected quantity (the share, or the level of a component) in every projected
 * year, as its quantiles at the fine levels {@code i / 200}, i = 1..199 (0.005, 0.010, ..., 0.995): fine
 * enough to read the 2.5 % and 97.5 % quantiles a 95 % range needs, which {@link QuantileLevels} (5 % steps)
 * does not hold. Immutable; the array is copied in and out.
 *
 * @param firstYear the first projected year (row 0)
 * @param values quantiles by year then level, non-decreasing within a year
 */
public record GridQuantiles(int firstYear, double[][] values) {
    /** Levels are multiples of 1 / {@value #STEPS}. */
    public static final int STEPS = 200;

    /** Copies the rows and checks their length. */
    public GridQuantiles {
        double[][] c = new double[values.length][];
        for (int k = 0; k < c.length; k++) {
            if (values[k].length != count()) {
                throw ModelException.of(
                        "grid quantiles: year %d has %d values; %d are needed",
                        firstYear + k, values[k].length, count());
            }
            c[k] = values[k].clone();
        }
        values = c;
    }

    /** @return the number of levels (199) */
    public static int count() {
        return STEPS - 1;
    }

    /**
     * @param i index of a level, 0..{@link #count()} − 1
     * @return the level {@code (i + 1) / 200}
     */
    public static double level(int i) {
        return (i + 1) / (double) STEPS;
    }

    /** @return the levels, increasing (a new array) */
    public static double[] levels() {
        double[] l = new double[count()];
        for (int i = 0; i < l.length; i++) {
            l[i] = level(i);
        }
        return l;
    }

    /**
     * @param level a multiple of 0.005 in (0, 1), e.g. 0.025
     * @return its index among {@link #levels()}
     * @throws IllegalArgumentException if it is not one of them
     */
    public static int indexOf(double level) {
        long i = Math.round(level * STEPS) - 1;
        if (i < 0 || i >= count() || Math.abs(level(Math.toIntExact(i)) - level) > 1e-9) {
            throw new IllegalArgumentException("no grid level " + level + "; the levels are 0.005, 0.010, ..., 0.995");
        }
        return (int) i;
    }

    /** @return the last projected year */
    public int lastYear() {
        return firstYear + values.length - 1;
    }

    /** @return the quantiles, by year then level (a copy) */
    @Override
    public double[][] values() {
        double[][] c = new double[values.length][];
        for (int k = 0; k < c.length; k++) {
            c[k] = values[k].clone();
        }
        return c;
    }

    /**
     * @param year a projected year
     * @param level one of {@link #levels()}
     * @return the quantity's quantile at that level in that year
     * @throws IllegalArgumentException if the year is not projected or the level not on the grid
     */
    public double quantile(int year, double level) {
        int k = year - firstYear;
        if (k < 0 || k >= values.length) {
            throw new IllegalArgumentException(
                    "year " + year + " is not a projected year (" + firstYear + "-" + lastYear() + ")");
        }
        return values[k][indexOf(level)];
    }

    /**
     * The distribution function in year index k at x, read from the quantiles: linear between neighbouring
     * levels, and beyond the outermost ones continued with the slope of the outermost interval down to 0 and
     * up to 1 (a step where the quantiles are equal).
     */
    double cdf(int k, double x) {
        double[] v = values[k];
        int n = v.length;
        if (x < v[0]) {
            double slope = v[1] > v[0] ? (level(1) - level(0)) / (v[1] - v[0]) : 0;
            return Math.max(0, level(0) - (v[0] - x) * slope);
        }
        if (x >= v[n - 1]) {
            if (x == v[n - 1] && v[n - 2] == v[n - 1]) {
                return level(n - 1);
            }
            double slope = v[n - 1] > v[n - 2] ? (level(n - 1) - level(n - 2)) / (v[n - 1] - v[n - 2]) : 0;
            return slope == 0 ? 1 : Math.min(1, level(n - 1) + (x - v[n - 1]) * slope);
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return v[hi] == v[lo] ? level(hi) : level(lo) + (x - v[lo]) / (v[hi] - v[lo]) * (level(hi) - level(lo));
    }

    /**
     * The quantiles of a mixture: in every year, at every level p, the x where {@code Σ_f w_f F_f(x) = p},
     * each part's distribution function F_f read from its quantiles ({@link #cdf}), found by bisection to a
     * relative tolerance of 1e-12. A single part with weight 1 is returned as it is.
     *
     * @param parts the parts, over the same years
     * @param weights their weights, summing to 1
     * @return the mixture's quantiles
     * @throws IllegalArgumentException if the parts and weights do not pair or the years differ
     */
    public static GridQuantiles mixture(List<GridQuantiles> parts, double[] weights) {
        if (parts.isEmpty() || parts.size() != weights.length) {
            throw new IllegalArgumentException(
                    "grid quantiles: " + parts.size() + " parts and " + weights.length + " weights");
        }
        GridQuantiles first = parts.get(0);
        for (GridQuantiles p : parts) {
            if (p.firstYear != first.firstYear || p.values.length != first.values.length) {
                throw new IllegalArgumentException("grid quantiles: the parts cover different years");
            }
        }
        if (parts.size() == 1) {
            return first;
        }
        int years = first.values.length;
        double[][] out = new double[years][count()];
        for (int k = 0; k < years; k++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (GridQuantiles p : parts) {
                double[] v = p.values[k];
                double width = Math.max(v[v.length - 1] - v[0], Math.ulp(v[0]));
                lo = Math.min(lo, v[0] - width);
                hi = Math.max(hi, v[v.length - 1] + width);
            }
            for (int i = 0; i < count(); i++) {
                double p = level(i);
                double a = lo;
                double b = hi;
                for (int it = 0; it < 200 && b - a > 1e-12 * Math.max(Math.abs(a), Math.abs(b)); it++) {
                    double m = 0.5 * (a + b);
                    double f = 0;
                    for (int j = 0; j < parts.size(); j++) {
                        f += weights[j] * parts.get(j).cdf(k, m);
                    }
                    if (f < p) {
                        a = m;
                    } else {
                        b = m;
                    }
                }
                out[k][i] = 0.5 * (a + b);
            }
        }
        return new GridQuantiles(first.firstYear, out);
    }
}
