package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;

class MonteCarloDeterminismTest {
    private final SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(
            0.08,
            0.04,
            List.of(ShareTarget.in(2029, 0.45), new ShareTarget(2035, 0.5, true), new GrowthTarget(2025, 2029, 0)));
    private final ShockModel shocks = new ShockModel(0.05, 0.07, 0.3, 0.3, 5, 0.01, 0.01);

    private MonteCarloSummary run(int threads, long seed) {
        // 3 full blocks and a partial one
        return MonteCarlo.withDefaults()
                .withPaths(3 * MonteCarlo.BLOCK + 1234)
                .withThreads(threads)
                .run(plan, shocks, seed);
    }

    private static void assertIdentical(MonteCarloSummary a, MonteCarloSummary b) {
        assertEquals(a.paths(), b.paths());
        double[][] qa = a.shareQuantiles();
        double[][] qb = b.shareQuantiles();
        for (int k = 0; k < qa.length; k++) {
            assertArrayEquals(qa[k], qb[k], 0.0);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(a.probability(i), b.probability(i), 0.0);
            assertArrayEquals(a.firstYearDistribution(i), b.firstYearDistribution(i), 0.0);
        }
    }

    @Test
    void sameSeedGivesIdenticalResultsWhateverTheThreadCount() {
        MonteCarloSummary one = run(1, 99);
        assertIdentical(one, run(2, 99));
        assertIdentical(one, run(8, 99));
        assertIdentical(one, run(1, 99));
    }

    @Test
    void differentSeedGivesDifferentResults() {
        assertFalse(Arrays.deepEquals(run(2, 99).shareQuantiles(), run(2, 100).shareQuantiles()));
    }
}
