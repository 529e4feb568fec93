package org.targetcast.model.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Against closed forms computed apart (Python's statistics.NormalDist; the Student-t quantile
 * t₃(0.9) = 1.6377443536962102 as R's {@code qt(0.9, 3)} prints it).
 */
class ScoredCheckTest {
    @Test
    void aGaussianBandItsMissAndItsIntervalScore() {
        // L ~ N(0, 1): the 80 % band of the share is logistic(±Φ⁻¹(0.9)); the outcome L = 2 lies above it
        ScoredCheck c = new ScoredCheck("x", 2019, 1, 2, 0, 1, Double.POSITIVE_INFINITY);
        assertEquals(0.2172862285406445, c.shareQuantile(0.1), 1e-12);
        assertEquals(0.7827137714593555, c.shareQuantile(0.9), 1e-12);
        assertEquals(0.9772498680518208, c.pit(), 1e-12);
        assertTrue(c.above(0.8));
        assertFalse(c.below(0.8));
        assertFalse(c.covered(0.8));
        // width + (2/0.2)(s − u)
        assertEquals(1.5462606081039791, c.intervalScore(0.8), 1e-12);
        // inside the 95 % band (|z| = 2 < 1.96? no: 2 > 1.96, above it too)
        assertTrue(c.above(0.95));
        assertTrue(c.covered(0.99));
    }

    @Test
    void aStudentTQuantile() {
        ScoredCheck c = new ScoredCheck("x", 2019, 2, -1, -1, 0.5, 3);
        assertEquals(0.4548414375892226, c.shareQuantile(0.9), 1e-9);
        assertEquals(0.5, c.pit(), 1e-12);
        assertTrue(c.covered(0.5) && c.covered(0.8));
        assertEquals(2021, c.year());
    }

    @Test
    void evidenceCountsMissesOnEachSideAndBinsThePit() {
        List<ScoredCheck> checks = new ArrayList<>();
        // 10 origins, 10 checks each: z = -3 (below every band), 0 (inside), +3 (above) in 1 : 8 : 1
        for (int o = 2010; o < 2020; o++) {
            checks.add(new ScoredCheck("a", o, 1, -3, 0, 1, Double.POSITIVE_INFINITY));
            for (int i = 0; i < 8; i++) {
                checks.add(new ScoredCheck("a", o, 1 + i % 3, 0, 0, 1, Double.POSITIVE_INFINITY));
            }
            checks.add(new ScoredCheck("b", o, 2, 3, 0, 1, Double.POSITIVE_INFINITY));
        }
        BandEvidence e = BandEvidence.of(checks);
        assertEquals(100, e.count());
        assertEquals(0.8, e.coverage(0.8, 0).estimate(), 1e-12);
        assertEquals(0.1, e.below(0.8).estimate(), 1e-12);
        assertEquals(0.1, e.above(0.8).estimate(), 1e-12);
        // every origin is alike, so every replicate gives the same rate
        assertEquals(0.1, e.below(0.8).lower(), 1e-12);
        assertEquals(0.1, e.below(0.8).upper(), 1e-12);
        // horizon 1: 10 misses below and 30 inside
        assertEquals(40, e.count(1));
        assertEquals(0.75, e.coverage(0.8, 1).estimate(), 1e-12);
        assertArrayEquals(new int[] {10, 0, 0, 0, 0, 80, 0, 0, 0, 10}, e.pitHistogram());
        assertArrayEquals(new int[] {2010, 2019}, e.origins());
    }
}
