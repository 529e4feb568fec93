package org.targetcast.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;

class UncertaintySpecTest {
    @Test
    void nineArgumentConstructorMeansNoVarianceScale() {
        UncertaintySpec u =
                new UncertaintySpec(UncertaintySpec.Method.AUTO, 1000, 1L, 0.05, null, null, 0, false, null);
        assertEquals(1.0, u.varianceScale());
        assertEquals(1.0, UncertaintySpec.defaults().varianceScale());
    }

    @Test
    void copiesKeepTheVarianceScale() {
        UncertaintySpec u = UncertaintySpec.defaults().withVarianceScale(2.5);
        assertEquals(2.5, u.varianceScale());
        assertEquals(2.5, u.withRun(5000, 3L).varianceScale());
        assertEquals(2.5, u.withMethod(UncertaintySpec.Method.MONTECARLO).varianceScale());
    }

    @Test
    void rejectsAVarianceScaleThatIsNotPositive() {
        for (double k : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            ModelException e = assertThrows(
                    ModelException.class, () -> UncertaintySpec.defaults().withVarianceScale(k));
            assertTrue(e.getMessage().startsWith("uncertainty.variance_scale = "), e.getMessage());
        }
    }
}
