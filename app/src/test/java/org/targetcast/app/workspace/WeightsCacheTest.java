package org.targetcast.engine.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.engine.io.ScenarioReader;
import org.targetcast.model.calibration.FamilyWeights;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.outlook.ShareForecast;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.Scenario;

/**
 * The weights a run keeps are the weights it computes: read back from the cache folder they equal, bit for
 * bit, those computed afresh, so a warm run's forecast is the cold run's; a damaged file is computed again,
 * and an edited data value or another scenario finds no file.
 */
class WeightsCacheTest {
    private static final Path DATA = Path.of("..", "scenarios", "data", "observations.csv");
    private static final Path BASELINE = Path.of("..", "scenarios", "baseline.yaml");

    private static ShareForecast forecast(Workspace ws, Scenario s) {
        ComponentHistory h = ws.history("china");
        Projection p = ws.forecaster().project(s, h);
        return ws.forecaster().forecast(p);
    }

    private static void same(FamilyWeights a, FamilyWeights b) {
        assertEquals(a.families(), b.families());
        assertArrayEquals(a.weights(), b.weights());
        assertArrayEquals(a.meanLogScores(), b.meanLogScores());
        assertArrayEquals(a.lower(), b.lower());
        assertArrayEquals(a.upper(), b.upper());
        assertEquals(a.checks(), b.checks());
        assertEquals(a.notes(), b.notes());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("weights-"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void keptWeightsAreTheComputedOnesAndGiveTheSameForecast(@TempDir Path tmp) throws IOException {
        Scenario s = ScenarioReader.read(BASELINE, "baseline.yaml");
        assertFalse(s.uncertainty().families().isEmpty(), "the baseline averages families");
        Workspace cold = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(tmp));
        ShareForecast first = forecast(cold, s);
        List<Path> kept = files(tmp);
        assertEquals(1, kept.size(), kept.toString());

        Workspace uncached = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(tmp.resolve("other")));
        FamilyWeights computed = forecast(uncached, s).weights().orElseThrow();
        Workspace warm = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(tmp));
        ShareForecast second = forecast(warm, s);
        same(computed, first.weights().orElseThrow());
        same(computed, second.weights().orElseThrow());
        assertEquals(first.exactProbabilities(), second.exactProbabilities());

        // a damaged file is computed again and replaced by a whole one
        Files.writeString(kept.get(0), "targetcast family weights\nkey x\n", StandardCharsets.UTF_8);
        Workspace again = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(tmp));
        same(computed, forecast(again, s).weights().orElseThrow());
        assertTrue(Files.readString(kept.get(0), StandardCharsets.UTF_8).endsWith("end\n"));
    }

    @Test
    void anEditedValueOrAnotherScenarioFindsNoFile(@TempDir Path tmp) throws IOException {
        Scenario s = ScenarioReader.read(BASELINE, "baseline.yaml");
        Path data = tmp.resolve("observations.csv");
        String text = Files.readString(DATA, StandardCharsets.UTF_8);
        Files.writeString(data, text, StandardCharsets.UTF_8);
        Path cache = tmp.resolve("cache");
        forecast(Workspace.of(data.toString()).withCache(CalibrationCache.at(cache)), s);
        assertEquals(1, files(cache).size());

        String row = "Argentina,2015,digitally_deliverable_unctad,exports,level,USD_100m,";
        int at = text.indexOf(row);
        assertTrue(at > 0, "the shipped data hold " + row);
        int end = text.indexOf(',', at + row.length());
        String edited = text.substring(0, at + row.length()) + "61.01" + text.substring(end);
        assertNotEquals(text, edited);
        Files.writeString(data, edited, StandardCharsets.UTF_8);
        forecast(Workspace.of(data.toString()).withCache(CalibrationCache.at(cache)), s);
        assertEquals(2, files(cache).size(), "an edited panel value is new weights");

        Scenario seeded = s.withUncertainty(s.uncertainty().withRun(1_000, 7L));
        forecast(Workspace.of(data.toString()).withCache(CalibrationCache.at(cache)), seeded);
        assertEquals(3, files(cache).size(), "another scenario is new weights");
    }
}
