package org.targetcast.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.targetcast.model.simulation.ProbabilityMethod;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.Likelihood;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import org.targetcast.model.target.Verdict;

class AssessmentTest {
    private static final ShareTarget IN_2029 = new ShareTarget(2029, 0.45, false);
    private static final ShareTarget BY_2029 = new ShareTarget(2029, 0.45, true);
    private static final Provenance PROVENANCE =
            new Provenance("1.0", "data.csv", "ab".repeat(32), "s.yaml", "cd".repeat(32), 1000, 7);

    private static Verdict verdict(Target t) {
        return new Verdict(t, 0.42, -3, false, OptionalInt.empty(), 0.11, Optional.empty());
    }

    private static TargetOutlook outlook(Target t, double p) {
        return new TargetOutlook(
                t,
                p,
                0,
                ProbabilityMethod.ANALYTIC,
                p,
                p,
                0.001,
                new double[] {0.1, 0.2, 0.3, 0.4, 0.0},
                2025,
                List.of());
    }

    @Test
    void aVerdictIsNeverPairedWithTheOutlookOfAnotherTarget() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new TargetAssessment(
                        verdict(IN_2029), Optional.of(outlook(new ShareTarget(2035, 0.5, false), 0.4))));
        assertTrue(e.getMessage().contains("paired with the verdict on share >= 45% in 2029"), e.getMessage());
    }

    @Test
    void namesBothReadingsTheirMethodAndTheLikelihood() {
        TargetAssessment in = new TargetAssessment(verdict(IN_2029), Optional.of(outlook(IN_2029, 0.40)));
        assertEquals(0.40, in.probability());
        assertEquals(0.1 + 0.2 + 0.3 + 0.4, in.reachedBy(), 1e-12, "latest observed year 2025 to 2029");
        assertEquals(Optional.of(ProbabilityMethod.ANALYTIC), in.method());
        assertEquals(Optional.of(Likelihood.ABOUT_EVEN), in.likelihood());
        assertTrue(!in.headlineIsReachedBy());
        assertTrue(new TargetAssessment(verdict(BY_2029), Optional.empty()).headlineIsReachedBy());
    }

    @Test
    void aDeterministicAssessmentHasVerdictsWithoutProbabilities() {
        GrowthTarget growth = new GrowthTarget(2025, 2029, 0);
        Assessment a = Assessment.of("baseline", List.of(verdict(IN_2029), verdict(growth)), null, PROVENANCE);
        assertEquals(
                List.of(IN_2029, growth),
                a.targets().stream().map(TargetAssessment::target).toList());
        assertTrue(Double.isNaN(a.targets().get(0).probability()));
        assertEquals(Optional.empty(), a.targets().get(1).likelihood());
        assertEquals("cdcdcdcdcdcd", a.provenance().shortScenarioHash());
    }

    @Test
    void methodsAreWrittenByTheirKeys() {
        assertEquals("analytic", ProbabilityMethod.ANALYTIC.key());
        assertEquals("montecarlo", ProbabilityMethod.MONTECARLO.key());
    }
}
