package org.targetcast.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

class ComponentHistoryTest {
    private static final ComponentHistory H = new ComponentHistory(
            "X",
            "USD",
            AnnualSeries.contiguous("x.digital", 2010, 10, 11, 12, 13),
            AnnualSeries.contiguous("x.total", 2010, 30, 31, 32, 33),
            Map.of(2011, Set.of(ValueFlag.values()[0]), 2013, Set.of(ValueFlag.values()[0])));

    @Test
    void upToKeepsTheYearsAndFlagsUpToTheCut() {
        ComponentHistory cut = H.upTo(2012);
        assertEquals(2010, cut.firstYear());
        assertEquals(2012, cut.lastYear());
        assertEquals(12, cut.digital().lastValue());
        assertEquals(20, cut.other().lastValue());
        assertEquals(Set.of(2011), cut.flags().keySet());
        assertEquals("X", cut.economy());
        assertTrue(cut.flagsOf(2013).isEmpty());
    }

    @Test
    void upToTheLastYearOrLaterIsTheHistoryItself() {
        assertSame(H, H.upTo(2013));
        assertSame(H, H.upTo(2030));
        assertEquals(1, H.upTo(2010).digital().size());
    }

    @Test
    void upToBeforeTheFirstYearIsRejected() {
        ModelException e = assertThrows(ModelException.class, () -> H.upTo(2009));
        assertTrue(e.getMessage().contains("starts in 2010"), e.getMessage());
    }
}
