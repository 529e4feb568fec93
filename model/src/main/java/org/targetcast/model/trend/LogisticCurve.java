package org.targetcast.model.trend;

import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The logit of the capped logistic curve, {@code g(x) = ln(cap) - ln(1 - cap + exp(-(a + k x)))}, its
 * gradient, and its least-squares fit with the cap mapped into {@code (lo, 1)} by
 * {@code cap = lo + (1 - lo) / (1 + exp(-theta))}, so that Levenberg-Marquardt runs unconstrained.
 */
final class LogisticCurve {
    private static final int MAX_ITERATIONS = 2000;

    /** A converged fit. */
    record Result(double cap, double intercept, double slope, double sse) {}

    private LogisticCurve() {}

    /**
     * @return {@code g(x)} for the given parameters, stable for large {@code |a + k x|}
     */
    static double logitValue(double cap, double a, double k, double x) {
        double u = a + k * x;
        double logD = u < 0 ? -u + Math.log1p((1 - cap) * Math.exp(u)) : Math.log((1 - cap) + Math.exp(-u));
        return Math.log(cap) - logD;
    }

    /**
     * @return {@code {dg/dcap, dg/da, dg/dk}} at {@code x}
     */
    static double[] gradient(double cap, double a, double k, double x) {
        double u = a + k * x;
        double invD;
        double eOverD;
        if (u < 0) {
            double eu = Math.exp(u);
            invD = eu / (1 + (1 - cap) * eu);
            eOverD = 1 / (1 + (1 - cap) * eu);
        } else {
            double emu = Math.exp(-u);
            invD = 1 / ((1 - cap) + emu);
            eOverD = emu / ((1 - cap) + emu);
        }
        return new double[] {1 / cap + invD, eOverD, x * eOverD};
    }

    /**
     * Fits the curve from several starting caps and keeps the smallest SSE.
     *
     * @param x centred years
     * @param z logits of the shares
     * @param lo the largest share, the cap's lower bound
     * @param fixed the fixed-cap line, used only to check the data has two distinct years
     * @param startFractions starting caps, as fractions of the interval {@code (lo, 1)}
     * @return the best fit, or {@code null} if no start converged to finite values
     */
    static Result fit(double[] x, double[] z, double lo, LineFit fixed, double[] startFractions) {
        Result best = null;
        if (!(lo < 1) || !Double.isFinite(fixed.slope())) {
            return null;
        }
        for (double f : startFractions) {
            double cap = lo + (1 - lo) * f;
            double[] ab = startingLine(x, z, cap);
            try {
                LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                        .optimize(new LeastSquaresBuilder()
                                .model(p -> evaluate(p, x, lo))
                                .target(z)
                                .start(new double[] {Math.log(f / (1 - f)), ab[0], ab[1]})
                                .maxEvaluations(MAX_ITERATIONS)
                                .maxIterations(MAX_ITERATIONS)
                                .build());
                RealVector p = optimum.getPoint();
                double c = cap(p.getEntry(0), lo);
                double sse = optimum.getCost() * optimum.getCost();
                if (Double.isFinite(sse)
                        && Double.isFinite(p.getEntry(1))
                        && Double.isFinite(p.getEntry(2))
                        && (best == null || sse < best.sse())) {
                    best = new Result(c, p.getEntry(1), p.getEntry(2), sse);
                }
            } catch (MathIllegalStateException | MathIllegalArgumentException | MathArithmeticException e) {
                // This start diverged or ran out of iterations; the other starts remain.
                continue;
            }
        }
        return best;
    }

    private static Pair<RealVector, RealMatrix> evaluate(RealVector p, double[] x, double lo) {
        double theta = p.getEntry(0);
        double a = p.getEntry(1);
        double k = p.getEntry(2);
        double cap = cap(theta, lo);
        double sig = 1 / (1 + Math.exp(-theta));
        double dCap = (1 - lo) * sig * (1 - sig);
        double[] values = new double[x.length];
        double[][] jac = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            values[i] = logitValue(cap, a, k, x[i]);
            double[] g = gradient(cap, a, k, x[i]);
            jac[i] = new double[] {g[0] * dCap, g[1], g[2]};
        }
        return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jac, false));
    }

    private static double cap(double theta, double lo) {
        return lo + (1 - lo) * LogisticTrend.share(1, theta);
    }

    /** OLS of {@code logit(s / cap)} on {@code x}: the exact curve for a fixed cap, as a start. */
    private static double[] startingLine(double[] x, double[] z, double cap) {
        int n = x.length;
        double mx = 0;
        double mw = 0;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double s = LogisticTrend.share(1, z[i]);
            w[i] = Math.log(s / (cap - s));
            mx += x[i];
            mw += w[i];
        }
        mx /= n;
        mw /= n;
        double sxx = 0;
        double sxw = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxw += (x[i] - mx) * (w[i] - mw);
        }
        double k = sxw / sxx;
        return new double[] {mw - k * mx, k};
    }
}
