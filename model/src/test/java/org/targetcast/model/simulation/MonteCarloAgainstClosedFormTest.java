package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * The simulation and the closed form check each other: every probability within 3 Monte Carlo standard
 * errors, every quantile within 0.25 percentage points (the histogram bins are 0.0006 wide on the
 * log-ratio scale, far finer).
 */
class MonteCarloAgainstClosedFormTest {
    static final int PATHS = 200_000;

    /** A 2025 share of 38.2 %, ten projected years. */
    static SimulationPlan plan(double digitalGrowth, double otherGrowth, List<Target> targets) {
        double[] gd = new double[10];
        double[] go = new double[10];
        Arrays.fill(gd, digitalGrowth);
        Arrays.fill(go, otherGrowth);
        boolean[] trend = new boolean[10];
        Arrays.fill(trend, true);
        return new SimulationPlan(
                2025, Math.log(0.382 / 0.618), gd, go, trend, trend, targets, new double[] {0.05, 0.06}, 2023);
    }

    static Stream<Arguments> cases() {
        List<Target> targets =
                List.of(ShareTarget.in(2029, 0.45), ShareTarget.in(2035, 0.50), new GrowthTarget(2025, 2029, 0.0));
        return Stream.of(
                Arguments.of("baseline-like", plan(0.08, 0.04, targets), ShockModel.gaussian(0.05, 0.07, 0.3)),
                Arguments.of("strong correlation", plan(0.08, 0.04, targets), ShockModel.gaussian(0.06, 0.06, 0.95)),
                Arguments.of("negative correlation", plan(0.06, 0.05, targets), ShockModel.gaussian(0.04, 0.09, -0.6)),
                // growth chosen so that P(share >= 45 % in 2029) is close to one half
                Arguments.of(
                        "near even odds",
                        plan(Math.log(0.45 / 0.55 / (0.382 / 0.618)) / 4 + 0.04, 0.04, targets),
                        ShockModel.gaussian(0.05, 0.05, 0.2)),
                Arguments.of(
                        "persistent shocks and parameter draws",
                        plan(0.08, 0.04, List.of(ShareTarget.in(2029, 0.45), ShareTarget.in(2035, 0.5))),
                        new ShockModel(0.05, 0.06, 0.3, 0.5, Double.POSITIVE_INFINITY, 0.01, 0.015)),
                Arguments.of(
                        "correlated parameter draws",
                        plan(0.08, 0.04, List.of(ShareTarget.in(2029, 0.45), ShareTarget.in(2035, 0.5))),
                        new ShockModel(
                                0.05,
                                0.09,
                                0.6,
                                0,
                                Double.POSITIVE_INFINITY,
                                0.03,
                                0.05,
                                0.8,
                                Double.POSITIVE_INFINITY)),
                Arguments.of(
                        "volatility estimated from 13 changes",
                        plan(0.08, 0.04, List.of(ShareTarget.in(2029, 0.45), ShareTarget.in(2035, 0.5))),
                        new ShockModel(0.05, 0.09, 0.6, 0, Double.POSITIVE_INFINITY, 0.03, 0.05, 0.8, 12)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void probabilitiesAgreeWithinThreeStandardErrors(String name, SimulationPlan plan, ShockModel shocks) {
        ClosedForm exact = ClosedForm.of(plan, shocks);
        MonteCarloSummary mc =
                MonteCarlo.withDefaults().withPaths(PATHS).withThreads(2).run(plan, shocks, 42);
        for (int i = 0; i < plan.targets().size(); i++) {
            Target t = plan.targets().get(i);
            double p = t instanceof ShareTarget st ? exact.probability(st) : exact.growthProbability((GrowthTarget) t);
            double se = Math.sqrt(p * (1 - p) / PATHS);
            double sim = mc.probability(i);
            assertTrue(
                    Math.abs(sim - p) <= 3 * se + 1e-12,
                    name + ", " + t.label() + ": simulated " + sim + ", exact " + p + ", se " + se);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void quantilesAgree(String name, SimulationPlan plan, ShockModel shocks) {
        double[][] exact = ClosedForm.of(plan, shocks).shareQuantiles();
        double[][] sim = MonteCarlo.withDefaults()
                .withPaths(PATHS)
                .withThreads(2)
                .run(plan, shocks, 7)
                .shareQuantiles();
        for (int k = 0; k < exact.length; k++) {
            for (int j = 0; j < exact[k].length; j++) {
                assertEquals(exact[k][j], sim[k][j], 0.0025, name + " year " + (2026 + k) + " level " + j);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void nearEvenOddsCaseReallyIsNearEven() {
        SimulationPlan plan = (SimulationPlan) cases().filter(a -> a.get()[0].equals("near even odds"))
                .findFirst()
                .orElseThrow()
                .get()[1];
        double p = ClosedForm.of(plan, ShockModel.gaussian(0.05, 0.05, 0.2)).probability(ShareTarget.in(2029, 0.45));
        assertEquals(0.5, p, 0.01);
    }

    @org.junit.jupiter.api.Test
    void studentTailsWithHugeDfMatchTheGaussianClosedForm() {
        SimulationPlan plan = plan(0.08, 0.04, List.of(ShareTarget.in(2029, 0.45)));
        ShockModel nearlyGaussian = new ShockModel(0.05, 0.07, 0.3, 0, 1e6, 0, 0);
        double p = ClosedForm.of(plan, ShockModel.gaussian(0.05, 0.07, 0.3)).probability(ShareTarget.in(2029, 0.45));
        double sim = MonteCarlo.withDefaults()
                .withPaths(PATHS)
                .run(plan, nearlyGaussian, 3)
                .probability(0);
        assertTrue(Math.abs(sim - p) <= 3 * Math.sqrt(p * (1 - p) / PATHS), sim + " vs " + p);
    }

    @org.junit.jupiter.api.Test
    void fatTailsKeepTheVarianceButThinTheShoulders() {
        // same variance: t(3) puts more mass near the centre, so the 40-60 % band is narrower than Gaussian's
        SimulationPlan plan = plan(0.08, 0.04, List.of(ShareTarget.in(2029, 0.45)));
        double[][] g = ClosedForm.of(plan, ShockModel.gaussian(0.05, 0.07, 0.0)).shareQuantiles();
        double[][] t = MonteCarlo.withDefaults()
                .withPaths(PATHS)
                .run(plan, new ShockModel(0.05, 0.07, 0.0, 0, 3, 0, 0), 5)
                .shareQuantiles();
        assertTrue(t[0][10] - t[0][8] < g[0][10] - g[0][8], "t(3) central band narrower in the first year");
    }

    @org.junit.jupiter.api.Test
    void reachedByIsAtLeastTheSingleYearProbability() {
        SimulationPlan plan = plan(0.08, 0.04, List.of(new ShareTarget(2029, 0.45, true), ShareTarget.in(2029, 0.45)));
        MonteCarloSummary mc =
                MonteCarlo.withDefaults().withPaths(50_000).run(plan, ShockModel.gaussian(0.05, 0.07, 0.3), 1);
        assertTrue(mc.probability(0) >= mc.probability(1));
        double[] first = mc.firstYearDistribution(0);
        assertEquals(1.0, Arrays.stream(first).sum(), 1e-12);
        double byYear = 0;
        for (int k = 0; k <= 4; k++) {
            byYear += first[k];
        }
        assertEquals(mc.probability(0), byYear, 1e-12);
    }
}
