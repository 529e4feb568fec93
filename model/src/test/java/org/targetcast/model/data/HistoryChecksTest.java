package org.targetcast.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.targetcast.model.data.ObservationTest.level;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link PublishedShareCheck} and {@link EstimateCheck} on a small China dataset. */
class HistoryChecksTest {
    private static final String MOFCOM = "digitally_deliverable_mofcom";

    /** UNCTAD 2010-2013: digital 80 + 10 i over total 400 + 20 i; MOFCOM's level 2012 = 120 (share 27.3 %). */
    private static List<Observation> rows() {
        List<Observation> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int y = 2010 + i;
            rows.add(level("China", y, "digitally_deliverable_unctad", "exports", 40 + 5 * i, Quality.A, ""));
            rows.add(level("China", y, "digitally_deliverable_unctad", "imports", 40 + 5 * i, Quality.A, ""));
            rows.add(level("China", y, "services_total_unctad", "exports", 200 + 10 * i, Quality.A, ""));
            rows.add(level("China", y, "services_total_unctad", "imports", 200 + 10 * i, Quality.A, ""));
        }
        rows.add(level("China", 2012, MOFCOM, "total", 120, Quality.B, ""));
        rows.add(share(MOFCOM, 2012, 30, "A1"));
        rows.add(share(MOFCOM, 2012, 30, "A2"));
        rows.add(share("knowledge_intensive_mofcom", 2012, 27.5, "K1"));
        rows.add(share("knowledge_intensive_mofcom", 2013, 25, "K2"));
        return rows;
    }

    private static Observation share(String series, int year, double percent, String source) {
        return new Observation(
                "China",
                year,
                series,
                "total",
                "share_of_trade",
                "percent",
                percent,
                source,
                Quality.B,
                "denominator=services_trade_total");
    }

    @Test
    void everyPublishedShareIsComparedOnceAndAGapIsExplained() {
        Dataset d = Dataset.of(rows());
        HistoryBuilder b = HistoryBuilder.of(d);
        List<PublishedShareCheck> checks = PublishedShareCheck.of(d, b.china(), b.unctad("China"));
        assertEquals(3, checks.size(), checks.toString());
        PublishedShareCheck off = checks.get(0);
        assertEquals(Set.of("A1", "A2"), off.sources());
        assertEquals(100 * 120.0 / 440, off.computed(), 1e-9);
        assertFalse(off.reproduced());
        assertEquals(
                "120.0 (S99) / 440.0 (S99) = 27.3%; 30.0% needs a total of 400.0 (-9.1%) or a digital level of "
                        + "132.0 (+10.0%); UNCTAD's own share 22.7%",
                off.explanation());
        PublishedShareCheck ki = checks.get(1);
        assertTrue(ki.reproduced());
        assertEquals("", ki.explanation());
        assertEquals(27.5 - 100 * 120.0 / 440, -ki.gap(), 1e-9);
    }

    @Test
    void estimatedYearsAreComparedWithTheShareTheyStandOn() {
        Dataset d = Dataset.of(rows());
        HistoryBuilder b = HistoryBuilder.of(d);
        ComponentHistory h = b.china();
        List<EstimateCheck> checks = EstimateCheck.of(d, h, b.unctad("China"));
        assertEquals(
                List.of(2010, 2011, 2013),
                checks.stream().map(EstimateCheck::year).toList());
        assertEquals("unctad:China", checks.get(0).reference());
        assertEquals(0, checks.get(0).gap(), 1e-12);
        EstimateCheck published = checks.get(2);
        assertEquals("K2", published.reference());
        assertEquals(25, published.share(), 1e-9);
        assertTrue(published.withinTolerance());
        assertTrue(published.flags().contains(ValueFlag.PUBLISHED_SHARE));
    }
}
