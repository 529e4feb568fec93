package org.targetcast.engine.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.app.report.RunInputs;
import org.targetcast.model.analysis.SpecificationRange;
import org.targetcast.model.outlook.Simulator;

/**
 * The specification range kept between runs is the one a run computes, bit for bit, and is computed afresh
 * when the scenario, the data or its cache file change.
 */
class RangeCacheTest {
    private static final Path DATA = Path.of("..", "scenarios", "data", "observations.csv");
    private static final String BASELINE =
            Path.of("..", "scenarios", "baseline.yaml").toString();

    private static ScenarioResult baseline(Workspace ws) {
        List<ScenarioResult> projected = RunInputs.check(ws, ws.load(List.of(BASELINE)));
        Simulator sim = Simulator.withDefaults().withOverrides(2_000, 7L, null).withForecaster(ws.forecaster());
        return ScenarioResult.simulate(projected, sim).get(0);
    }

    private static SpecificationRange.Result range(Path data, Path cache) {
        Workspace ws = Workspace.of(data.toString()).withCache(CalibrationCache.at(cache));
        return SpecificationRanges.of(ws, baseline(ws)).orElseThrow();
    }

    private static List<Path> rangeFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("range-"))
                    .toList();
        }
    }

    @Test
    void aKeptRangeIsTheComputedOneAndAnEditedValueComputesAfresh(@TempDir Path tmp) throws IOException {
        Path cache = tmp.resolve("cache");
        SpecificationRange.Result computed = range(DATA, cache);
        assertEquals(1, rangeFiles(cache).size());
        SpecificationRange.Result read = range(DATA, cache);
        assertEquals(computed, read);
        // the same as a workspace without any cache computes
        Workspace none = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(null));
        assertEquals(computed, SpecificationRanges.of(none, baseline(none)).orElseThrow());

        // a damaged file is computed again and replaced
        Path file = rangeFiles(cache).get(0);
        String kept = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, kept.substring(0, kept.length() / 2), StandardCharsets.UTF_8);
        assertEquals(computed, range(DATA, cache));
        assertEquals(kept, Files.readString(file, StandardCharsets.UTF_8));

        // one published value of another economy changed: another key, another range file
        Path data = tmp.resolve("observations.csv");
        List<String> lines = Files.readAllLines(DATA, StandardCharsets.UTF_8);
        int row = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Germany,2015,")) {
                row = i;
                break;
            }
        }
        assertTrue(row > 0, "a Germany 2015 row in the shipped data");
        String[] f = lines.get(row).split(",", -1);
        int value = List.of(lines.get(0).split(",", -1)).indexOf("value");
        f[value] = String.valueOf(Double.parseDouble(f[value]) * 1.01);
        lines.set(row, String.join(",", f));
        Files.write(data, lines, StandardCharsets.UTF_8);
        range(data, cache);
        assertEquals(2, rangeFiles(cache).size());
    }

    @Test
    void theTextRoundTripsAndRefusesAnotherKey(@TempDir Path tmp) {
        Workspace ws = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(tmp));
        ScenarioResult r = baseline(ws);
        SpecificationRange.Result computed = SpecificationRanges.of(ws, r).orElseThrow();
        String text = RangeCache.format(computed, "k1");
        assertEquals(computed, RangeCache.parse(text, "k1", computed.targets()));
        assertThrows(IllegalArgumentException.class, () -> RangeCache.parse(text, "k2", computed.targets()));
        assertThrows(
                IllegalArgumentException.class,
                () -> RangeCache.parse(text.replace("\nend\n", "\n"), "k1", computed.targets()));
        // the key follows the scenario
        String key = SpecificationRanges.fingerprint(ws, r.projection().scenario());
        assertNotEquals(
                key,
                SpecificationRanges.fingerprint(
                        ws,
                        r.projection()
                                .scenario()
                                .withUncertainty(
                                        r.projection().scenario().uncertainty().withRun(3_000, 7L))));
    }
}
