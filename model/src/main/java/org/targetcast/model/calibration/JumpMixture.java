package org.targetcast.model.calibration;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Erf;
import org.targetcast.model.ModelException;

/**
 * The predictive distribution of a component's log change over h years, {@code ln X_{T+h} − ln X_T}, when
 * each year adds an ordinary Gaussian change and, with probability λ, a jump ({@link JumpComponent}):
 * <pre>
 *   Σ_{s=1..h} (μ + ε_s + B_s Y_s),   ε ~ N(0, σ²),  B ~ Bernoulli(λ),  Y ~ N(μ_J, σ_J²), all independent.
 * </pre>
 * Given the number of jumps k ~ Binomial(h, λ) the sum is Gaussian, so the distribution is the finite
 * mixture
 * <pre>
 *   F(x) = Σ_{k=0..h} C(h, k) λ^k (1 − λ)^(h−k) · Φ((x − hμ − kμ_J) / √(hσ² + h²v + kσ_J²))
 * </pre>
 * where v is the variance of the drift's estimate (0 for a known drift; a drift estimated from n ordinary
 * years has v ≈ σ²/n, and over h years its error is hμ̂ − hμ, hence h²v). Mean {@code h(μ + λμ_J)},
 * variance {@code hσ² + h²v + hλσ_J² + hλ(1 − λ)μ_J²}. With λ = 0 it is the Gaussian N(hμ, hσ² + h²v).
 * The binomial weights are Commons Math's {@link BinomialDistribution}; Φ is computed from
 * {@link Erf#erfc}; the quantile is found by bracketing it between the mixture's components' quantiles and
 * Brent's method on F(x) − p (absolute accuracy {@value #ACCURACY} in ln units).
 *
 * @param horizon h, at least 1
 * @param drift μ, the ordinary yearly change
 * @param volatility σ, the ordinary yearly change's standard deviation, positive
 * @param driftVariance v, the variance of the drift's estimate, not negative
 * @param frequency λ, the yearly jump probability, in [0, 1]
 * @param sizeMean μ_J, the mean jump (signed, on the log change)
 * @param sizeSd σ_J, the jumps' standard deviation, not negative
 */
public record JumpMixture(
        int horizon,
        double drift,
        double volatility,
        double driftVariance,
        double frequency,
        double sizeMean,
        double sizeSd) {
    /** The absolute accuracy of {@link #quantile}, in ln units. */
    public static final double ACCURACY = 1e-12;

    /** Validates the parameters. */
    public JumpMixture {
        if (horizon < 1) {
            throw ModelException.of("jump mixture: horizon %d must be at least 1", horizon);
        }
        if (!Double.isFinite(drift)) {
            throw ModelException.of("jump mixture: drift %s must be finite", drift);
        }
        if (!(volatility > 0) || !Double.isFinite(volatility)) {
            throw ModelException.of("jump mixture: volatility %s must be positive and finite", volatility);
        }
        if (!(driftVariance >= 0) || !Double.isFinite(driftVariance)) {
            throw ModelException.of("jump mixture: drift variance %s must be zero or positive", driftVariance);
        }
        if (!(frequency >= 0 && frequency <= 1)) {
            throw ModelException.of("jump mixture: frequency %s must be in [0, 1]", frequency);
        }
        if (!Double.isFinite(sizeMean)) {
            throw ModelException.of("jump mixture: mean jump %s must be finite", sizeMean);
        }
        if (!(sizeSd >= 0) || !Double.isFinite(sizeSd)) {
            throw ModelException.of("jump mixture: jump standard deviation %s must be zero or positive", sizeSd);
        }
    }

    /**
     * @param horizon h
     * @param drift μ
     * @param volatility σ
     * @param frequency λ
     * @param sizeMean μ_J
     * @param sizeSd σ_J
     * @return the mixture with a known drift (v = 0)
     */
    public static JumpMixture of(
            int horizon, double drift, double volatility, double frequency, double sizeMean, double sizeSd) {
        return new JumpMixture(horizon, drift, volatility, 0, frequency, sizeMean, sizeSd);
    }

    /**
     * @param v the variance of the drift's estimate
     * @return this mixture with that drift variance
     */
    public JumpMixture withDriftVariance(double v) {
        return new JumpMixture(horizon, drift, volatility, v, frequency, sizeMean, sizeSd);
    }

    /**
     * @param k a number of jumps, 0 to h
     * @return its probability, C(h, k) λ^k (1 − λ)^(h−k)
     */
    public double weight(int k) {
        return new BinomialDistribution(null, horizon, frequency).probability(k);
    }

    /**
     * @param k a number of jumps
     * @return the mean of the mixture's component with k jumps, hμ + kμ_J
     */
    public double componentMean(int k) {
        return horizon * drift + k * sizeMean;
    }

    /**
     * @param k a number of jumps
     * @return the standard deviation of that component, √(hσ² + h²v + kσ_J²)
     */
    public double componentSd(int k) {
        return Math.sqrt(
                horizon * volatility * volatility + (double) horizon * horizon * driftVariance + k * sizeSd * sizeSd);
    }

    /** @return the mean, h(μ + λμ_J) */
    public double mean() {
        return horizon * (drift + frequency * sizeMean);
    }

    /** @return the variance, hσ² + h²v + hλσ_J² + hλ(1 − λ)μ_J² */
    public double variance() {
        return horizon * volatility * volatility
                + (double) horizon * horizon * driftVariance
                + horizon * frequency * sizeSd * sizeSd
                + horizon * frequency * (1 - frequency) * sizeMean * sizeMean;
    }

    /**
     * @param x a log change
     * @return P(change ≤ x)
     */
    public double cdf(double x) {
        double[] w = weights();
        double f = 0;
        for (int k = 0; k <= horizon; k++) {
            if (w[k] > 0) {
                f += w[k] * 0.5 * Erf.erfc(-(x - componentMean(k)) / (componentSd(k) * Math.sqrt(2)));
            }
        }
        return Math.min(1, Math.max(0, f));
    }

    /**
     * @param x a log change
     * @return the density at x
     */
    public double density(double x) {
        double[] w = weights();
        double f = 0;
        for (int k = 0; k <= horizon; k++) {
            if (w[k] > 0) {
                double s = componentSd(k);
                double z = (x - componentMean(k)) / s;
                f += w[k] * Math.exp(-0.5 * z * z) / (s * Math.sqrt(2 * Math.PI));
            }
        }
        return f;
    }

    /**
     * @param p a probability in [0, 1]
     * @return the x with F(x) = p; −∞ for 0 and +∞ for 1
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw ModelException.of("jump mixture: probability %s must be in [0, 1]", p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        // F is a weighted mean of the components' cdfs, so its p-quantile lies between their p-quantiles
        double z = Math.sqrt(2) * Erf.erfInv(2 * p - 1);
        double[] w = weights();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= horizon; k++) {
            if (w[k] > 0) {
                double q = componentMean(k) + z * componentSd(k);
                lo = Math.min(lo, q);
                hi = Math.max(hi, q);
            }
        }
        if (hi - lo <= ACCURACY) {
            return lo;
        }
        double a = lo - ACCURACY;
        double b = hi + ACCURACY;
        return new BrentSolver(1e-15, ACCURACY).solve(10_000, x -> cdf(x) - p, a, b);
    }

    private double[] weights() {
        BinomialDistribution binomial = new BinomialDistribution(null, horizon, frequency);
        double[] w = new double[horizon + 1];
        for (int k = 0; k <= horizon; k++) {
            w[k] = binomial.probability(k);
        }
        return w;
    }
}
