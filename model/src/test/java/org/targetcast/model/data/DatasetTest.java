package org.targetcast.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.targetcast.model.data.ObservationTest.level;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetTest {

    @Test
    void choosesTheBetterGradeAmongDuplicates() {
        Dataset d = Dataset.of(List.of(
                level("China", 2016, "u", "exports", 933, Quality.C, "older vintage"),
                level("China", 2016, "u", "exports", 915.1, Quality.A, "")));
        assertEquals(
                915.1, d.levels("China", "u", "exports", "USD_100m").get(2016).value());
    }

    @Test
    void prefersAnExactFigureToARoundedOneOfTheSameGrade() {
        Dataset d = Dataset.of(List.of(
                level("China", 2022, "m", "total", 3727, Quality.B, "rounded version of 3727.1"),
                level("China", 2022, "m", "total", 3727.1, Quality.B, "")));
        assertEquals(
                3727.1, d.levels("China", "m", "total", "USD_100m").get(2022).value());
    }

    @Test
    void keepsFileOrderOnFullTies() {
        Dataset d = Dataset.of(List.of(
                level("China", 2015, "m", "total", 2000, Quality.C, "first"),
                level("China", 2015, "m", "total", 2000, Quality.C, "second")));
        assertEquals(
                "first", d.levels("China", "m", "total", "USD_100m").get(2015).note());
        assertEquals(2, d.size());
    }

    @Test
    void listsEconomiesAndSelectsSharesByMeasure() {
        Observation share =
                new Observation("China", 2015, "m", "total", "share_of_trade", "percent", 31, "S05", Quality.C, "");
        Observation exportShare = new Observation(
                "China", 2022, "m", "exports", "share_of_exports", "percent", 50, "S11", Quality.B, "LOWER BOUND");
        Dataset d = Dataset.of(List.of(share, exportShare, level("World", 2010, "u", "exports", 1, Quality.A, "")));
        assertEquals(Set.of("China", "World"), d.economies());
        assertEquals(Set.of(2015), d.shares("China", "m", "share_of_trade").keySet());
        assertEquals(Set.of(2022), d.shares("China", "m", "share_of_exports").keySet());
        assertEquals(Set.of("World"), d.economiesWith("u"));
    }
}
