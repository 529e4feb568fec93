package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.targetcast.charts.Lang;
import org.targetcast.model.simulation.FamilyProbability;
import org.targetcast.model.simulation.ProbabilityMethod;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.ShareTarget;

class ProbabilityTextTest {
    private static TargetOutlook outlook(double p, List<FamilyProbability> families) {
        return new TargetOutlook(
                new ShareTarget(2029, 0.45, false),
                p,
                0,
                ProbabilityMethod.ANALYTIC,
                p,
                p,
                0.001,
                new double[] {0.1, 0.2, 0.7},
                2025,
                families);
    }

    @Test
    void probabilitiesReadAsWholePercentsNeverAsZeroOrHundredInside() {
        assertEquals("40%", ProbabilityText.percent(0.4012));
        assertEquals("<1%", ProbabilityText.percent(0.004));
        assertEquals("0%", ProbabilityText.percent(0));
        assertEquals(">99%", ProbabilityText.percent(0.996));
        assertEquals("100%", ProbabilityText.percent(1));
        assertEquals("n/a", ProbabilityText.percent(Double.NaN));
    }

    @Test
    void theModelRangeIsShownOnlyWhenItIsWiderThanTheValue() {
        TargetOutlook single = outlook(0.401, List.of());
        assertFalse(ProbabilityText.hasRange(single));
        assertEquals("40%", ProbabilityText.withRange(single, Lang.EN));
        assertEquals("about 40%", ProbabilityText.about(single, Lang.EN));
        TargetOutlook averaged = outlook(
                0.301,
                List.of(
                        new FamilyProbability("drift", 0.6, 0.21, 0.3),
                        new FamilyProbability("loglinear", 0.4, 0.404, 0.5),
                        new FamilyProbability("damped", 0, 0.9, 0.9)));
        assertTrue(ProbabilityText.hasRange(averaged));
        assertEquals("30% (models 21–40%)", ProbabilityText.withRange(averaged, Lang.EN));
        assertEquals("about 30% (models 21–40%)", ProbabilityText.about(averaged, Lang.EN));
        assertEquals("30% (21–40%)", ProbabilityText.compact(averaged));
        assertEquals("约30%（模型区间21–40%）", ProbabilityText.about(averaged, Lang.ZH));
    }

    @Test
    void theExactAgainstSimulatedCheckKeepsItsDecimals() {
        assertEquals("exact 40.10%, simulated 40.10% ± 0.10", ProbabilityText.check(outlook(0.401, List.of())));
    }
}
