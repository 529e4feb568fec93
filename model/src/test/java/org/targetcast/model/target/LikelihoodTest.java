package org.targetcast.model.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LikelihoodTest {
    @Test
    void eachProbabilityGetsTheNarrowestWordOfTheIpccScale() {
        assertEquals(Likelihood.VERY_UNLIKELY, Likelihood.of(0));
        assertEquals(Likelihood.VERY_UNLIKELY, Likelihood.of(0.0999));
        assertEquals(Likelihood.UNLIKELY, Likelihood.of(0.10));
        assertEquals(Likelihood.UNLIKELY, Likelihood.of(0.3299));
        assertEquals(Likelihood.ABOUT_EVEN, Likelihood.of(0.33));
        assertEquals(Likelihood.ABOUT_EVEN, Likelihood.of(0.6599));
        assertEquals(Likelihood.LIKELY, Likelihood.of(0.66));
        assertEquals(Likelihood.LIKELY, Likelihood.of(0.8999));
        assertEquals(Likelihood.VERY_LIKELY, Likelihood.of(0.90));
        assertEquals(Likelihood.VERY_LIKELY, Likelihood.of(1));
    }

    @Test
    void rejectsWhatIsNotAProbability() {
        assertThrows(IllegalArgumentException.class, () -> Likelihood.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Likelihood.of(-0.01));
        assertThrows(IllegalArgumentException.class, () -> Likelihood.of(1.01));
    }
}
