package org.targetcast.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.targetcast.model.data.ObservationTest.level;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

class HistoryBuilderTest {
    private static final String MOFCOM = "digitally_deliverable_mofcom";
    private static final String UNCTAD = "digitally_deliverable_unctad";
    private static final String TOTAL = "services_total_unctad";

    /** A small China dataset: MOFCOM anchors 2015 and 2017, UNCTAD 2014-2017, 2018 second-hand only. */
    private static List<Observation> chinaRows() {
        List<Observation> rows = new ArrayList<>();
        rows.add(level("China", 2015, MOFCOM, "total", 120, Quality.C, ""));
        rows.add(level("China", 2017, MOFCOM, "total", 150, Quality.B, ""));
        rows.add(level("China", 2018, MOFCOM, "total", 170, Quality.D, "secondary: digest"));
        double[] ex = {40, 45, 50, 55};
        double[] im = {50, 55, 60, 65};
        for (int i = 0; i < 4; i++) {
            rows.add(level("China", 2014 + i, UNCTAD, "exports", ex[i], Quality.A, ""));
            rows.add(level("China", 2014 + i, UNCTAD, "imports", im[i], Quality.A, ""));
            rows.add(level("China", 2014 + i, TOTAL, "exports", 150, Quality.A, ""));
            rows.add(level("China", 2014 + i, TOTAL, "imports", 150 + 20 * i, Quality.A, ""));
        }
        rows.add(level("China", 2018, "services_total", "total", 400, Quality.D, "secondary: scraper"));
        return rows;
    }

    private static List<Observation> worldRows() {
        List<Observation> rows = new ArrayList<>();
        for (int y = 2010; y <= 2012; y++) {
            rows.add(level("World", y, UNCTAD, "exports", 10 + y - 2010, Quality.A, ""));
            rows.add(level("World", y, UNCTAD, "imports", 10, Quality.A, ""));
            rows.add(level("World", y, TOTAL, "exports", 40, Quality.A, ""));
            rows.add(level("World", y, TOTAL, "imports", 40, Quality.A, ""));
        }
        rows.add(level("World", 2011, UNCTAD, "exports", 12, Quality.C, "older vintage"));
        return rows;
    }

    private static HistoryBuilder builder() {
        List<Observation> rows = chinaRows();
        rows.addAll(worldRows());
        return HistoryBuilder.of(Dataset.of(rows));
    }

    @Test
    void chinaKeepsMofcomLevelsAndTakesUnctadsShareInTheGaps() {
        ComponentHistory h = builder().china();
        assertEquals(2014, h.firstYear());
        assertEquals(2018, h.lastYear());
        // 2014 and 2016 have no MOFCOM figure: UNCTAD's digital over UNCTAD's total, never a scaled level
        assertArrayEquals(new double[] {90, 120, 110, 150, 170}, h.digital().values(), 1e-9);
        assertArrayEquals(new double[] {300, 320, 340, 360, 400}, h.total().values(), 1e-9);
        assertEquals("china.digital", h.digital().name());
    }

    @Test
    void chinaFlagsFilledSecondHandAndOtherSourceValues() {
        ComponentHistory h = builder().china();
        assertEquals(Set.of(ValueFlag.OTHER_BASIS), h.flagsOf(2014));
        assertEquals(Set.of(), h.flagsOf(2015));
        assertEquals(Set.of(ValueFlag.OTHER_BASIS), h.flagsOf(2016));
        assertEquals(List.of(2014, 2016), List.copyOf(h.estimatedYears()));
        assertEquals(Set.of(ValueFlag.SECONDARY, ValueFlag.OTHER_SOURCE), h.flagsOf(2018));
    }

    @Test
    void unctadHistoryUsesTheBestGradeAndBothFlows() {
        ComponentHistory h = builder().history("unctad:World");
        assertArrayEquals(new double[] {20, 21, 22}, h.digital().values(), 1e-12);
        assertArrayEquals(new double[] {80, 80, 80}, h.total().values(), 1e-12);
        assertEquals("unctad:World", h.economy());
    }

    @Test
    void seriesKeysNameHistoryAndComponent() {
        HistoryBuilder b = builder();
        AnnualSeries share = b.series("china.share");
        assertEquals(120.0 / 320, share.valueAt(2015).orElseThrow(), 1e-12);
        assertEquals(300 - 90, b.series("china.other").valueAt(2014).orElseThrow(), 1e-9);
        assertEquals(21, b.series("unctad:World.digital").valueAt(2011).orElseThrow(), 1e-12);
        assertEquals(List.of("china", "china@unctad", "unctad:China", "unctad:World"), b.historyNames());
    }

    @Test
    void rejectsMalformedOrUnknownKeys() {
        HistoryBuilder b = builder();
        ModelException noDot = assertThrows(ModelException.class, () -> b.series("china"));
        assertEquals("series key 'china' is not <history>.<component>, e.g. china.share", noDot.getMessage());
        ModelException comp = assertThrows(ModelException.class, () -> b.series("china.travel"));
        assertEquals(
                "series key 'china.travel': component 'travel' is not one of [digital, other, total, share]",
                comp.getMessage());
        ModelException hist = assertThrows(ModelException.class, () -> b.series("mofcom.share"));
        assertTrue(hist.getMessage().startsWith("history 'mofcom' is unknown"), hist.getMessage());
    }

    @Test
    void missingTotalNamesEconomySeriesAndYear() {
        List<Observation> rows = chinaRows();
        rows.removeIf(
                o -> o.year() == 2016 && o.series().equals(TOTAL) && o.flow().equals("imports"));
        HistoryBuilder b = HistoryBuilder.of(Dataset.of(rows));
        ModelException e = assertThrows(ModelException.class, b::china);
        assertEquals(
                "history china, year 2016: China has no services_total_unctad exports + imports and no "
                        + "services_total total level in USD_100m",
                e.getMessage());
    }

    @Test
    void missingMofcomSeriesOrUnctadEconomyIsReported() {
        HistoryBuilder b = HistoryBuilder.of(Dataset.of(worldRows()));
        ModelException e = assertThrows(ModelException.class, b::china);
        assertEquals(
                "history china: no digitally_deliverable_mofcom total level in USD_100m for China", e.getMessage());
        ModelException u = assertThrows(ModelException.class, () -> b.unctad("Atlantis"));
        assertTrue(u.getMessage().startsWith("history unctad:Atlantis: no year has both"), u.getMessage());
    }
}
