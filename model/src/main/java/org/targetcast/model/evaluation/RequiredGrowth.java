package org.targetcast.model.evaluation;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.analysis.solvers.UnivariateSolverUtils;
import org.targetcast.model.projection.Projection;

/**
 * The constant yearly growth g of digital trade, from the latest observed year c, at which the share in
 * year t equals X, given the other component's projected path:
 * {@code D_c (1+g)^(t−c) / (D_c (1+g)^(t−c) + O_t) = X}.
 *
 * <p>Found with Brent's method (Commons Math {@link BrentSolver}) on {@code g ∈ (−0.95, 10)}. The share is
 * increasing in g, so the root is unique; the closed form {@code g = (X/(1−X) · O_t / D_c)^(1/(t−c)) − 1}
 * checks it in the tests. For "reached by T", the lowest such g over the years c+1..T is taken.
 */
final class RequiredGrowth {
    private static final double LOWER = -0.95;
    private static final double UPPER = 10;

    private RequiredGrowth() {}

    /**
     * @param projection the projection whose other path is kept
     * @param year target year t, after the latest observed year
     * @param share target share X
     * @return g, or NaN if the target needs growth outside (−0.95, 10)
     */
    static double inYear(Projection projection, int year, double share) {
        int c = projection.lastObservedYear();
        double d0 = projection.digital(c);
        double o = projection.other(year);
        int h = year - c;
        UnivariateFunction f = g -> {
            double d = d0 * Math.pow(1 + g, h);
            return d / (d + o) - share;
        };
        if (!UnivariateSolverUtils.isBracketing(f, LOWER, UPPER)) {
            return Double.NaN;
        }
        // a solver per call: Commons Math's solvers keep their evaluation count and function in fields, so one
        // shared between threads (scenarios are projected in parallel) mixes their roots
        return new BrentSolver(1e-12, 1e-12).solve(200, f, LOWER, UPPER);
    }

    /**
     * @param projection the projection
     * @param year last year t
     * @param share target share
     * @return the lowest g that reaches the share in some year up to t
     */
    static double byYear(Projection projection, int year, double share) {
        double best = Double.NaN;
        for (int y = projection.lastObservedYear() + 1; y <= year; y++) {
            double g = inYear(projection, y, share);
            if (!Double.isNaN(g) && (Double.isNaN(best) || g < best)) {
                best = g;
            }
        }
        return best;
    }
}
