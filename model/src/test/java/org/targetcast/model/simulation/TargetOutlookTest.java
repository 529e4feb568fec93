package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;

/** The two named probabilities of one share target, and the range across families. */
class TargetOutlookTest {
    @Test
    void reachedByOfAnInTargetEqualsTheProbabilityOfTheSameTargetJudgedAsReachedBy() {
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(
                0.08, 0.04, List.of(new ShareTarget(2029, 0.45, true), ShareTarget.in(2029, 0.45)));
        MonteCarloSummary mc =
                MonteCarlo.withDefaults().withPaths(40_000).run(plan, ShockModel.gaussian(0.05, 0.07, 0.3), 3);
        var by = outlook(plan, mc, 0, List.of());
        var in = outlook(plan, mc, 1, List.of());
        assertEquals(by.probability(), in.reachedBy(), 1e-12);
        assertTrue(
                in.reachedBy() > in.probability(),
                "reaching 45 % in some year up to 2029 is likelier than being there in 2029");
    }

    @Test
    void rangeSpansTheWeightedFamiliesOnly() {
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(0.08, 0.04, List.of(ShareTarget.in(2029, 0.45)));
        MonteCarloSummary mc =
                MonteCarlo.withDefaults().withPaths(1_000).run(plan, ShockModel.gaussian(0.05, 0.07, 0.3), 3);
        var alone = outlook(plan, mc, 0, List.of());
        assertEquals(alone.probability(), alone.lowest());
        assertEquals(alone.probability(), alone.highest());
        var averaged = outlook(
                plan,
                mc,
                0,
                List.of(
                        new FamilyProbability("drift", 0.7, 0.30, Double.NaN),
                        new FamilyProbability("loglinear", 0.3, 0.21, Double.NaN),
                        new FamilyProbability("linear", 0, 0.9, Double.NaN)));
        assertEquals(0.21, averaged.lowest());
        assertEquals(0.30, averaged.highest());
    }

    @Test
    void growthTargetsHaveNoReachedByReading() {
        SimulationPlan plan =
                MonteCarloAgainstClosedFormTest.plan(0.08, 0.04, List.of(new GrowthTarget(2025, 2029, 0)));
        MonteCarloSummary mc =
                MonteCarlo.withDefaults().withPaths(1_000).run(plan, ShockModel.gaussian(0.05, 0.07, 0.3), 3);
        assertTrue(Double.isNaN(outlook(plan, mc, 0, List.of()).reachedBy()));
    }

    private static TargetOutlook outlook(
            SimulationPlan plan, MonteCarloSummary mc, int i, List<FamilyProbability> families) {
        return new TargetOutlook(
                plan.targets().get(i),
                mc.probability(i),
                mc.standardError(i),
                ProbabilityMethod.MONTECARLO,
                Double.NaN,
                mc.probability(i),
                mc.standardError(i),
                mc.firstYearDistribution(i),
                plan.lastObservedYear(),
                families);
    }
}
