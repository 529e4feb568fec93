package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.Target;

/** The average reading of a growth condition: closed form by hand, the closed form and the Monte Carlo agree. */
class GrowthReadingTest {
    @Test
    void averageGrowthIsTheNormalOfTheSummedLogGrowth() {
        // 2025 observed (log growth 0.06, the plan's second observed year), 2026-2029 projected at 0.08 with
        // sigma 0.05: the sum of the five years' log growth is N(0.06 + 4 * 0.08, 4 * 0.05^2)
        GrowthTarget average = new GrowthTarget(2025, 2029, 0.05, true);
        GrowthTarget end = new GrowthTarget(2025, 2029, 0.0, true);
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(0.08, 0.04, List.<Target>of(average, end));
        ShockModel shocks = ShockModel.gaussian(0.05, 0.07, 0.3);
        ClosedForm exact = ClosedForm.of(plan, shocks);
        NormalDistribution sum = new NormalDistribution(null, 0.06 + 4 * 0.08, 0.05 * 2);
        double byHand = 1 - sum.cumulativeProbability(5 * Math.log(1.05));
        assertEquals(byHand, exact.growthProbability(average), 1e-12);
        assertEquals(1 - sum.cumulativeProbability(0), exact.growthProbability(end), 1e-12);
        int paths = 200_000;
        MonteCarloSummary mc =
                MonteCarlo.withDefaults().withPaths(paths).withThreads(2).run(plan, shocks, 7);
        for (int i = 0; i < 2; i++) {
            double p = exact.growthProbability((GrowthTarget) plan.targets().get(i));
            double se = Math.sqrt(p * (1 - p) / paths);
            assertTrue(Math.abs(mc.probability(i) - p) <= 3 * se + 1e-12, i + ": " + mc.probability(i) + " vs " + p);
        }
    }

    @Test
    void readingsOrderAsPlannersMeanThem() {
        GrowthTarget every = new GrowthTarget(2025, 2029, 0.0);
        GrowthTarget floor = every.reading(-0.05, false);
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(0.08, 0.04, List.<Target>of(every, floor));
        ClosedForm exact = ClosedForm.of(plan, ShockModel.gaussian(0.05, 0.07, 0.3));
        assertTrue(exact.growthProbability(floor) > exact.growthProbability(every));
        assertEquals(
                "digital growth >= 5% a year on average 2025-2029",
                every.reading(0.05, true).label());
    }
}
