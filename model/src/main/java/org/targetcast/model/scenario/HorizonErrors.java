package org.targetcast.model.scenario;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.stat.StatUtils;
import org.targetcast.model.ModelException;

/**
 * How far the same forecasts of ln(D/O) missed elsewhere, by horizon: the errors {@code actual − E L} of
 * every check of the other economies, sorted, one sample per horizon. A run's band at horizon h is its own
 * central forecast plus these errors' quantiles: an empirical forecast interval (Williams and Goodman 1971),
 * which takes the errors' spread, skew and tails as they were instead of a shape fitted to them.
 *
 * <pre>
 *   Q_h(p) = x_(⌊(n−1)p⌋) + frac((n−1)p)·(x_(⌊(n−1)p⌋+1) − x_(⌊(n−1)p⌋))     (R's type 7, numpy's default)
 *   F_h(e) = the inverse of Q_h: piecewise linear between the sorted errors, 0 below the least, 1 above the
 *            greatest
 * </pre>
 *
 * <p>A horizon with at least {@link #FEWEST} errors of its own uses them. Any other horizon (those beyond the
 * panel's checks: a run to 2035 from 2024 asks for 11 years, the panel checks at most 6) uses the errors of
 * the <em>reference</em> horizon r, the longest with enough of its own, spread as a random walk's errors
 * spread with time: {@code Q_h(p) = √(h/r)·Q_r(p)}. Immutable.
 */
public final class HorizonErrors {
    /** The fewest errors a horizon needs to be used on its own. */
    public static final int FEWEST = 20;

    private static final HorizonErrors NONE = new HorizonErrors(new TreeMap<>());

    /** Sorted errors by horizon, every horizon with at least one. */
    private final SortedMap<Integer, double[]> byHorizon;

    private final int reference;

    private HorizonErrors(SortedMap<Integer, double[]> byHorizon) {
        this.byHorizon = byHorizon;
        int r = 0;
        for (Map.Entry<Integer, double[]> e : byHorizon.entrySet()) {
            if (e.getValue().length >= FEWEST) {
                r = e.getKey();
            }
        }
        this.reference = r;
    }

    /** @return no errors: a calibration without them */
    public static HorizonErrors none() {
        return NONE;
    }

    /**
     * @param errors per horizon (from 1), the errors of ln(D/O); copied and sorted
     * @return the errors, or {@link #none()} when no horizon has {@link #FEWEST}
     * @throws ModelException on a horizon below 1 or an error that is not finite
     */
    public static HorizonErrors of(Map<Integer, double[]> errors) {
        TreeMap<Integer, double[]> sorted = new TreeMap<>();
        for (Map.Entry<Integer, double[]> e : errors.entrySet()) {
            if (e.getKey() < 1) {
                throw ModelException.of("forecast errors at horizon %d: horizons start at 1", e.getKey());
            }
            double[] x = e.getValue().clone();
            for (double v : x) {
                if (!Double.isFinite(v)) {
                    throw ModelException.of("a forecast error at horizon %d is %s; each must be finite", e.getKey(), v);
                }
            }
            if (x.length > 0) {
                Arrays.sort(x);
                sorted.put(e.getKey(), x);
            }
        }
        HorizonErrors out = new HorizonErrors(sorted);
        return out.reference == 0 ? NONE : out;
    }

