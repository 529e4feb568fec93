package org.targetcast.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.Basis;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.data.Dataset;
import org.targetcast.model.data.EstimateCheck;
import org.targetcast.model.data.HistoryBuilder;
import org.targetcast.model.data.PublishedShareCheck;
import org.targetcast.model.data.ValueFlag;

/** End to end: the shipped CSV, read and built into the default China history. */
class ChinaHistoryTest {
    private static final Dataset DATA = DataCsvReader.read(ShippedData.OBSERVATIONS);
    private static final ComponentHistory CHINA = HistoryBuilder.of(DATA).china();
    private static final ComponentHistory UNCTAD = HistoryBuilder.of(DATA).unctad("China");
    private static final String MOFCOM = "digitally_deliverable_mofcom";
    private static final String KI = "knowledge_intensive_mofcom";

    private static double sharePercent(int year) {
        return 100 * CHINA.share().valueAt(year).orElseThrow();
    }

    private static PublishedShareCheck check(int year, String series, double published) {
        return PublishedShareCheck.of(DATA, CHINA, UNCTAD).stream()
                .filter(c -> c.year() == year && c.series().equals(series) && c.published() == published)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no published share " + published + " for " + year));
    }

    private static void assertReproduced(int year, String series, double published) {
        PublishedShareCheck c = check(year, series, published);
        assertEquals(published, sharePercent(year), PublishedShareCheck.TOLERANCE_PP, "share in " + year);
        assertTrue(c.reproduced() && c.explanation().isEmpty(), c.toString());
    }

    @Test
    void reproducesThePublished31PercentOf2015() {
        assertReproduced(2015, MOFCOM, 31);
    }

    @Test
    void reproducesThePublished35PercentOf2019() {
        assertReproduced(2019, MOFCOM, 35);
    }

    @Test
    void reproducesThePublished44Point5PercentOf2020() {
        assertReproduced(2020, MOFCOM, 44.5);
        assertReproduced(2020, KI, 44.5);
    }

    @Test
    void reproducesTheKnowledgeIntensive33Point6PercentOf2012() {
        assertReproduced(2012, KI, 33.6);
    }

    @Test
    void reproducesTheKnowledgeIntensive43Point9PercentOf2021() {
        assertReproduced(2021, KI, 43.9);
    }

    @Test
    void reproducesTheKnowledgeIntensiveSharesOf2018_2019And2023() {
        assertReproduced(2018, KI, 32.4);
        assertReproduced(2019, KI, 34.7);
        assertReproduced(2023, KI, 41.4);
    }

    @Test
    void thePublished39Point5PercentOf2023IsMissedAndExplained() {
        // The 39.5 % of source S03 does not fit 3859 / 9331.2 = 41.4 %; the check says what it would need.
        PublishedShareCheck c = check(2023, MOFCOM, 39.5);
        assertEquals(1.86, c.gap(), 0.01);
        assertEquals(
                "3859.0 (S03) / 9331.2 (S25) = 41.4%; 39.5% needs a total of 9769.6 (+4.7%) or a digital level "
                        + "of 3685.8 (-4.5%); UNCTAD's own share 41.5%",
                c.explanation());
    }

    @Test
    void theKnowledgeIntensive27Point3PercentOf2015IsMissedAndExplained() {
        PublishedShareCheck c = check(2015, KI, 27.3);
        assertEquals(3.27, c.gap(), 0.01);
        assertTrue(c.explanation().contains("UNCTAD's own share 26.6%"), c.explanation());
    }

    @Test
    void everyPublishedShareIsCheckedOnce() {
        List<PublishedShareCheck> all = PublishedShareCheck.of(DATA, CHINA, UNCTAD);
        assertEquals(11, all.size(), all.toString());
        assertEquals(2, all.stream().filter(c -> !c.reproduced()).count());
    }

    @Test
    void noEstimatedShareIsMoreThanOnePointFromItsBasis() {
        List<EstimateCheck> checks = EstimateCheck.of(DATA, CHINA, UNCTAD);
        assertEquals(
                List.copyOf(CHINA.estimatedYears()),
                checks.stream().map(EstimateCheck::year).toList());
        checks.forEach(c -> assertTrue(c.withinTolerance(), c.toString()));
        ComponentHistory onUnctad = HistoryBuilder.of(DATA).china(Basis.UNCTAD);
        List<EstimateCheck> later = EstimateCheck.of(DATA, onUnctad, CHINA);
        assertEquals(
                List.of(2024, 2025), later.stream().map(EstimateCheck::year).toList());
        later.forEach(c -> assertTrue(c.withinTolerance(), c.toString()));
    }

