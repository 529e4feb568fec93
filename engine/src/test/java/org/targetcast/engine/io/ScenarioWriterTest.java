package org.targetcast.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.scenario.Scenario;

class ScenarioWriterTest {
    /** The year after the latest observation in the shipped data. */
    private static final int FIRST = 2026;

    @TempDir
    Path dir;

    @BeforeEach
    void copyShippedScenarios() throws IOException {
        for (Path p : ScenarioReader.filesIn(ShippedData.DIR.getParent(), "scenarios")) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
    }

    private static Map<Assumption, Double> all() {
        Map<Assumption, Double> m = new EnumMap<>(Assumption.class);
        m.put(Assumption.DIGITAL_GROWTH, 0.091);
        m.put(Assumption.OTHER_GROWTH, -0.012);
        m.put(Assumption.DIGITAL_VOLATILITY, 0.037);
        m.put(Assumption.OTHER_VOLATILITY, 0.1);
        m.put(Assumption.CORRELATION, -0.35);
        return m;
    }

    /** The scenario the reader should give back: the base with each override applied, named and titled as written. */
    private static Scenario expected(Scenario base, Map<Assumption, Double> overrides, Scenario read) {
        Scenario s = base;
        for (Map.Entry<Assumption, Double> e : overrides.entrySet()) {
            s = e.getKey().apply(s, FIRST, e.getValue());
        }
        return new Scenario(
                read.name(),
                read.title(),
                read.description(),
                s.data(),
                s.horizon(),
                s.baselineYear(),
                s.digital(),
                s.other(),
                s.targets(),
                s.uncertainty());
    }

    private Scenario roundTrip(String baseName, Map<Assumption, Double> overrides, Path target) throws IOException {
        Path baseFile = dir.resolve(baseName);
        LoadedScenario base = ScenarioReader.load(baseFile, baseName);
        ScenarioWriter.write(base, baseFile, target, overrides, FIRST);
        Scenario read = ScenarioReader.read(target, target.getFileName().toString());
        assertEquals(expected(base.scenario(), overrides, read), read);
        return read;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "baseline.yaml",
                "digital-push.yaml",
                "travel-rebound.yaml",
                "pre-2020-trend.yaml",
                "recent-pace.yaml"
            })
    void everyShippedScenarioWithEveryAssumptionSetReadsBackTheSame(String name) throws IOException {
        Scenario read = roundTrip(name, all(), dir.resolve("explored.yaml"));
        assertEquals("explored", read.name());
        assertTrue(read.title().endsWith(" - explored"), read.title());
    }

    @Test
    void rangesTheExtendedFileStatesAreWrittenAgainUnderTheSameKey() throws IOException {
        Path target = dir.resolve("rebound-explored.yaml");
        roundTrip("travel-rebound.yaml", Map.of(Assumption.OTHER_GROWTH, 0.03), target);
        assertTrue(
                Files.readString(target).contains("growth: {2026-2028: 0.03, 2029-2035: 0.03}"),
                Files.readString(target));
    }

    @Test
    void writesOnlyTheAssumptionsSet() throws IOException {
        Path target = dir.resolve("corr.yaml");
        roundTrip("baseline.yaml", Map.of(Assumption.CORRELATION, 0.25), target);
        String text = Files.readString(target);
        assertTrue(text.contains("extends: \"baseline.yaml\""), text);
        assertTrue(text.contains("uncertainty:\n  correlation: 0.25\n"), text);
        assertFalse(text.contains("components:"), text);
    }

    @Test
    void noOverridesGivesTheExtendedScenario() throws IOException {
        roundTrip("digital-push.yaml", Map.of(), dir.resolve("same.yaml"));
    }

    @Test
    void extendsPathIsRelativeToTheSavedFilesFolder() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("mine"));
        Path target = sub.resolve("push.yaml");
        roundTrip("digital-push.yaml", all(), target);
        assertTrue(Files.readString(target).contains("extends: \"../digital-push.yaml\""), Files.readString(target));
        assertEquals(List.of("push.yaml"), List.of(sub.toFile().list()), "no partial file left behind");
    }

    @Test
    void quotesTitlesWithQuotesAndBackslashes() throws IOException {
        Files.writeString(dir.resolve("odd.yaml"), "extends: baseline.yaml\ntitle: 'He said \"9 %\" \\ more: yes'\n");
        Scenario read =
                roundTrip("odd.yaml", Map.of(Assumption.DIGITAL_GROWTH, 0.09), dir.resolve("odd-explored.yaml"));
        assertEquals("He said \"9 %\" \\ more: yes - explored", read.title());
    }
}
