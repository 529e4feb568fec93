package org.targetcast.engine.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.engine.io.ScenarioReader;
import org.targetcast.model.calibration.PanelCalibration;
import org.targetcast.model.calibration.PanelJumps;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.HorizonErrors;
import org.targetcast.model.scenario.PooledCorrelation;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.simulation.TargetOutlook;

class CalibrationCacheTest {
    private static final Path DATA = Path.of("..", "scenarios", "data", "observations.csv");
    private static final Path BASELINE = Path.of("..", "scenarios", "baseline.yaml");

    private static Scenario baseline() {
        return ScenarioReader.read(BASELINE, "baseline.yaml")
                .withUncertainty(ScenarioReader.read(BASELINE, "baseline.yaml")
                        .uncertainty()
                        .withRun(20_000, 20241128L));
    }

    private static List<Double> probabilities(Scenario s, ComponentHistory h, ErrorCalibration calibration) {
        return Simulator.withDefaults().run(Projector.withDefaults().project(s, h, calibration)).targets().stream()
                .map(TargetOutlook::probability)
                .toList();
    }

    @Test
    void theCachedJumpsAreTheFittedOnesBitForBit(@TempDir Path tmp) throws IOException {
        PanelJumps first = Workspace.of(DATA.toString())
                .withCache(CalibrationCache.at(tmp))
                .panelJumps();
        List<Path> files;
        try (var list = Files.list(tmp)) {
            files = list.filter(f -> f.getFileName().toString().startsWith("jumps-"))
                    .toList();
        }
        assertEquals(1, files.size(), "one file for the panel's jumps");
        PanelJumps second = Workspace.of(DATA.toString())
                .withCache(CalibrationCache.at(tmp))
                .panelJumps();
        assertEquals(first, second);
        assertFalse(first.economies().contains("china"), "China is left out");
        // a file that does not parse is fitted again and replaced
        Files.writeString(files.get(0), "targetcast panel jumps\nkey x\n", StandardCharsets.UTF_8);
        String key = files.get(0).getFileName().toString().replace("jumps-", "").replace(".txt", "");
        CalibrationCache.JumpsLookup again = CalibrationCache.at(tmp).jumps(key, () -> first);
        assertFalse(again.fromCache());
        assertTrue(again.note().startsWith("unreadable cache file replaced"), again.note());
        assertEquals(first, CalibrationCache.at(tmp).jumps(key, () -> null).jumps());
    }

    @Test
    void theCachedCalibrationGivesTheFreshProbabilities(@TempDir Path tmp) {
        Scenario s = baseline();
        Workspace fresh = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(tmp));
        ComponentHistory h = fresh.history("china");
        ErrorCalibration first = fresh.forecaster().calibration(s, h);
        fresh.listCalibration(s, h);
        assertEquals(1, fresh.calibrationUses().size());
        assertFalse(fresh.calibrationUses().get(0).fromCache());
        assertTrue(first.applies());