    /**
     * @param factor a factor above 0
     * @return every error times the factor (the spread scaled, the shape kept); this one when the factor is 1
     */
    public HorizonErrors scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw ModelException.of("forecast errors scaled by %s: the factor must be a finite number above 0", factor);
        }
        if (factor == 1 || isEmpty()) {
            return this;
        }
        TreeMap<Integer, double[]> out = new TreeMap<>();
        byHorizon.forEach((h, x) -> {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = factor * x[i];
            }
            out.put(h, y);
        });
        return new HorizonErrors(out);
    }

    /** @return whether there are no errors (no horizon with {@link #FEWEST}) */
    public boolean isEmpty() {
        return reference == 0;
    }

    /** @return the longest horizon with at least {@link #FEWEST} errors of its own; 0 when empty */
    public int reference() {
        return reference;
    }

    /** @return the number of errors in all */
    public int count() {
        return byHorizon.values().stream().mapToInt(x -> x.length).sum();
    }

    /**
     * @param horizon a horizon from 1
     * @return the number of errors at that horizon
     */
    public int count(int horizon) {
        double[] x = byHorizon.get(horizon);
        return x == null ? 0 : x.length;
    }

    /** @return the horizons with errors, ascending */
    public int[] horizons() {
        return byHorizon.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * @param horizon a horizon from 1
     * @return its sorted errors (a copy)
     */
    public double[] errors(int horizon) {
        double[] x = byHorizon.get(horizon);
        return x == null ? new double[0] : x.clone();
    }

    /**
     * @param horizon a horizon from 1
     * @return whether it uses errors of its own (else the reference horizon's, spread)
     */
    public boolean ownAt(int horizon) {
        return count(horizon) >= FEWEST;
    }

    /**
     * @param horizon a horizon from 1
     * @param p a probability in [0, 1]
     * @return Q_h(p), the error of ln(D/O) at that quantile
     */
    public double quantile(int horizon, double p) {
        requireFitted(horizon);
        if (!(p >= 0 && p <= 1)) {
            throw ModelException.of("error quantile at p = %s: p must be from 0 to 1", p);
        }
        if (ownAt(horizon)) {
            return quantile(byHorizon.get(horizon), p);
        }
        return stretch(horizon) * quantile(byHorizon.get(reference), p);
    }

    /**
     * {@link #quantile(int, double)} at many probabilities, the horizon's errors looked up once.
     *
     * @param horizon a horizon from 1
     * @param p probabilities in [0, 1]
     * @return Q_h at each
     */
    public double[] quantiles(int horizon, double[] p) {
        requireFitted(horizon);
        boolean own = ownAt(horizon);
        double[] x = byHorizon.get(own ? horizon : reference);
        double stretch = own ? 1 : stretch(horizon);
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw ModelException.of("error quantile at p = %s: p must be from 0 to 1", p[i]);
            }
            out[i] = stretch * quantile(x, p[i]);
        }
        return out;
    }

    /**
     * @param horizon a horizon from 1
     * @param error an error of ln(D/O)
     * @return F_h(error), the share of the error distribution at or below it
     */
    public double cdf(int horizon, double error) {
        requireFitted(horizon);
        if (ownAt(horizon)) {
            return cdf(byHorizon.get(horizon), error);
        }
        return cdf(byHorizon.get(reference), error / stretch(horizon));
    }

    /**
     * @param horizon a horizon from 1
     * @return the variance of the errors used at that horizon (the sample variance, n − 1, times the square of
     *     {@link #stretch})
     */
    public double variance(int horizon) {
        requireFitted(horizon);
        double stretch = stretch(horizon);
        return stretch * stretch * StatUtils.variance(byHorizon.get(ownAt(horizon) ? horizon : reference));
    }

    /**
     * @param horizon a horizon from 1
     * @return √(h/r), the factor on the reference horizon's errors where the horizon has too few of its own; 1
     *     where it has enough
     */
    public double stretch(int horizon) {
        return ownAt(horizon) ? 1 : Math.sqrt((double) horizon / reference);
    }

    private void requireFitted(int horizon) {
        if (isEmpty()) {
            throw new IllegalStateException("no forecast errors to take quantiles of");
        }
        if (horizon < 1) {
            throw ModelException.of("forecast errors at horizon %d: horizons start at 1", horizon);
        }
    }

    static double quantile(double[] x, double p) {
        double h = (x.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, x.length - 1);
        return x[lo] + (h - lo) * (x[hi] - x[lo]);
    }

    static double cdf(double[] x, double e) {
        int n = x.length;
        if (e < x[0]) {
            return 0;
        }
        if (e >= x[n - 1]) {
            return 1;
        }
        // the last index with x[i] <= e; then x[i + 1] > e >= x[i]
        int i = Arrays.binarySearch(x, e);
        if (i < 0) {
            i = -i - 2;
        } else {
            while (i + 1 < n && x[i + 1] == e) {
                i++;
            }
        }
        return (i + (e - x[i]) / (x[i + 1] - x[i])) / (n - 1);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HorizonErrors other) || !byHorizon.keySet().equals(other.byHorizon.keySet())) {
            return false;
        }
        return byHorizon.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), other.byHorizon.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        int h = byHorizon.keySet().hashCode();
        for (double[] x : byHorizon.values()) {
            h = 31 * h + Arrays.hashCode(x);
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("HorizonErrors[");
        byHorizon.forEach((h, x) -> sb.append(' ').append(h).append(':').append(x.length));
        return sb.append(" ]").toString();
    }
}
