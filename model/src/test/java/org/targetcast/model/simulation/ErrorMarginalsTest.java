package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.targetcast.model.scenario.HorizonErrors;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * Shocks mapped to forecast errors: the simulation's yearly marginals are the central path plus the errors
 * (the closed form computes them directly), while the years keep the Gaussian shocks' dependence.
 */
class ErrorMarginalsTest {
    static final int PATHS = 200_000;

    /** Skewed errors at horizons 1-4 (more mass above), too few at 5: later years spread horizon 4's. */
    static HorizonErrors skewed() {
        Random r = new Random(11);
        Map<Integer, double[]> m = new java.util.TreeMap<>();
        for (int h = 1; h <= 5; h++) {
            double[] x = new double[h == 5 ? 10 : 150];
            for (int i = 0; i < x.length; i++) {
                double g = r.nextGaussian();
                x[i] = 0.08 * Math.sqrt(h) * (g > 0 ? 1.8 * g : g) + 0.02 * h;
            }
            m.put(h, x);
        }
        return HorizonErrors.of(m);
    }

    static ShockModel mapped(ShockModel gaussian, HorizonErrors e) {
        return gaussian.withErrors(e);
    }

    @Test
    void simulatedProbabilitiesAndQuantilesAreTheClosedFormsOfTheErrors() {
        List<Target> targets = List.of(ShareTarget.in(2029, 0.45), ShareTarget.in(2035, 0.5));
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(0.06, 0.04, targets);
        ShockModel shocks = mapped(new ShockModel(0.05, 0.07, 0.3, 0, Double.POSITIVE_INFINITY, 0.01, 0.02), skewed());
        ClosedForm exact = ClosedForm.of(plan, shocks);
        MonteCarloSummary mc =
                MonteCarlo.withDefaults().withPaths(PATHS).withThreads(2).run(plan, shocks, 5);
        for (int i = 0; i < targets.size(); i++) {
            double p = exact.probability((ShareTarget) targets.get(i));
            double se = Math.sqrt(p * (1 - p) / PATHS);
            assertTrue(
                    Math.abs(mc.probability(i) - p) <= 3 * se,
                    targets.get(i).label() + ": " + mc.probability(i) + " against " + p);
        }
        double[][] q = exact.shareQuantiles();
        double[][] sim = mc.shareQuantiles();
        for (int k = 0; k < q.length; k++) {
            for (int j = 0; j < q[k].length; j++) {
                assertEquals(q[k][j], sim[k][j], 0.0025, "year " + (2026 + k) + " level " + j);
            }
        }
    }

    @Test
    void theClosedFormIsTheCentralPathPlusTheErrors() {
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(0.06, 0.04, List.of(ShareTarget.in(2029, 0.45)));
        HorizonErrors e = skewed();
        ShockModel gaussian = ShockModel.gaussian(0.05, 0.07, 0.3);
        ClosedForm plain = ClosedForm.of(plan, gaussian);
        ClosedForm byErrors = ClosedForm.of(plan, mapped(gaussian, e));
        // 2029 is 4 years after 2025: the median share is the central ln(D/O) plus horizon 4's median error
        double central = plain.meanLogRatio(2029);
        assertEquals(central, byErrors.meanLogRatio(2029), 0);
        assertEquals(1 / (1 + Math.exp(-(central + e.quantile(4, 0.5)))), byErrors.shareQuantile(2029, 0.5), 1e-12);
        double threshold = Math.log(0.45 / 0.55);
        assertEquals(1 - e.cdf(4, threshold - central), byErrors.probability(ShareTarget.in(2029, 0.45)), 1e-12);
        assertNotEquals(
                plain.probability(ShareTarget.in(2029, 0.45)), byErrors.probability(ShareTarget.in(2029, 0.45)));
        // 2035 is 10 years ahead: horizon 4's errors times the square root of 10/4
        assertEquals(
                1 / (1 + Math.exp(-(byErrors.meanLogRatio(2035) + Math.sqrt(10 / 4.0) * e.quantile(4, 0.9)))),
                byErrors.shareQuantile(2035, 0.9),
                1e-12);
    }

    @Test
    void theYearsKeepTheGaussianShocksDependence() {
        // reached by 2029 needs the path: with the same errors each year, a path that is high in one year
        // tends to be high in the next, so "by" exceeds "in" by less than it would for independent years
        ShareTarget in = ShareTarget.in(2029, 0.45);
        ShareTarget by = new ShareTarget(2029, 0.45, true);
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(0.06, 0.04, List.of(by, in));
        ShockModel shocks = mapped(ShockModel.gaussian(0.05, 0.07, 0.3), skewed());
        MonteCarloSummary mc = MonteCarlo.withDefaults().withPaths(50_000).run(plan, shocks, 9);
        double pIn = mc.probability(1);
        double pBy = mc.probability(0);
        assertTrue(pBy >= pIn, pBy + " < " + pIn);
        double independent = 1;
        ClosedForm exact = ClosedForm.of(plan, shocks);
        for (int y = 2026; y <= 2029; y++) {
            independent *= 1 - exact.probabilityAtLeast(y, 0.45);
        }
        assertTrue(pBy < 1 - independent, pBy + " against " + (1 - independent) + " for independent years");
    }

    @Test
    void aSeedGivesTheSamePathsWhateverTheThreadCount() {
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(
                0.06, 0.04, List.of(new ShareTarget(2029, 0.45, true), ShareTarget.in(2035, 0.5)));
        ShockModel shocks = mapped(ShockModel.gaussian(0.05, 0.07, 0.3), skewed());
        MonteCarloSummary one =
                MonteCarlo.withDefaults().withPaths(30_000).withThreads(1).run(plan, shocks, 3);
        MonteCarloSummary two =
                MonteCarlo.withDefaults().withPaths(30_000).withThreads(2).run(plan, shocks, 3);
        assertEquals(one.probability(0), two.probability(0), 0);
        assertEquals(one.probability(1), two.probability(1), 0);
    }
}
