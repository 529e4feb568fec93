package org.targetcast.model.calibration;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.targetcast.model.ModelException;
import org.targetcast.model.backtest.IntervalScore;
import org.targetcast.model.scenario.HorizonErrors;

/**
 * One realised share against the predictive a forecast gave it: ln(D/O) with centre {@code mean}, scale
 * {@code scale} and a Student-t with {@code df} degrees of freedom ({@code +∞}: Gaussian). The share is
 * {@code 1/(1 + e^{−L})}, monotone in L, so the share's quantiles are those of L mapped through it, and the
 * central band at level p is {@code [q((1−p)/2), q((1+p)/2)]}:
 * <pre>
 *   PIT           = F((L_actual − mean) / scale)
 *   below band    ⇔ PIT &lt; (1 − p)/2,     above band ⇔ PIT &gt; (1 + p)/2
 *   interval score (Gneiting and Raftery 2007, section 6.2) of the share band, in share units:
 *                   (u − l) + (2/(1−p))(l − s)⁺ + (2/(1−p))(s − u)⁺
 * </pre>
 *
 * @param economy the economy the check belongs to, in lower case
 * @param origin the last year the forecast saw
 * @param horizon years after the origin, from 1
 * @param actualLogRatio ln(D/O) observed
 * @param mean the centre of the predictive of ln(D/O)
 * @param scale its scale, above 0 (the sd when Gaussian)
 * @param df degrees of freedom, at least 1, or {@code +∞}
 * @param errors where not {@link HorizonErrors#none()}, the predictive is {@code mean} plus these errors at the
 *     check's horizon instead ({@code scale} and {@code df} then describe the model's own Gaussian spread):
 *     {@code PIT = F_h(L_actual − mean)} and the share's p-quantile is {@code 1/(1 + exp(−(mean + Q_h(p))))}
 */
public record ScoredCheck(
        String economy,
        int origin,
        int horizon,
        double actualLogRatio,
        double mean,
        double scale,
        double df,
        HorizonErrors errors) {
    /** Validates the predictive. */
    public ScoredCheck {
        Objects.requireNonNull(economy, "economy");
        Objects.requireNonNull(errors, "errors");
        if (horizon < 1 || !(scale > 0) || !Double.isFinite(mean) || !Double.isFinite(actualLogRatio) || !(df >= 1)) {
            throw ModelException.of(
                    "scored check %s from %d, horizon %d: mean %s, scale %s, df %s",
                    economy, origin, horizon, mean, scale, df);
        }
    }

    /**
     * A check with a Student-t or Gaussian predictive.
     *
     * @param economy the economy, in lower case
     * @param origin the last year the forecast saw
     * @param horizon years after the origin
     * @param actualLogRatio ln(D/O) observed
     * @param mean the centre of the predictive
     * @param scale its scale
     * @param df its degrees of freedom, or {@code +∞}
     */
    public ScoredCheck(
            String economy, int origin, int horizon, double actualLogRatio, double mean, double scale, double df) {
        this(economy, origin, horizon, actualLogRatio, mean, scale, df, HorizonErrors.none());
    }

    /**
     * @param e the errors the predictive takes
     * @return this check with the predictive {@code mean} plus those errors
     */
    public ScoredCheck withErrors(HorizonErrors e) {
        return new ScoredCheck(economy, origin, horizon, actualLogRatio, mean, scale, df, e);
    }

    /** @return the check's own error of ln(D/O), actual minus the centre */
    public double error() {
        return actualLogRatio - mean;
    }

    /**
     * @param economy the economy, in lower case
     * @param c a check scored with the predictive as the forecast made it
     * @return the check with that predictive (k = 1)
     */
    public static ScoredCheck asMade(String economy, ShareCheck c) {
        return new ScoredCheck(
                economy, c.origin(), c.horizon(), c.actualLogRatio(), c.meanLogRatio(), c.sd(1), c.df(), c.errors());
    }

    /** @return the year scored */
    public int year() {
        return origin + horizon;
    }

    /** @return the share observed */
    public double actualShare() {
        return logistic(actualLogRatio);
    }

    /** @return the probability integral transform, uniform when the predictive is right */
    public double pit() {
        if (!errors.isEmpty()) {
            return errors.cdf(horizon, actualLogRatio - mean);
        }
        double z = (actualLogRatio - mean) / scale;
        return df == Double.POSITIVE_INFINITY
                ? ShareCheck.normalCdf(z)
                : new TDistribution(null, df, 1e-12).cumulativeProbability(z);
    }

    /** The Student-t quantiles asked for, by degrees of freedom and probability: a few band levels, many checks. */
    private static final Map<TQuantile, Double> T_QUANTILES = new ConcurrentHashMap<>();

    private static final int T_QUANTILES_KEPT = 4096;

    private record TQuantile(double df, double p) {}

    private static double tQuantile(double df, double p) {
        TQuantile key = new TQuantile(df, p);
        Double q = T_QUANTILES.get(key);
        if (q == null) {
            q = new TDistribution(null, df, 1e-12).inverseCumulativeProbability(p);
            if (T_QUANTILES.size() >= T_QUANTILES_KEPT) {
                T_QUANTILES.clear();
            }
            T_QUANTILES.put(key, q);
        }
        return q;
    }

    /**
     * @param p a probability in (0, 1)
     * @return the share's p-quantile under the predictive
     */
    public double shareQuantile(double p) {
        if (!errors.isEmpty()) {
            return logistic(mean + errors.quantile(horizon, p));
        }
        double q = df == Double.POSITIVE_INFINITY ? ShareCheck.normalQuantile(p) : tQuantile(df, p);
        return logistic(mean + scale * q);
    }

    /**
     * @param level the central band's level p
     * @return whether the share fell below the band
     */
    public boolean below(double level) {
        return actualShare() < shareQuantile((1 - level) / 2);
    }

    /**
     * @param level the central band's level p
     * @return whether the share fell above the band
     */
    public boolean above(double level) {
        return actualShare() > shareQuantile((1 + level) / 2);
    }

    /**
     * @param level the central band's level p
     * @return whether the share fell inside the band
     */
    public boolean covered(double level) {
        return !below(level) && !above(level);
    }

    /**
     * @param level the central band's level p
     * @return the interval score of the share band, in share units (× 100 for percentage points)
     */
    public double intervalScore(double level) {
        return IntervalScore.winkler(
                actualShare(), shareQuantile((1 - level) / 2), shareQuantile((1 + level) / 2), level);
    }

    private static double logistic(double l) {
        return 1 / (1 + Math.exp(-l));
    }
}
