package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/** Properties every outlook must have, whatever the assumptions. */
class ProbabilityPropertiesTest {
    private static final List<Target> TARGETS = List.of(ShareTarget.in(2029, 0.45), ShareTarget.in(2035, 0.5));

    @Property(seed = "20241128", tries = 300)
    void probabilitiesAreInTheUnitIntervalAndRiseWithDigitalGrowth(
            @ForAll @DoubleRange(min = -0.2, max = 0.3) double digitalGrowth,
            @ForAll @DoubleRange(min = 0.001, max = 0.1) @Scale(4) double extra,
            @ForAll @DoubleRange(min = -0.1, max = 0.2) double otherGrowth,
            @ForAll @DoubleRange(min = 0, max = 0.3) double sigmaD,
            @ForAll @DoubleRange(min = 0, max = 0.3) double sigmaO,
            @ForAll @DoubleRange(min = -1, max = 1) double rho,
            @ForAll @DoubleRange(min = 0, max = 0.9) double persistence) {
        ShockModel shocks = new ShockModel(sigmaD, sigmaO, rho, persistence, Double.POSITIVE_INFINITY, 0, 0);
        ClosedForm slow =
                ClosedForm.of(MonteCarloAgainstClosedFormTest.plan(digitalGrowth, otherGrowth, TARGETS), shocks);
        ClosedForm fast = ClosedForm.of(
                MonteCarloAgainstClosedFormTest.plan(digitalGrowth + extra, otherGrowth, TARGETS), shocks);
        for (Target t : TARGETS) {
            double p = slow.probability((ShareTarget) t);
            double q = fast.probability((ShareTarget) t);
            assertTrue(p >= 0 && p <= 1, "probability " + p);
            assertTrue(q >= p, "faster digital growth cannot lower P(" + t.label() + "): " + p + " -> " + q);
        }
    }

    @Property(seed = "20291231", tries = 40)
    void simulatedFanBandsAreOrderedAndContainTheMedian(
            @ForAll @DoubleRange(min = -0.1, max = 0.2) double digitalGrowth,
            @ForAll @DoubleRange(min = 0.001, max = 0.3) @Scale(4) double sigmaD,
            @ForAll @DoubleRange(min = 0.001, max = 0.3) @Scale(4) double sigmaO,
            @ForAll @DoubleRange(min = -1, max = 1) double rho,
            @ForAll @IntRange(min = 3, max = 30) int df) {
        ShockModel shocks = new ShockModel(sigmaD, sigmaO, rho, 0.2, df, 0.01, 0.01);
        MonteCarloSummary mc = MonteCarlo.withDefaults()
                .withPaths(4000)
                .withThreads(1)
                .run(MonteCarloAgainstClosedFormTest.plan(digitalGrowth, 0.04, TARGETS), shocks, 11);
        int median = QuantileLevels.medianIndex();
        for (double[] year : mc.shareQuantiles()) {
            for (int j = 1; j < year.length; j++) {
                assertTrue(year[j] >= year[j - 1], "quantiles non-decreasing");
            }
            assertTrue(
                    year[0] <= year[median] && year[median] <= year[year.length - 1],
                    "the 90 % band contains the median");
            assertTrue(year[0] > 0 && year[year.length - 1] < 1, "shares inside (0, 1)");
        }
        for (int i = 0; i < TARGETS.size(); i++) {
            assertTrue(mc.probability(i) >= 0 && mc.probability(i) <= 1);
        }
    }
}
