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
     * up to 1 (a step where the outermost quantiles are equal).
     */
    double cdf(int k, double x) {
        double[] v = values[k];
        // the last index whose quantile is at most x, or -1
        int lo = -1;
        int hi = v.length;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (v[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return cdfAt(v, lo, x);
    }

    /**
     * @param v quantiles at the grid's levels, non-decreasing
     * @param lo the last index whose quantile is at most x, or -1 when x is below them all
     * @param x a value
     * @return the distribution function at x ({@link #cdf})
     */
    private static double cdfAt(double[] v, int lo, double x) {
        int n = v.length;
        if (lo < 0) {
            return v[1] > v[0] ? Math.max(0, level(0) - (v[0] - x) * lowSlope(v)) : 0;
        }
        if (lo == n - 1) {
            if (x == v[n - 1] && v[n - 2] == v[n - 1]) {
                return level(n - 1);
            }
            return v[n - 1] > v[n - 2] ? Math.min(1, level(n - 1) + (x - v[n - 1]) * highSlope(v)) : 1;
        }
        return level(lo) + (x - v[lo]) / (v[lo + 1] - v[lo]) * (level(lo + 1) - level(lo));
    }

    private static double lowSlope(double[] v) {
        return (level(1) - level(0)) / (v[1] - v[0]);
    }

    private static double highSlope(double[] v) {
        int n = v.length;
        return (level(n - 1) - level(n - 2)) / (v[n - 1] - v[n - 2]);
    }

    /**
     * The quantiles of a mixture: in every year, at every level p, the smallest x where
     * {@code F(x) = Σ_f w_f F_f(x) ≥ p}, each part's distribution function F_f read from its quantiles
     * ({@link #cdf}). Each F_f is linear between its quantiles and between the points where its continuation
     * reaches 0 and 1, so F is linear between all of these points taken together (a point where a part has a
     * step joined by the double just below it): F is evaluated there, and p found between two
     * neighbouring points by linear interpolation, which is exact. A single part is returned as it is.
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
            double[] x = breakpoints(parts, k);
            double[] f = new double[x.length];
            for (int j = 0; j < parts.size(); j++) {
                // the breakpoints ascend: each part's index only moves forward
                double[] v = parts.get(j).values[k];
                int lo = -1;
                for (int i = 0; i < x.length; i++) {
                    while (lo + 1 < v.length && v[lo + 1] <= x[i]) {
                        lo++;
                    }
                    f[i] += weights[j] * cdfAt(v, lo, x[i]);
                }
            }
            int at = 0;
            for (int i = 0; i < count(); i++) {
                double p = level(i);
                while (at < x.length - 1 && f[at + 1] < p) {
                    at++;
                }
                if (at == x.length - 1) {
                    out[k][i] = x[at];
                } else if (f[at] >= p) {
                    out[k][i] = x[at];
                } else {
                    out[k][i] = x[at] + (p - f[at]) / (f[at + 1] - f[at]) * (x[at + 1] - x[at]);
                }
            }
        }
        return new GridQuantiles(first.firstYear, out);
    }

    /** The points of year index k between which every part's distribution function is linear, sorted. */
    private static double[] breakpoints(List<GridQuantiles> parts, int k) {
        double[] x = new double[parts.size() * 2 * (count() + 2)];
        int n = 0;
        for (GridQuantiles p : parts) {
            double[] v = p.values[k];
            int m = v.length;
            double low = v[1] > v[0] ? v[0] - level(0) / lowSlope(v) : v[0];
            double high = v[m - 1] > v[m - 2] ? v[m - 1] + (1 - level(m - 1)) / highSlope(v) : v[m - 1];
            x[n++] = low;
            x[n++] = Math.nextDown(low);
            x[n++] = high;
            x[n++] = Math.nextDown(high);
            for (int i = 0; i < m; i++) {
                x[n++] = v[i];
                // a step (equal neighbouring quantiles, or the outermost pair) lies between v[i] and the double below
                if (i > 0 && v[i - 1] == v[i] || i < m - 1 && v[i + 1] == v[i]) {
                    x[n++] = Math.nextDown(v[i]);
                }
            }
        }
        java.util.Arrays.sort(x, 0, n);
        return java.util.Arrays.copyOf(x, n);
    }
}
