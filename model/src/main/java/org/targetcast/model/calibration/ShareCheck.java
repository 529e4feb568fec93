package org.targetcast.model.calibration;

import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Erf;
import org.targetcast.model.ModelException;
import org.targetcast.model.scenario.HorizonErrors;

/**
 * One realised share scored against the closed-form distribution made for it from an origin: with
 * {@code L = ln(D/O)} Gaussian with mean {@code E L} and variance {@code V(k) = k·shockVariance + parameterVariance}
 * (k a factor on the shock variance, 1 for the engine as configured),
 * <pre>
 *   z(k)   = (L_actual − E L) / sqrt(V(k))      standardised error
 *   PIT(k) = Φ(z(k))                           probability integral transform
 *   inside the central band at level p  ⇔  |z(k)| ≤ Φ⁻¹((1 + p)/2)
 * </pre>
 * The share {@code 1/(1 + e^{−L})} is monotone in L, so the share's central band (its (1−p)/2 and (1+p)/2
 * quantiles) holds the actual share exactly when the band of L holds the actual L.
 *
 * @param origin the last year the projection saw
 * @param horizon years after the origin, from 1
 * @param actualShare the share later observed
 * @param actualLogRatio ln(D/O) observed
 * @param meanLogRatio E L from the closed form
 * @param shockVariance the part of Var L that comes from the yearly shocks (scaled by k)
 * @param parameterVariance the part from parameter uncertainty (not scaled), 0 without it
 * @param df degrees of freedom of the predictive when the volatilities carry their estimation uncertainty
 *     (z is then Student-t, and the bands and PIT use its distribution), {@code +∞} for a Gaussian predictive
 * @param errors where not {@link HorizonErrors#none()}, the forecast's distribution of L is {@code E L} plus
 *     these errors at the check's horizon (a run calibrated by the other economies' errors): the PIT and the
 *     bands are then those of that distribution, whatever k; z stays the Gaussian one above
 */
public record ShareCheck(
        int origin,
        int horizon,
        double actualShare,
        double actualLogRatio,
        double meanLogRatio,
        double shockVariance,
        double parameterVariance,
        double df,
        HorizonErrors errors) {

    /** Checks that the variance is positive. */
    public ShareCheck {
        Objects.requireNonNull(errors, "errors");
        if (horizon < 1) {
            throw ModelException.of("share check from %d: horizon %d must be at least 1", origin, horizon);
        }
        if (!(shockVariance > 0) || !(parameterVariance >= 0) || !Double.isFinite(meanLogRatio)) {
            throw ModelException.of(
                    "share check from %d, horizon %d: shock variance %s must be above 0, parameter variance %s not below",
                    origin, horizon, shockVariance, parameterVariance);
        }
        if (!(df >= 1)) {
            throw ModelException.of(
                    "share check from %d, horizon %d: %s degrees of freedom, at least 1 needed", origin, horizon, df);
        }
    }

    /**
     * A check of a Gaussian or Student-t predictive.
     *
     * @param origin the last year the projection saw
     * @param horizon years after the origin
     * @param actualShare the share observed
     * @param actualLogRatio ln(D/O) observed
     * @param meanLogRatio E L
     * @param shockVariance the shocks' part of Var L
     * @param parameterVariance the parameters' part
     * @param df the predictive's degrees of freedom, or {@code +∞}
     */
    public ShareCheck(
            int origin,
            int horizon,
            double actualShare,
            double actualLogRatio,
            double meanLogRatio,
            double shockVariance,
            double parameterVariance,
            double df) {
        this(
                origin,
                horizon,
                actualShare,
                actualLogRatio,
                meanLogRatio,
                shockVariance,
                parameterVariance,
                df,
                HorizonErrors.none());
    }

    /** @return the year scored, origin + horizon */
    public int year() {
        return origin + horizon;
    }

    /**
     * @param k factor on the shock variance, above 0
     * @return sd of L with that factor
     */
    public double sd(double k) {
        return Math.sqrt(k * shockVariance + parameterVariance);
    }

    /**
     * @param k factor on the shock variance
     * @return the standardised error z(k)
     */
    public double z(double k) {
        return (actualLogRatio - meanLogRatio) / sd(k);
    }

    /**
     * @param k factor on the shock variance
     * @return Φ(z(k)), uniform on (0, 1) when the distribution is right
     */
    public double pit(double k) {
        if (!errors.isEmpty()) {
            return errors.cdf(horizon, actualLogRatio - meanLogRatio);
        }
        return df == Double.POSITIVE_INFINITY
                ? normalCdf(z(k))
                : new TDistribution(null, df, 1e-12).cumulativeProbability(z(k));
    }

    /**
     * @param level nominal coverage p in (0, 1)
     * @param k factor on the shock variance
     * @return whether the actual share lies in the central band at that level
     */
    public boolean covered(double level, double k) {
        if (!errors.isEmpty()) {
            double e = actualLogRatio - meanLogRatio;
            return e >= errors.quantile(horizon, (1 - level) / 2) && e <= errors.quantile(horizon, (1 + level) / 2);
        }
        double q = df == Double.POSITIVE_INFINITY
                ? normalQuantile((1 + level) / 2)
                : new TDistribution(null, df, 1e-12).inverseCumulativeProbability((1 + level) / 2);
        return Math.abs(z(k)) <= q;
    }

    /**
     * @return the log density of the realised ln(D/O) under the forecast as made (k = 1): the log score
     */
    public double logDensity() {
        double sd = sd(1);
        double z = z(1);
        double logPdf = df == Double.POSITIVE_INFINITY
                ? -0.5 * z * z - 0.5 * Math.log(2 * Math.PI)
                : new TDistribution(null, df, 1e-12).logDensity(z);
        return logPdf - Math.log(sd);
    }

    /**
     * @param p a probability in (0, 1)
     * @return Φ⁻¹(p)
     */
    static double normalQuantile(double p) {
        return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
    }

    /**
     * @param z a real number
     * @return Φ(z)
     */
    static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }
}
