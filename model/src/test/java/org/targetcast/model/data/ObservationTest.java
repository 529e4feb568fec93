package org.targetcast.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;

class ObservationTest {

    static Observation level(
            String economy, int year, String series, String flow, double value, Quality q, String note) {
        return new Observation(economy, year, series, flow, "level", "USD_100m", value, "S99", q, note);
    }

    @Test
    void acceptsALevelAndAShare() {
        Observation l = level("China", 2020, "services_total", "total", 6617.2, Quality.A, "");
        assertTrue(l.isLevel());
        Observation s = new Observation(
                "China",
                2020,
                "x",
                "total",
                "share_of_trade",
                "percent",
                44.5,
                "S04",
                Quality.B,
                "denominator=services_trade_total");
        assertFalse(s.isLevel());
    }

    @Test
    void rejectsNegativeValueNamingTheValue() {
        ModelException e = assertThrows(
                ModelException.class, () -> level("China", 2020, "services_total", "total", -1, Quality.A, ""));
        assertEquals("value for China services_total 2020 = -1.0; a finite number >= 0 is expected", e.getMessage());
    }

    @Test
    void rejectsYearOutOfRange() {
        ModelException e =
                assertThrows(ModelException.class, () -> level("China", 1850, "s", "total", 1, Quality.A, ""));
        assertEquals("year = 1850 is outside 1900-2100", e.getMessage());
    }

    @Test
    void rejectsShareAboveHundredAndShareNotInPercent() {
        assertThrows(
                ModelException.class,
                () -> new Observation(
                        "China", 2020, "x", "total", "share_of_trade", "percent", 100.5, "S1", Quality.A, ""));
        ModelException e = assertThrows(
                ModelException.class,
                () -> new Observation(
                        "China", 2020, "x", "total", "share_of_trade", "USD_100m", 40, "S1", Quality.A, ""));
        assertEquals("unit = 'USD_100m' for the share x 2020; it is in percent", e.getMessage());
    }

    @Test
    void rejectsBlankFieldsAndUnknownUnitOrMeasure() {
        ModelException blank = assertThrows(
                ModelException.class,
                () -> new Observation(" ", 2020, "x", "total", "level", "USD_100m", 1, "S1", Quality.A, ""));
        assertEquals("economy = ' '; a non-blank value is expected", blank.getMessage());
        assertThrows(
                ModelException.class,
                () -> new Observation("China", 2020, "x", "total", "level", "EUR", 1, "S1", Quality.A, ""));
        assertThrows(
                ModelException.class,
                () -> new Observation("China", 2020, "x", "total", "ratio", "percent", 1, "S1", Quality.A, ""));
    }

    @Test
    void readsRoundedAndLowerBoundTagsFromTheNote() {
        assertTrue(level("W", 2023, "s", "exports", 45000, Quality.B, "ROUNDED '$4.5 trillion'")
                .isRounded());
        assertTrue(level("C", 2022, "s", "total", 3727, Quality.B, "rounded version of 3727.1")
                .isRounded());
        assertTrue(
                level("C", 2024, "s", "total", 1404.4, Quality.D, "APPROX '约为'").isRounded());
        assertTrue(level("C", 2022, "s", "exports", 2100, Quality.B, "LOWER BOUND: 'exceeded'")
                .isLowerBound());
        assertEquals(
                Set.of(ValueFlag.SECONDARY, ValueFlag.ROUNDED),
                level("C", 2024, "s", "total", 1404.4, Quality.D, "APPROX").flags());
    }

    @Test
    void parsesGradesAndRejectsOthers() {
        assertEquals(Quality.C, Quality.parse(" c "));
        assertTrue(Quality.A.isBetterThan(Quality.B));
        ModelException e = assertThrows(ModelException.class, () -> Quality.parse("E"));
        assertEquals("quality = 'E' is not a grade; expected A, B, C or D", e.getMessage());
    }
}
