package org.targetcast.model.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.series.AnnualSeries;

class PanelScreenTest {
    /** Four years, digital 30-33 of total 100, the digital values from the sources given year by year. */
    private static ComponentHistory history(String name, String... digitalSources) {
        Map<Integer, Set<String>> d = new TreeMap<>();
        Map<Integer, Set<String>> t = new TreeMap<>();
        for (int i = 0; i < digitalSources.length; i++) {
            d.put(2010 + i, Set.of(digitalSources[i]));
            t.put(2010 + i, Set.of("S25"));
        }
        return new ComponentHistory(
                name,
                "USD_100m",
                AnnualSeries.contiguous(name + ".digital", 2010, new double[] {30, 31, 32, 33}),
                AnnualSeries.contiguous(name + ".total", 2010, new double[] {100, 100, 100, 100}),
                Map.of(),
                d,
                t);
    }

    @Test
    void refusesEachBadHistoryWithItsReasonAndKeepsTheRest() {
        Map<String, ComponentHistory> built = Map.of(
                "unctad:A", history("unctad:A", "S24", "S24", "S24", "S24"),
                "unctad:B", history("unctad:B", "S24", "S24", "S28", "S28"),
                "china", history("china", "S05", "S14", "S24", "S24"));
        PanelScreen.Result r = PanelScreen.screen(
                List.of("china", "unctad:A", "unctad:B", "unctad:C", "unctad:D"),
                name -> {
                    if (name.equals("unctad:C")) {
                        throw ModelException.of("history unctad:C, year 2012: C has no services_total_unctad");
                    }
                    if (name.equals("unctad:D")) {
                        // digital above total in 2011: the history cannot be built
                        return new ComponentHistory(
                                name,
                                "USD_100m",
                                AnnualSeries.contiguous("d", 2010, new double[] {30, 120}),
                                AnnualSeries.contiguous("t", 2010, new double[] {100, 100}),
                                Map.of());
                    }
                    return built.get(name);
                },
                name -> name.startsWith("unctad:"));
        // China combines sources on purpose and is kept; A has one source per component
        assertEquals(
                List.of("china", "unctad:A"),
                r.kept().stream().map(ComponentHistory::economy).toList());
        assertEquals(3, r.refused().size());
        assertEquals("unctad:B", r.refused().get(0).history());
        assertEquals(
                "vintage break: digital from S24 (2010-2011), S28 (2012-2013)",
                r.refused().get(0).reason());
        assertEquals("unctad:C", r.refused().get(1).history());
        assertTrue(
                r.refused().get(1).reason().contains("year 2012"),
                r.refused().get(1).reason());
        assertEquals("unctad:D", r.refused().get(2).history());
        assertTrue(
                r.refused().get(2).reason().contains("below total"),
                r.refused().get(2).reason());
    }

    @Test
    void aVintageBreakNamesEveryRunOfYears() {
        assertNull(PanelScreen.vintageBreak(history("x", "S24", "S24", "S24", "S24")));
        assertEquals(
                "vintage break: digital from S24 (2010, 2012-2013), S27 (2011)",
                PanelScreen.vintageBreak(history("x", "S24", "S27", "S24", "S24")));
    }
}
