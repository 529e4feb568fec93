package org.targetcast.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.targetcast.model.data.ObservationTest.level;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChinaHistoriesTest {
    private static final String MOFCOM = "digitally_deliverable_mofcom";
    private static final String KI = "knowledge_intensive_mofcom";

    /** UNCTAD 2010-2014: digital 80 + 10 i, total 400 + 20 i; a MOFCOM level for 2012; MOFCOM totals 2015-2016. */
    private static List<Observation> rows() {
        List<Observation> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int y = 2010 + i;
            rows.add(level("China", y, "digitally_deliverable_unctad", "exports", 40 + 5 * i, Quality.A, ""));
            rows.add(level("China", y, "digitally_deliverable_unctad", "imports", 40 + 5 * i, Quality.A, ""));
            rows.add(level("China", y, "services_total_unctad", "exports", 200 + 10 * i, Quality.A, ""));
            rows.add(level("China", y, "services_total_unctad", "imports", 200 + 10 * i, Quality.A, ""));
        }
        rows.add(level("China", 2012, MOFCOM, "total", 120, Quality.B, ""));
        rows.add(level("China", 2015, "services_total", "total", 500, Quality.B, ""));
        rows.add(level("China", 2016, "services_total", "total", 520, Quality.D, "secondary: digest"));
        return rows;
    }

    private static Observation growth(int year, double percent, Quality q) {
        return new Observation(
                "China",
                year,
                MOFCOM,
                "total",
                Observation.GROWTH,
                "percent",
                percent,
                "G" + year,
                q,
                q == Quality.D ? "secondary: digest" : "");
    }

    private static Observation share(String series, int year, double percent) {
        return new Observation(
                "China",
                year,
                series,
                "total",
                "share_of_trade",
                "percent",
                percent,
                "P" + year,
                Quality.B,
                "denominator=services_trade_total");
    }

    @Test
    void publishedGrowthCarriesMofcomLevelsBeforeAnyOtherSeries() {
        List<Observation> rows = rows();
        rows.add(growth(2012, 20, Quality.C)); // 2011 = 120 / 1.2
        rows.add(growth(2011, 25, Quality.C)); // 2010 = 100 / 1.25
        rows.add(growth(2013, -10, Quality.C)); // 2013 = 120 * 0.9
        ComponentHistory h = HistoryBuilder.of(Dataset.of(rows)).china();
        assertArrayEquals(new double[] {80, 100, 120, 108, 120}, h.digital().values(), 1e-9);
        assertEquals(Set.of(ValueFlag.PUBLISHED_GROWTH), h.flagsOf(2010));
        assertEquals(Set.of(ValueFlag.PUBLISHED_GROWTH), h.flagsOf(2013));
        assertEquals(Set.of(ValueFlag.OTHER_BASIS), h.flagsOf(2014));
        assertEquals(Set.of("G2011", "G2012", "S99"), h.digitalSources().get(2010));
        assertEquals(List.of(2010, 2011, 2013, 2014), List.copyOf(h.estimatedYears()));
    }

    @Test
    void aPublishedShareSetsTheShareWhereNoLevelOrGrowthExists() {
        List<Observation> rows = rows();
        rows.add(share(KI, 2011, 30));
        rows.add(share(MOFCOM, 2013, 35));
        rows.add(share(KI, 2013, 99));
        rows.add(share(KI, 2012, 10)); // a level exists: the share does not replace it
        ComponentHistory h = HistoryBuilder.of(Dataset.of(rows)).china();
        assertEquals(0.30, h.share().valueAt(2011).orElseThrow(), 1e-12);
        assertEquals(0.35, h.share().valueAt(2013).orElseThrow(), 1e-12, "the digitally deliverable share comes first");
        assertEquals(120, h.digital().valueAt(2012).orElseThrow(), 1e-12);
        assertEquals(Set.of(ValueFlag.PUBLISHED_SHARE), h.flagsOf(2011));
        assertEquals("P2011 / S99", h.sourcesOf(2011));
    }

    @Test
    void unctadBasisExtendsPastUnctadWithPublishedGrowthThenChainLinks() {
        List<Observation> rows = rows();
        rows.add(level("China", 2014, MOFCOM, "total", 200, Quality.B, ""));
        rows.add(level("China", 2016, MOFCOM, "total", 260, Quality.B, ""));
        rows.add(growth(2015, 10, Quality.B));
        ComponentHistory h = HistoryBuilder.of(Dataset.of(rows)).history("china@unctad");
        assertEquals(2016, h.lastYear());
        // 2014 UNCTAD 120; 2015 = 120 * 1.10; 2016 has no growth: MOFCOM 260 * (UNCTAD 120 / MOFCOM 200 in 2014)
        assertEquals(132, h.digital().valueAt(2015).orElseThrow(), 1e-9);
        assertEquals(260 * 0.6, h.digital().valueAt(2016).orElseThrow(), 1e-9);
        assertArrayEquals(new double[] {500, 520}, new double[] {
            h.total().valueAt(2015).orElseThrow(), h.total().valueAt(2016).orElseThrow()
        });
        assertEquals(Set.of(ValueFlag.PUBLISHED_GROWTH, ValueFlag.OTHER_SOURCE), h.flagsOf(2015));
        assertEquals(Set.of(ValueFlag.CHAIN_LINKED, ValueFlag.OTHER_SOURCE, ValueFlag.SECONDARY), h.flagsOf(2016));
        assertEquals(Set.of(), h.flagsOf(2014));
        assertEquals(Basis.UNCTAD, Basis.ofHistory(h.economy()));
    }
}
