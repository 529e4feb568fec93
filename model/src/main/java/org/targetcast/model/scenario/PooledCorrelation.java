package org.targetcast.model.scenario;

import org.targetcast.model.ModelException;

/**
 * What a panel of other economies says of the correlation between the two components' yearly log growth,
 * on Fisher's scale {@code z = atanh(r)}, where an estimate from n pairs has sampling variance about
 * {@code 1/(n − 3)}: the random-effects centre of their z (DerSimonian and Laird 1986) and the variance τ²
 * of the true z between economies. An economy's own estimate z₀ from n₀ pairs is shrunk toward the centre
 * in proportion to the evidence (empirical Bayes):
 * <pre>
 *   B = v₀ / (v₀ + τ²),  v₀ = 1/(n₀ − 3),   z = z₀ + B (centre − z₀),   ρ = tanh(z)
 * </pre>
 * so a correlation from few years moves most, and none moves when the economies differ much (τ² large).
 *
 * @param centre the random-effects mean of the other economies' z; NaN when there is no panel
 * @param betweenVariance τ² ≥ 0; NaN when there is no panel
 * @param economies how many economies the centre rests on
 */
public record PooledCorrelation(double centre, double betweenVariance, int economies) {
    private static final PooledCorrelation NONE = new PooledCorrelation(Double.NaN, Double.NaN, 0);

    /** Checks that a centre comes with a variance and at least one economy. */
    public PooledCorrelation {
        boolean empty = Double.isNaN(centre) && Double.isNaN(betweenVariance) && economies == 0;
        if (!empty
                && !(Double.isFinite(centre)
                        && betweenVariance >= 0
                        && Double.isFinite(betweenVariance)
                        && economies > 0)) {
            throw ModelException.of(
                    "pooled correlation: centre %s, between-economy variance %s from %d economies",
                    centre, betweenVariance, economies);
        }
    }

    /** @return no panel: nothing to shrink toward */
    public static PooledCorrelation none() {
        return NONE;
    }

    /** @return whether there is a centre to shrink toward */
    public boolean present() {
        return economies > 0;
    }

    /**
     * @param own the economy's own correlation estimate, in (−1, 1)
     * @param pairs the number of yearly pairs it rests on
     * @return the shrunk correlation (the own estimate without a panel; the centre's with 3 pairs or fewer)
     */
    public double shrink(double own, int pairs) {
        if (!present()) {
            return own;
        }
        double weight = pairs <= 3 ? 1 : (1.0 / (pairs - 3)) / (1.0 / (pairs - 3) + betweenVariance);
        double z0 = atanh(Math.max(-0.999999, Math.min(0.999999, own)));
        return Math.tanh(z0 + weight * (centre - z0));
    }

    /**
     * The random-effects centre of correlations from several economies (DerSimonian–Laird).
     *
     * @param correlations each economy's estimate, in (−1, 1)
     * @param pairs the number of pairs each rests on; economies with 3 or fewer are left out
     * @return the pooled correlation, {@link #none()} with fewer than two usable economies
     */
    public static PooledCorrelation of(double[] correlations, int[] pairs) {
        double sw = 0;
        double sw2 = 0;
        double swz = 0;
        int m = 0;
        double[] z = new double[correlations.length];
        double[] v = new double[correlations.length];
        for (int i = 0; i < correlations.length; i++) {
            if (pairs[i] <= 3 || !Double.isFinite(correlations[i])) {
                v[i] = Double.NaN;
                continue;
            }
            z[i] = atanh(Math.max(-0.999999, Math.min(0.999999, correlations[i])));
            v[i] = 1.0 / (pairs[i] - 3);
            double w = 1 / v[i];
            sw += w;
            sw2 += w * w;
            swz += w * z[i];
            m++;
        }
        if (m < 2) {
            return NONE;
        }
        double fixed = swz / sw;
        double q = 0;
        for (int i = 0; i < z.length; i++) {
            if (!Double.isNaN(v[i])) {
                q += (z[i] - fixed) * (z[i] - fixed) / v[i];
            }
        }
        double tau2 = Math.max(0, (q - (m - 1)) / (sw - sw2 / sw));
        double num = 0;
        double den = 0;
        for (int i = 0; i < z.length; i++) {
            if (!Double.isNaN(v[i])) {
                num += z[i] / (v[i] + tau2);
                den += 1 / (v[i] + tau2);
            }
        }
        return new PooledCorrelation(num / den, tau2, m);
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }
}