    @Test
    void mofcomsPublishedGrowthSets2017And2018() {
        // 2722 (2019) / 1.063 and / 1.232 again: MOFCOM's +6.3 % and +23.2 %, not UNCTAD's growth
        assertEquals(2722 / 1.063, CHINA.digital().valueAt(2018).orElseThrow(), 1e-9);
        assertEquals(2722 / 1.063 / 1.232, CHINA.digital().valueAt(2017).orElseThrow(), 1e-9);
        assertEquals(Set.of(ValueFlag.PUBLISHED_GROWTH), CHINA.flagsOf(2018));
        assertEquals(Set.of("S05"), CHINA.digitalSources().get(2018));
    }

    @Test
    void theUnctadBasisRunsTo2025FromMofcomsGrowth() {
        ComponentHistory h = HistoryBuilder.of(DATA).history("china@unctad");
        assertEquals(2010, h.firstYear());
        assertEquals(2025, h.lastYear());
        assertEquals(3875.83 * 1.054, h.digital().valueAt(2024).orElseThrow(), 1e-6);
        assertEquals(Set.of(ValueFlag.PUBLISHED_GROWTH), h.flagsOf(2024));
        assertEquals(List.of(2024, 2025), List.copyOf(h.estimatedYears()));
    }

    @Test
    void matchesTheSharesComputedFromTheSourceLevels() {
        Map<Integer, Double> expected =
                Map.of(2015, 30.57, 2019, 34.73, 2020, 44.54, 2022, 41.92, 2023, 41.36, 2024, 38.50, 2025, 38.21);
        expected.forEach((year, pct) -> assertEquals(pct, sharePercent(year), 0.01, "share in " + year));
    }

    @Test
    void coversTwentyTenToTwentyTwentyFiveWithFlags() {
        assertEquals(2010, CHINA.firstYear());
        assertEquals(2025, CHINA.lastYear());
        for (int year : List.of(2010, 2011, 2013, 2014, 2016)) {
            assertEquals(Set.of(ValueFlag.OTHER_BASIS), CHINA.flagsOf(year), "flags of " + year);
        }
        for (int year : List.of(2012, 2021)) {
            assertEquals(Set.of(ValueFlag.PUBLISHED_SHARE), CHINA.flagsOf(year), "flags of " + year);
        }
        for (int year : List.of(2015, 2019, 2020, 2022, 2023, 2024)) {
            assertEquals(Set.of(), CHINA.flagsOf(year), "flags of " + year);
        }
        assertEquals(Set.of(ValueFlag.SECONDARY, ValueFlag.OTHER_SOURCE), CHINA.flagsOf(2025));
        assertEquals(3727.1, CHINA.digital().valueAt(2022).orElseThrow());
        assertEquals(11315, CHINA.total().valueAt(2025).orElseThrow());
    }

    @Test
    void everyUnctadEconomyHasAHistoryTo2023FromItsFirstYear() {
        HistoryBuilder b = HistoryBuilder.of(DATA);
        List<String> names = b.historyNames();
        // china, china@unctad and the UNCTAD histories of 63 economies (China's among them)
        assertEquals(65, names.size(), names.toString());
        for (String name : names.subList(2, names.size())) {
            ComponentHistory h = b.history(name);
            // the panel's Sint Maarten begins in 2011 (the source has no 2010); every other begins in 2010
            assertEquals(name.equals("unctad:Sint Maarten") ? 2011 : 2010, h.firstYear(), name);
            assertEquals(2023, h.lastYear(), name);
        }
        assertEquals(14, b.series("unctad:United States.share").size());
    }

    @org.junit.jupiter.api.Test
    void everyValueKeepsTheSourcesItWasBuiltFrom() {
        var h = org.targetcast.model.data.HistoryBuilder.of(
                        DataCsvReader.read(java.nio.file.Path.of("../scenarios/data/observations.csv")))
                .china();
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Set.of("S14"), h.digitalSources().get(2024), "MOFCOM's published level");
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Set.of("S24"), h.digitalSources().get(2016), "UNCTAD's own figures");
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Set.of("S19"), h.totalSources().get(2025), "MOFCOM's total, second-hand");
        var cut = h.upTo(2020);
        org.junit.jupiter.api.Assertions.assertEquals(
                11, cut.digitalSources().size(), "a cut history keeps the sources of 2010-2020");
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Set.of("S04"), cut.digitalSources().get(2020));
    }
}
