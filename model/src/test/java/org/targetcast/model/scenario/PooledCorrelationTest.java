package org.targetcast.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PooledCorrelationTest {
    /** Reference values from pooled-correlation.R (base R, beside this test's resources). */
    @Test
    void matchesTheDerSimonianLairdCentreAndTheShrinkageComputedInR() {
        PooledCorrelation p = PooledCorrelation.of(new double[] {0.9, 0.6, -0.5, 0.45}, new int[] {20, 10, 12, 18});
        assertEquals(0.540383351504757, p.centre(), 1e-12);
        assertEquals(0.631505534496987, p.betweenVariance(), 1e-12);
        assertEquals(4, p.economies());
        assertEquals(0.817849452628640, p.shrink(0.9, 6), 1e-12);
    }

    @Test
    void moreEvidenceMovesLessAndAgreeingEconomiesPoolFully() {
        PooledCorrelation p = PooledCorrelation.of(new double[] {0.9, 0.6, -0.5, 0.45}, new int[] {20, 10, 12, 18});
        double few = p.shrink(0.0, 6);
        double many = p.shrink(0.0, 60);
        assertTrue(few > many && many > 0, few + " " + many);
        PooledCorrelation same = PooledCorrelation.of(new double[] {0.3, 0.31, 0.29}, new int[] {15, 15, 15});
        assertEquals(0, same.betweenVariance(), 0);
        assertEquals(Math.tanh(same.centre()), same.shrink(0.9, 15), 1e-12);
    }

    @Test
    void withoutAPanelTheOwnEstimateStands() {
        assertFalse(PooledCorrelation.none().present());
        assertEquals(0.42, PooledCorrelation.none().shrink(0.42, 10), 0);
        assertFalse(PooledCorrelation.of(new double[] {0.5}, new int[] {20}).present());
        assertFalse(
                PooledCorrelation.of(new double[] {0.5, 0.4}, new int[] {3, 2}).present());
    }
}
