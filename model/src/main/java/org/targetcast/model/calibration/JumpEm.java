package org.targetcast.model.calibration;

import java.util.Arrays;

/**
 * The expectation-maximisation algorithm of {@link JumpEstimator}: the maximum-likelihood fit of
 * {@code x_it = μ_i + ε_it + B_it·Y_it}, ε ~ N(0, σ_i²), B ~ Bernoulli(λ), Y ~ N(μ_J, σ_J²), with
 * {@code σ_i² = c·q_i²} (q_i the economy's robust scale, c common), on a panel given as arrays. Not API: the
 * estimator validates the data, chooses the starts and reports the result.
 *
 * <p>The complete data are B and, in a jump year, Y (then ε = x − μ_i − Y). Given x and B = 1, (Y, x) are
 * jointly normal, so the E-step has closed forms: with d = x − μ_i − μ_J and τ² = σ_i² + σ_J²,
 * <pre>
 *   w  = P(B = 1 | x) = λ φ(x; μ_i + μ_J, τ²) / [λ φ(x; μ_i + μ_J, τ²) + (1 − λ) φ(x; μ_i, σ_i²)]
 *   m  = E[Y | x, B = 1] = μ_J + (σ_J² / τ²) d,      v = Var[Y | x, B = 1] = σ_J² σ_i² / τ²
 * </pre>
 * and the M-step maximises the expected complete-data log likelihood plus {@code (N/2) ln c} block by block
 * (N economies):
 * <pre>
 *   μ_i = (1/T_i) Σ_t (x_it − w_it m_it)
 *   c   = Σ_i Σ_t [(1 − w)(x − μ_i)² + w((x − μ_i − m)² + v)] / q_i²  /  (Σ_i T_i − N)
 *   λ   = min(Σ w / Σ T_i, λ_max),  μ_J = Σ w m / Σ w,  σ_J² = max(Σ w ((m − μ_J)² + v) / Σ w, F)
 * </pre>
 * The term {@code (N/2) ln c} makes the c-step divide by Σ T_i − N, the degrees of freedom left after the N
 * drifts, as restricted maximum likelihood does for a variance (Patterson &amp; Thompson 1971): without it the
 * ordinary variances are biased low by the fitted drifts, by a twelfth with 13 changes an economy. Each
 * block's objective is unimodal, so clipping to a bound gives the constrained maximum, and the objective
 * {@link #logLikelihood} rises at every step (Dempster, Laird &amp; Rubin 1977; McLachlan &amp; Krishnan, The EM Algorithm
 * and Extensions, 2nd ed., 2008). The iteration stops when the objective rises by less than
 * {@link #TOLERANCE} in a step, or after {@link #MAX_ITERATIONS}.
 */
final class JumpEm {
    /** Stop when an iteration raises the objective by less than this. */
    static final double TOLERANCE = 1e-9;
    /** The most iterations of one fit. */
    static final int MAX_ITERATIONS = 20_000;

    private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    /**
     * The data of a fit and its guards.
     *
     * @param x per economy its changes
     * @param profile per economy q_i², its robust variance: σ_i² = c·q_i²
     * @param sizeVarianceFloor F, the least σ_J²
     * @param maxFrequency λ_max
     */
    record Data(double[][] x, double[] profile, double sizeVarianceFloor, double maxFrequency) {
        int years() {
            int n = 0;
            for (double[] xi : x) {
                n += xi.length;
            }
            return n;
        }
    }

    /**
     * The parameters.
     *
     * @param drift μ_i
     * @param scale c, the common factor of the ordinary variances σ_i² = c·q_i²
     * @param frequency λ
     * @param sizeMean μ_J
     * @param sizeVariance σ_J²
     */
    record Params(double[] drift, double scale, double frequency, double sizeMean, double sizeVariance) {
        /**
         * @param data the data whose profile scales
         * @param i an economy
         * @return σ_i² = c·q_i²
         */
        double variance(Data data, int i) {
            return scale * data.profile()[i];
        }
    }

    /**
     * A converged fit.
     *
     * @param params the parameters at the optimum
     * @param logLikelihood the log likelihood there
     * @param posterior per economy and year, the posterior jump probability w
     * @param iterations the iterations used
     */
    record Fit(Params params, double logLikelihood, double[][] posterior, int iterations) {}

    private JumpEm() {}

