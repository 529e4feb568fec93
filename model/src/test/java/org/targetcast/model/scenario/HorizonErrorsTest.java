package org.targetcast.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;

/**
 * The errors' quantile function against Python's {@code statistics.quantiles(method='inclusive')} (R's type
 * 7; horizon-errors.py beside this test prints the reference values), its inverse, and the rule for the
 * horizons without errors of their own.
 */
class HorizonErrorsTest {
    /** The sample of horizon-errors.py, in another order: sorting is the class's job. */
    static final double[] SAMPLE = {
        0.62, -0.12, 0.05, -0.44, 0.27, 0.09, -0.03, 0.31, -0.21, 0.14, 0.0, 0.18, -0.35, 0.41, 0.07, -0.08, 0.23, 0.11,
        -0.16, 0.52, 0.02, -0.27
    };

    /** statistics.quantiles(SAMPLE, n=10, method='inclusive'), printed by horizon-errors.py. */
    static final double[] DECILES = {-0.264, -0.152, -0.065, 0.008, 0.06, 0.102, 0.168, 0.262, 0.4};

    @Test
    void decilesMatchTheInclusiveMethod() {
        HorizonErrors e = HorizonErrors.of(Map.of(1, SAMPLE));
        for (int i = 0; i < DECILES.length; i++) {
            assertEquals(DECILES[i], e.quantile(1, (i + 1) / 10.0), 1e-12, "decile " + (i + 1));
        }
        assertEquals(-0.44, e.quantile(1, 0), 0);
        assertEquals(0.62, e.quantile(1, 1), 0);
    }

    @Test
    void varianceIsTheSampleVarianceSpreadWithTime() {
        HorizonErrors e = HorizonErrors.of(Map.of(1, SAMPLE));
        // statistics.variance(SAMPLE), printed by horizon-errors.py
        assertEquals(0.07243463203463203, e.variance(1), 1e-15);
        assertEquals(4 * 0.07243463203463203, e.variance(4), 1e-15);
    }

    @Test
    void scalingMultipliesEveryErrorAndKeepsTheShape() {
        HorizonErrors e = HorizonErrors.of(Map.of(1, SAMPLE));
        HorizonErrors twice = e.scaled(2);
        for (double p : new double[] {0, 0.1, 0.5, 0.93, 1}) {
            assertEquals(2 * e.quantile(1, p), twice.quantile(1, p), 1e-15);
        }
        assertEquals(e, e.scaled(1));
        assertThrows(ModelException.class, () -> e.scaled(0));
    }

    @Test
    void manyQuantilesAtOnceAreTheOneAtATimeOnes() {
        Random r = new Random(3);
        double[] h2 = new double[25];
        for (int i = 0; i < h2.length; i++) {
            h2[i] = r.nextGaussian();
        }
        HorizonErrors e = HorizonErrors.of(Map.of(1, SAMPLE, 2, h2));
        double[] p = {0, 0.013, 0.1, 0.5, 0.77, 0.999, 1};
        for (int h : new int[] {1, 2, 7}) {
            double[] q = e.quantiles(h, p);
            for (int i = 0; i < p.length; i++) {
                assertEquals(e.quantile(h, p[i]), q[i], 0, "horizon " + h + ", p " + p[i]);
            }
        }
    }

    @Test
    void theDistributionFunctionInvertsTheQuantiles() {
        HorizonErrors e = HorizonErrors.of(Map.of(1, SAMPLE));
        for (int i = 0; i <= 200; i++) {
            double p = i / 200.0;
            assertEquals(p, e.cdf(1, e.quantile(1, p)), 1e-12, "p = " + p);
        }
        assertEquals(0, e.cdf(1, -0.45), 0);
        assertEquals(1, e.cdf(1, 0.62), 0);
        assertEquals(1, e.cdf(1, 5), 0);
    }

    @Test
    void tiedErrorsGiveAMonotoneDistributionFunction() {
        double[] x = new double[30];
        for (int i = 0; i < x.length; i++) {
            x[i] = i < 10 ? 0 : i < 20 ? 0.1 : 0.2 + i / 100.0;
        }
        HorizonErrors e = HorizonErrors.of(Map.of(2, x));
        double last = -1;
        for (double v = -0.1; v <= 0.6; v += 0.001) {
            double f = e.cdf(2, v);
            assertTrue(f >= last && f >= 0 && f <= 1, v + ": " + f + " after " + last);
            last = f;
        }
        assertEquals(19 / 29.0, e.cdf(2, 0.1), 1e-12, "the last of the tied errors");
    }

    @Test
    void aHorizonWithTooFewErrorsTakesTheReferenceHorizonsSpreadWithTime() {
        Random r = new Random(1);
        double[] h3 = new double[40];
        for (int i = 0; i < h3.length; i++) {
            h3[i] = r.nextGaussian() * 0.2;
        }
        HorizonErrors e = HorizonErrors.of(Map.of(1, SAMPLE, 3, h3, 4, new double[] {5, 6, 7}));
        assertEquals(3, e.reference());
        assertTrue(e.ownAt(1) && e.ownAt(3));
        assertFalse(e.ownAt(4));
        for (int h : new int[] {4, 10}) {
            double stretch = Math.sqrt(h / 3.0);
            assertEquals(stretch, e.stretch(h), 1e-15);
            for (double p : new double[] {0.1, 0.5, 0.9}) {
                assertEquals(stretch * e.quantile(3, p), e.quantile(h, p), 1e-12);
                assertEquals(p, e.cdf(h, e.quantile(h, p)), 1e-12);
            }
        }
        assertEquals(3 + 40 + 22, e.count());
    }

    @Test
    void tooFewErrorsAtEveryHorizonAreNone() {
        assertTrue(HorizonErrors.of(Map.of(1, new double[] {1, 2, 3})).isEmpty());
        assertEquals(HorizonErrors.none(), HorizonErrors.of(Map.of()));
        assertThrows(IllegalStateException.class, () -> HorizonErrors.none().quantile(1, 0.5));
    }

    @Test
    void badErrorsAreRefused() {
        assertThrows(ModelException.class, () -> HorizonErrors.of(Map.of(0, SAMPLE)));
        double[] bad = SAMPLE.clone();
        bad[3] = Double.NaN;
        assertThrows(ModelException.class, () -> HorizonErrors.of(Map.of(1, bad)));
        HorizonErrors e = HorizonErrors.of(Map.of(1, SAMPLE));
        assertThrows(ModelException.class, () -> e.quantile(1, 1.5));
    }

    @Test
    void equalErrorsAreEqualWhateverTheirOrder() {
        double[] reversed = new double[SAMPLE.length];
        for (int i = 0; i < SAMPLE.length; i++) {
            reversed[i] = SAMPLE[SAMPLE.length - 1 - i];
        }
        assertEquals(HorizonErrors.of(Map.of(1, SAMPLE)), HorizonErrors.of(Map.of(1, reversed)));
        assertEquals(
                HorizonErrors.of(Map.of(1, SAMPLE)).hashCode(),
                HorizonErrors.of(Map.of(1, reversed)).hashCode());
    }
}
