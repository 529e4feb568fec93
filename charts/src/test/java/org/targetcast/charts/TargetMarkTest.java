package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetMarkTest {
    @Test
    void hasNoProbabilityUnlessGivenOne() {
        TargetMark t = TargetMark.of(2029, 0.45);
        assertFalse(t.hasProbability());
        assertTrue(Double.isNaN(t.probability()));
        assertEquals("Target 45% in 2029", t.labelIn(Labels.of(Lang.EN)));
    }

    @Test
    void defaultLabelCarriesTheProbabilityInBothLanguages() {
        TargetMark t = TargetMark.of(2029, 0.45).withProbability(0.23);
        assertTrue(t.hasProbability());
        assertEquals(0.23, t.probability());
        assertEquals("Target 45% in 2029: P(in 2029) = 23%", t.labelIn(Labels.of(Lang.EN)));
        assertEquals("2029年目标 45%：当年达标概率 23%", t.labelIn(Labels.of(Lang.ZH)));
    }

    @Test
    void ownLabelWinsOverTheDefaultWithProbability() {
        TargetMark t = TargetMark.of(2029, 0.45).withProbability(0.23).withLabel("Plan 2029");
        assertEquals("Plan 2029", t.labelIn(Labels.of(Lang.EN)));
        assertEquals(0.23, t.probability());
    }

    @Test
    void rejectsAProbabilityOutsideTheUnitIntervalNamingTheYear() {
        ChartException e = assertThrows(
                ChartException.class, () -> TargetMark.of(2035, 0.5).withProbability(23));
        assertEquals(
                "probability of the 2035 target = 23.0 is outside [0, 1]; probabilities are fractions, e.g. 0.23",
                e.getMessage());
        assertThrows(ChartException.class, () -> TargetMark.of(2035, 0.5).withProbability(Double.NaN));
    }
}
