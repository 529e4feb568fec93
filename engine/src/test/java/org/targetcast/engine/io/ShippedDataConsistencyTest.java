package org.targetcast.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.Dataset;
import org.targetcast.model.data.Observation;

/** The shipped observations and sources agree with each other. */
class ShippedDataConsistencyTest {
    private static final List<String> SOURCE_COLUMNS =
            List.of("id", "title", "publisher", "date", "url", "grade", "quote");

    private static Map<String, String> gradesById() throws IOException {
        CsvRecords csv = CsvRecords.parse(Files.readString(ShippedData.SOURCES, StandardCharsets.UTF_8));
        assertEquals(List.of(), csv.problems());
        assertEquals(SOURCE_COLUMNS, csv.records().get(0).fields());
        Map<String, String> grades = new HashMap<>();
        for (CsvRecords.Record r : csv.records().subList(1, csv.records().size())) {
            assertEquals(SOURCE_COLUMNS.size(), r.fields().size(), "fields on line " + r.line());
            String id = r.fields().get(0);
            assertTrue(id.matches("S\\d\\d"), "id on line " + r.line() + ": " + id);
            assertEquals(null, grades.put(id, r.fields().get(5)), "id " + id + " appears twice");
        }
        return grades;
    }

    @Test
    void everySourceHasAValidGrade() throws IOException {
        gradesById()
                .forEach((id, grade) -> assertTrue(Set.of("A", "B", "C", "D").contains(grade), id + ": " + grade));
    }

    @Test
    void everyObservationNamesAKnownSourceAndCarriesItsGrade() throws IOException {
        Map<String, String> grades = gradesById();
        Dataset d = DataCsvReader.read(ShippedData.OBSERVATIONS);
        for (Observation o : d.observations()) {
            assertTrue(grades.containsKey(o.sourceId()), o + ": unknown source");
            assertEquals(grades.get(o.sourceId()), o.quality().name(), o + ": quality differs from the source grade");
        }
    }

    @Test
    void noObservationRepeatsKeySourceAndValue() {
        Set<String> seen = new HashSet<>();
        for (Observation o : DataCsvReader.read(ShippedData.OBSERVATIONS).observations()) {
            String key = String.join(
                    "|",
                    o.economy(),
                    Integer.toString(o.year()),
                    o.series(),
                    o.flow(),
                    o.measure(),
                    o.unit(),
                    o.sourceId(),
                    Double.toString(o.value()));
            assertTrue(seen.add(key), "repeated: " + o);
        }
    }

    @Test
    void sharesFollowTheFlowConvention() {
        for (Observation o : DataCsvReader.read(ShippedData.OBSERVATIONS).observations()) {
            if (!o.isLevel() && !o.measure().equals(Observation.GROWTH)) {
                String expected = o.measure().endsWith("exports") ? "exports" : "total";
                assertEquals(expected, o.flow(), o.toString());
                assertTrue(o.note().contains("denominator="), o + ": the note must name the denominator");
            }
        }
    }

    @Test
    void growthRatesAgreeWithTheLevelsOfBothYearsWherePublished() {
        Dataset d = DataCsvReader.read(ShippedData.OBSERVATIONS);
        int checked = 0;
        for (Observation g : d.select(o -> o.measure().equals(Observation.GROWTH))) {
            var levels = d.levels(g.economy(), g.series(), g.flow(), "USD_100m");
            if (levels.containsKey(g.year()) && levels.containsKey(g.year() - 1)) {
                double implied = levels.get(g.year() - 1).value() * (1 + g.value() / 100);
                assertEquals(levels.get(g.year()).value(), implied, 0.005 * implied, g.toString());
                checked++;
            }
        }
        assertEquals(3, checked, "2020 from 2019, 2024 from 2023, 2025 from 2024");
    }
}
