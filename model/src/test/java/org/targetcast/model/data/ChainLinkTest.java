package org.targetcast.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;

class ChainLinkTest {

    @Test
    void ratioIsExactAtAnchorsLinearBetweenAndFlatOutside() {
        ChainLink link = ChainLink.of(Map.of(2015, 120.0, 2019, 200.0), Map.of(2014, 90.0, 2015, 100.0, 2019, 200.0));
        assertEquals(1.2, link.ratioAt(2015), 1e-12);
        assertEquals(1.0, link.ratioAt(2019), 1e-12);
        assertEquals(1.15, link.ratioAt(2016), 1e-12);
        assertEquals(1.05, link.ratioAt(2018), 1e-12);
        assertEquals(1.2, link.ratioAt(2010), 1e-12);
        assertEquals(1.0, link.ratioAt(2030), 1e-12);
    }

    @Test
    void needsAYearWithBothLevels() {
        assertThrows(ModelException.class, () -> ChainLink.of(Map.of(2015, 1.0), Map.of(2016, 1.0)));
    }
}