        Workspace warm = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(tmp));
        ErrorCalibration second = warm.forecaster().calibration(s, warm.history("china"));
        warm.listCalibration(s, warm.history("china"));
        assertTrue(warm.calibrationUses().get(0).fromCache());
        // the very same numbers, bit for bit, and so the same probabilities with the same seed
        assertEquals(first, second);
        assertEquals(probabilities(s, h, first), probabilities(s, h, second));
        // and the panel it names: every history but China's own two, 2010-2023 at least
        CalibrationUse use = warm.calibrationUses().get(0);
        assertEquals("china", use.leftOut());
        assertTrue(use.economies().size() >= 60, use.economies().toString());
        assertFalse(use.economies().contains("china") || use.economies().contains("unctad:China"));
        assertEquals(2010, use.firstYear());
    }

    @Test
    void editingOnePanelValueFitsAfresh(@TempDir Path tmp) throws IOException {
        AtomicInteger fits = new AtomicInteger();
        CalibrationCache cache = CalibrationCache.at(tmp.resolve("cache")).fittingWith(r -> {
            fits.incrementAndGet();
            return ErrorCalibration.fitted(1.5, 3, 10, List.of("x"), PooledCorrelation.none());
        });
        Scenario s = baseline();
        Path data = tmp.resolve("observations.csv");
        String text = Files.readString(DATA, StandardCharsets.UTF_8);
        Files.writeString(data, text, StandardCharsets.UTF_8);
        Workspace a = Workspace.of(data.toString()).withCache(cache);
        a.listCalibration(s, a.history("china"));
        Workspace b = Workspace.of(data.toString()).withCache(cache);
        b.listCalibration(s, b.history("china"));
        assertEquals(1, fits.get(), "the second run reads the first one's calibration");
        assertTrue(b.calibrationUses().get(0).fromCache());

        String row = "Argentina,2015,digitally_deliverable_unctad,exports,level,USD_100m,";
        int at = text.indexOf(row);
        assertTrue(at > 0, "the shipped data hold " + row);
        int end = text.indexOf(',', at + row.length());
        String edited = text.substring(0, at + row.length()) + "61.01" + text.substring(end);
        assertNotEquals(text, edited);
        Files.writeString(data, edited, StandardCharsets.UTF_8);
        Workspace c = Workspace.of(data.toString()).withCache(cache);
        c.listCalibration(s, c.history("china"));
        assertEquals(2, fits.get(), "one edited value of one economy of the panel is a new calibration");
        assertFalse(c.calibrationUses().get(0).fromCache());
        assertNotEquals(
                b.calibrationUses().get(0).fingerprint(),
                c.calibrationUses().get(0).fingerprint());

        // a changed model setting is a new calibration too
        Scenario other = s.withDigital(s.digital().withModel(org.targetcast.model.trend.TrendFamily.LOG_LINEAR));
        c.listCalibration(other, c.history("china"));
        assertEquals(3, fits.get());
    }

    @Test
    void theCachedEvidenceIsTheFreshEvidence(@TempDir Path tmp) throws IOException {
        Scenario s = baseline();
        Workspace fresh = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(tmp));
        EvidenceUse first = fresh.panelEvidence("baseline", s);
        assertFalse(first.fromCache());
        assertTrue(Files.isRegularFile(tmp.resolve("evidence-" + first.fingerprint() + ".txt")));
        // the evidence's calibrations of the other economies are not among the command's own
        assertEquals(0, fresh.calibrationUses().size());
        assertEquals(
                fresh.calibrationPanel().size(), first.evidence().histories().size());

        Workspace warm = Workspace.of(DATA.toString()).withCache(CalibrationCache.at(tmp));
        EvidenceUse second = warm.panelEvidence("baseline", s);
        assertTrue(second.fromCache(), second.describe());
        assertEquals(first.fingerprint(), second.fingerprint());
        // every check bit for bit, and so every rate and interval
        assertEquals(first.evidence(), second.evidence());
        assertEquals(
                first.evidence().bands().coverage(0.8, 0),
                second.evidence().bands().coverage(0.8, 0));
        assertEquals(
                first.evidence().bands().intervalScore(0.95),
                second.evidence().bands().intervalScore(0.95));

        // a damaged file is computed again and replaced
        Path file = tmp.resolve("evidence-" + first.fingerprint() + ".txt");
        Files.writeString(file, "targetcast panel evidence\nkey " + first.fingerprint() + "\nchecks 9\n");
        EvidenceUse again = Workspace.of(DATA.toString())
                .withCache(CalibrationCache.at(tmp))
                .panelEvidence("baseline", s);
        assertFalse(again.fromCache());
        assertTrue(again.note().startsWith("unreadable cache file replaced"), again.note());
        assertEquals(first.evidence(), again.evidence());
    }

    @Test
    void editingOnePanelValueComputesTheEvidenceAfresh(@TempDir Path tmp) throws IOException {
        CalibrationCache cache = CalibrationCache.at(tmp.resolve("cache"))
                .fittingWith(r -> ErrorCalibration.fitted(1.5, 3, 10, List.of("x"), PooledCorrelation.none()));
        Scenario s = baseline();
        Path data = tmp.resolve("observations.csv");
        String text = Files.readString(DATA, StandardCharsets.UTF_8);
        Files.writeString(data, text, StandardCharsets.UTF_8);
        EvidenceUse a = Workspace.of(data.toString()).withCache(cache).panelEvidence("baseline", s);
        assertFalse(a.fromCache());
        assertTrue(Workspace.of(data.toString())
                .withCache(cache)
                .panelEvidence("baseline", s)
                .fromCache());

        String row = "Argentina,2015,digitally_deliverable_unctad,exports,level,USD_100m,";
        int at = text.indexOf(row);
        int end = text.indexOf(',', at + row.length());
        Files.writeString(
                data, text.substring(0, at + row.length()) + "61.01" + text.substring(end), StandardCharsets.UTF_8);
        EvidenceUse b = Workspace.of(data.toString()).withCache(cache).panelEvidence("baseline", s);
        assertFalse(b.fromCache(), "one edited value of one economy of the panel is new evidence");
        assertNotEquals(a.fingerprint(), b.fingerprint());
    }

    @Test
    void aDamagedFileIsFittedAgainAndReplaced(@TempDir Path tmp) throws IOException {
        AtomicInteger fits = new AtomicInteger();
        ErrorCalibration fitted = ErrorCalibration.fitted(
                1.4479, 2.2183, 930, List.of("unctad:India", "unctad:World"), new PooledCorrelation(0.31, 0.02, 61));
        CalibrationCache cache = CalibrationCache.at(tmp).fittingWith(r -> {
            fits.incrementAndGet();
            return fitted;
        });
        Workspace ws = Workspace.of(DATA.toString()).withCache(cache);
        PanelCalibration.Request r = PanelCalibration.request(baseline(), ws.history("china"), ws.calibrationPanel());
        CalibrationCache.Lookup first = cache.calibration(r);
        assertFalse(first.fromCache());
        Path file = tmp.resolve(first.fingerprint() + ".txt");
        assertTrue(Files.isRegularFile(file));
        assertEquals(fitted, cache.calibration(r).calibration());
        Files.writeString(file, "targetcast panel calibration\nkey " + first.fingerprint() + "\nchecks 9\n");
        CalibrationCache.Lookup again = cache.calibration(r);
        assertFalse(again.fromCache());
        assertTrue(again.note().startsWith("unreadable cache file replaced"), again.note());
        assertEquals(2, fits.get());
        assertTrue(cache.calibration(r).fromCache());
    }

    @Test
    void theFileHoldsEveryNumberExactly() {
        ErrorCalibration c = ErrorCalibration.fitted(
                Math.PI / 2,
                2.0 / 3 + 1,
                957,
                List.of("unctad:Cabo Verde", "china"),
                new PooledCorrelation(-0.1 / 3, 1e-17, 2));
        assertEquals(c, CalibrationCache.parse(CalibrationCache.format(c, "k"), "k"));
        double[] h1 = new double[25];
        double[] h2 = new double[3];
        for (int i = 0; i < h1.length; i++) {
            h1[i] = Math.sin(i) / 3 - 1e-300 * i;
        }
        h2[1] = -Double.MIN_VALUE;
        h2[2] = 0.1 + 0.2;
        ErrorCalibration byErrors = ErrorCalibration.fitted(
                1.5,
                2.2,
                28,
                List.of("unctad:India"),
                PooledCorrelation.none(),
                HorizonErrors.of(Map.of(1, h1, 2, h2)));
        ErrorCalibration back = CalibrationCache.parse(CalibrationCache.format(byErrors, "k"), "k");
        assertEquals(byErrors, back);
        assertTrue(back.byErrors());
        ErrorCalibration none = ErrorCalibration.emptyPanel();
        assertEquals(none, CalibrationCache.parse(CalibrationCache.format(none, "k"), "k"));
    }

    @Test
    void theFolderFollowsTheSettingThenXdgThenHome() {
        assertEquals(Path.of("/c/own"), CalibrationCache.standardDir("/c/own", Map.of("XDG_CACHE_HOME", "/x")));
        assertEquals(
                Path.of("/c/env"),
                CalibrationCache.standardDir(null, Map.of(CalibrationCache.DIR_ENV, "/c/env", "XDG_CACHE_HOME", "/x")));
        assertEquals(
                Path.of("/x", "targetcast", "calibration"),
                CalibrationCache.standardDir(null, Map.of("XDG_CACHE_HOME", "/x")));
        // a relative XDG_CACHE_HOME is invalid (XDG base directory specification) and ignored
        assertEquals(
                Path.of(System.getProperty("user.home"), ".cache", "targetcast", "calibration"),
                CalibrationCache.standardDir("", Map.of("XDG_CACHE_HOME", "rel")));
    }
}
