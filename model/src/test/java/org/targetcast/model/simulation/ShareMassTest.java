package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.targetcast.model.target.ShareTarget;

class ShareMassTest {
    @Test
    void exactAndSimulatedHistogramsAgreeAndMatchTheProbability() {
        SimulationPlan plan = MonteCarloAgainstClosedFormTest.plan(0.08, 0.04, List.of(ShareTarget.in(2029, 0.45)));
        ShockModel shocks = ShockModel.gaussian(0.05, 0.07, 0.3);
        ClosedForm exact = ClosedForm.of(plan, shocks);
        double[][] e = exact.shareMass();
        double[][] s = MonteCarlo.withDefaults()
                .withPaths(200_000)
                .run(plan, shocks, 5)
                .shareMass();
        for (int k = 0; k < e.length; k++) {
            assertEquals(1, Arrays.stream(e[k]).sum(), 1e-9);
            assertEquals(1, Arrays.stream(s[k]).sum(), 1e-9);
        }
        int y2029 = 2029 - 2026;
        double atLeast =
                Arrays.stream(e[y2029], ShareGrid.bin(0.45), ShareGrid.BINS).sum();
        assertEquals(exact.probability(ShareTarget.in(2029, 0.45)), atLeast, 1e-9, "0.45 is a bin edge");
        double simulated =
                Arrays.stream(s[y2029], ShareGrid.bin(0.45), ShareGrid.BINS).sum();
        assertEquals(atLeast, simulated, 0.005);
    }
}
