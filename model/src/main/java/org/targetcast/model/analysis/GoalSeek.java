package org.targetcast.model.analysis;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.analysis.solvers.UnivariateSolverUtils;
import org.targetcast.model.ModelException;
import org.targetcast.model.scenario.Scenario;

/**
 * The constant yearly growth of one assumption (digital growth by default) at which a target is met with
 * a given probability, all else as in the scenario. The probability rises with digital growth, so Brent's
 * method (Commons Math) on [−50 %, +100 %] finds the unique root when it is bracketed.
 */
public final class GoalSeek {
    private static final double LOWER = -0.5;
    private static final double UPPER = 1.0;

    private GoalSeek() {}

    /**
     * @param evaluator how a variant's probability is computed
     * @param scenario the scenario
     * @param targetIndex the target
     * @param probability the probability wanted, in (0, 1)
     * @return the constant digital growth, or NaN if even the bounds do not bracket it
     */
    public static double digitalGrowthFor(Evaluator evaluator, Scenario scenario, int targetIndex, double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw ModelException.of("probability = %s must be inside (0, 1)", probability);
        }
        Evaluator weighed = evaluator.weighing(scenario);
        int first = weighed.history().lastYear() + 1;
        UnivariateFunction f = g ->
                weighed.probability(Assumption.DIGITAL_GROWTH.apply(scenario, first, g), targetIndex) - probability;
        if (!UnivariateSolverUtils.isBracketing(f, LOWER, UPPER)) {
            return Double.NaN;
        }
        return new BrentSolver(1e-7).solve(200, f, LOWER, UPPER);
    }
}