    /**
     * @param data the data
     * @param start the starting parameters (not changed)
     * @return the fit from that start
     */
    static Fit run(Data data, Params start) {
        double[][] x = data.x();
        double[] q = data.profile();
        int n = x.length;
        double[] mu = start.drift().clone();
        double c = start.scale();
        double lambda = start.frequency();
        double muJ = start.sizeMean();
        double varJ = start.sizeVariance();
        double[][] w = new double[n][];
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            w[i] = new double[x[i].length];
            m[i] = new double[x[i].length];
        }
        double total = data.years();
        double previous = Double.NEGATIVE_INFINITY;
        int iter = 0;
        while (true) {
            // E-step, with the log likelihood of the current parameters
            double ll = 0;
            double sw = 0;
            double swm = 0;
            double swv = 0;
            double swmm = 0;
            double lnLambda = Math.log(lambda);
            double lnRest = Math.log1p(-lambda);
            for (int i = 0; i < n; i++) {
                double s2 = c * q[i];
                double tau2 = s2 + varJ;
                double gain = varJ / tau2;
                double v = varJ * s2 / tau2;
                double c0 = lnRest - 0.5 * Math.log(s2) - LN_SQRT_2PI;
                double c1 = lnLambda - 0.5 * Math.log(tau2) - LN_SQRT_2PI;
                for (int t = 0; t < x[i].length; t++) {
                    double r = x[i][t] - mu[i];
                    double d = r - muJ;
                    double l0 = c0 - 0.5 * r * r / s2;
                    double l1 = c1 - 0.5 * d * d / tau2;
                    double hi = Math.max(l0, l1);
                    double lse = hi + Math.log1p(Math.exp(Math.min(l0, l1) - hi));
                    ll += lse;
                    double wt = Math.exp(l1 - lse);
                    double mt = muJ + gain * d;
                    w[i][t] = wt;
                    m[i][t] = mt;
                    sw += wt;
                    swm += wt * mt;
                    swv += wt * v;
                    swmm += wt * mt * mt;
                }
            }
            ll += 0.5 * n * Math.log(c);
            iter++;
            if (ll - previous < TOLERANCE || iter >= MAX_ITERATIONS) {
                // the posterior belongs to the parameters the likelihood was computed at
                return new Fit(new Params(mu, c, lambda, muJ, varJ), ll, w, iter);
            }
            previous = ll;
            // M-step
            double scaled = 0;
            for (int i = 0; i < n; i++) {
                double s2 = c * q[i];
                double v = varJ * s2 / (s2 + varJ);
                double[] xi = x[i];
                double sum = 0;
                for (int t = 0; t < xi.length; t++) {
                    sum += xi[t] - w[i][t] * m[i][t];
                }
                double mi = sum / xi.length;
                double ss = 0;
                for (int t = 0; t < xi.length; t++) {
                    double r = xi[t] - mi;
                    double e = r - m[i][t];
                    ss += (1 - w[i][t]) * r * r + w[i][t] * (e * e + v);
                }
                mu[i] = mi;
                scaled += ss / q[i];
            }
            c = scaled / (total - n);
            if (sw > 1e-300) {
                double mean = swm / sw;
                muJ = mean;
                varJ = Math.max((swmm - sw * mean * mean + swv) / sw, data.sizeVarianceFloor());
            }
            lambda = Math.min(Math.max(sw / total, Double.MIN_NORMAL), data.maxFrequency());
        }
    }

    /**
     * The objective {@link #run} maximises, the log likelihood with the degrees-of-freedom term:
     * {@code Σ_it ln[(1 − λ) φ(x; μ_i, σ_i²) + λ φ(x; μ_i + μ_J, σ_i² + σ_J²)] + (N/2) ln c}, σ_i² = c·q_i².
     *
     * @param data the data
     * @param p the parameters
     * @return the value
     */
    static double logLikelihood(Data data, Params p) {
        double ll = 0;
        double[][] x = data.x();
        for (int i = 0; i < x.length; i++) {
            double s2 = p.variance(data, i);
            double tau2 = s2 + p.sizeVariance();
            for (double xt : x[i]) {
                double r = xt - p.drift()[i];
                double d = r - p.sizeMean();
                double l0 = Math.log1p(-p.frequency()) - 0.5 * Math.log(s2) - LN_SQRT_2PI - 0.5 * r * r / s2;
                double l1 = Math.log(p.frequency()) - 0.5 * Math.log(tau2) - LN_SQRT_2PI - 0.5 * d * d / tau2;
                double hi = Math.max(l0, l1);
                ll += hi + Math.log1p(Math.exp(Math.min(l0, l1) - hi));
            }
        }
        return ll + 0.5 * x.length * Math.log(p.scale());
    }

    /**
     * @param values values, not empty
     * @return their median
     */
    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int k = s.length / 2;
        return s.length % 2 == 1 ? s[k] : 0.5 * (s[k - 1] + s[k]);
    }

    /**
     * Rousseeuw and Croux's Qn scale (Journal of the American Statistical Association 88 (1993), 1273-1283):
     * the k-th smallest of the n(n−1)/2 distances |x_i − x_j|, i &lt; j, with h = ⌊n/2⌋ + 1 and
     * k = h(h−1)/2, times 2.2219 (consistent for the normal standard deviation). Its breakdown point is
     * 50 % (a jump or two among a dozen changes barely move it) and its Gaussian efficiency 82 %, against
     * the median absolute deviation's 37 %. The small-sample factor is left out: {@link JumpEstimator}
     * uses Qn only for the ratios between economies, the level being fitted. O(n² log n), for the dozen
     * changes of a history.
     *
     * @param values at least two values
     * @return Qn
     */
    static double qn(double[] values) {
        int n = values.length;
        double[] d = new double[n * (n - 1) / 2];
        int c = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[c++] = Math.abs(values[i] - values[j]);
            }
        }
        Arrays.sort(d);
        int h = n / 2 + 1;
        return 2.2219 * d[h * (h - 1) / 2 - 1];
    }
}
