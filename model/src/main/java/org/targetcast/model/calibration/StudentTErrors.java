package org.targetcast.model.calibration;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.special.Gamma;
import org.targetcast.model.ModelException;

/**
 * A scaled Student-t fitted by maximum likelihood to standardised forecast errors z: z/√k follows a
 * Student-t with ν degrees of freedom. The log likelihood is
 * <pre>
 *   ℓ(k, ν) = Σ [ ln Γ((ν+1)/2) − ln Γ(ν/2) − ½ ln(νπ) − ½ ln k − (ν+1)/2 · ln(1 + z²/(kν)) ]
 * </pre>
 * For a fixed ν the k that maximises it solves {@code k = (1/n) Σ w_i z_i²} with
 * {@code w_i = (ν+1)/(ν + z_i²/k)}, the fixed point of the EM iteration for a t scale, which increases ℓ at
 * every step; ν is then found by Brent's method on ln ν over [ln 1, ln 1000] (ν = 1 is the Cauchy
 * distribution; ν at the upper end means the errors look Gaussian). The pandemic makes a few errors many
 * times larger than the rest, which a Gaussian would meet only by widening every band: the t keeps the
 * central bands near the bulk of the errors and gives the rare years their tail.
 *
 * @param varianceFactor k, the square of the scale
 * @param degreesOfFreedom ν
 * @param count the number of errors fitted
 * @param logLikelihood ℓ at the optimum
 */
public record StudentTErrors(double varianceFactor, double degreesOfFreedom, int count, double logLikelihood) {
    /** The smallest degrees of freedom fitted. */
    public static final double MIN_DF = 1;
    /** The largest degrees of freedom fitted. */
    public static final double MAX_DF = 1000;
    /** The fewest errors a fit needs. */
    public static final int MIN_ERRORS = 10;

    /**
     * @param z standardised errors (actual minus forecast, over the forecast's Gaussian plug-in standard
     *     deviation), at least {@link #MIN_ERRORS}, finite
     * @return the maximum-likelihood fit
     * @throws ModelException with fewer errors, a non-finite one, or all of them 0
     */
    public static StudentTErrors fit(double[] z) {
        if (z.length < MIN_ERRORS) {
            throw ModelException.of(
                    "calibration: %d forecast errors; at least %d are needed to fit their spread and tails",
                    z.length, MIN_ERRORS);
        }
        double ss = 0;
        for (double v : z) {
            if (!Double.isFinite(v)) {
                throw ModelException.of("calibration: a forecast error is %s; every error must be finite", v);
            }
            ss += v * v;
        }
        if (ss == 0) {
            throw ModelException.of("calibration: every forecast error is 0; there is no spread to fit");
        }
        var best = new BrentOptimizer(1e-10, 1e-12)
                .optimize(
                        new MaxEval(500),
                        new UnivariateObjectiveFunction(
                                lnDf -> logLikelihood(z, Math.exp(lnDf), scale(z, Math.exp(lnDf)))),
                        GoalType.MAXIMIZE,
                        new SearchInterval(Math.log(MIN_DF), Math.log(MAX_DF)));
        double df = Math.exp(best.getPoint());
        // Brent does not evaluate the ends: a boundary optimum is taken when it is better
        for (double end : new double[] {MIN_DF, MAX_DF}) {
            if (logLikelihood(z, end, scale(z, end)) > logLikelihood(z, df, scale(z, df))) {
                df = end;
            }
        }
        double k = scale(z, df);
        return new StudentTErrors(k, df, z.length, logLikelihood(z, df, k));
    }

    /**
     * @param z standardised errors
     * @param df ν
     * @return the k that maximises the likelihood for this ν (EM fixed point)
     */
    static double scale(double[] z, double df) {
        double k = 0;
        for (double v : z) {
            k += v * v;
        }
        k /= z.length;
        for (int iter = 0; iter < 10_000; iter++) {
            double next = 0;
            for (double v : z) {
                next += (df + 1) / (df + v * v / k) * v * v;
            }
            next /= z.length;
            if (Math.abs(next - k) <= 1e-14 * k) {
                return next;
            }
            k = next;
        }
        return k;
    }

    /**
     * @param z standardised errors
     * @param df ν
     * @param k the variance factor
     * @return ℓ(k, ν)
     */
    static double logLikelihood(double[] z, double df, double k) {
        double c = Gamma.logGamma((df + 1) / 2)
                - Gamma.logGamma(df / 2)
                - 0.5 * Math.log(df * Math.PI)
                - 0.5 * Math.log(k);
        double l = 0;
        for (double v : z) {
            l += c - (df + 1) / 2 * Math.log1p(v * v / (k * df));
        }
        return l;
    }
}
