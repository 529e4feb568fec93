package org.targetcast.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;

/** Problems that need the data to be seen, each located at the scenario key concerned. */
class ScenarioChecksTest {
    private static final String DATA = "../scenarios/data/observations.csv";
    private static final String CHINA = "history china (2010-2025)";

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** @return the problems of running the named files, with the folder removed from file names */
    private List<String> errors(String data, String... files) {
        Workspace ws = Workspace.of(data);
        List<String> paths = java.util.Arrays.stream(files)
                .map(f -> dir.resolve(f).toString())
                .toList();
        InputException e = assertThrows(InputException.class, () -> ScenarioResult.runAll(ws, ws.load(paths)));
        return e.lines().stream().map(l -> l.replace(dir + "/", "")).collect(Collectors.toList());
    }

    private List<String> errors(String text) throws IOException {
        write("s.yaml", text);
        return errors(DATA, "s.yaml");
    }

    @Test
    void rejectsHorizonNotAfterTheLatestObservedYear() throws IOException {
        assertEquals(
                List.of("s.yaml:2:10: horizon: expected a year after the latest observed year 2025 of " + CHINA
                        + ", found 2025"),
                errors("title: T\nhorizon: 2025\ntargets: []\n"));
    }

    @Test
    void rejectsBaselineYearOutsideTheData() throws IOException {
        assertEquals(
                List.of("s.yaml:2:16: baseline_year: expected a year from 2010 to 2024 (within " + CHINA
                        + ", before its latest year), found 2005"),
                errors("title: T\nbaseline_year: 2005\n"));
    }

    @Test
    void rejectsFitWindowStartingBeforeTheData() throws IOException {
        assertEquals(
                List.of("s.yaml:4:17: components.digital.fit.from: expected a year within the data of " + CHINA
                        + ", found 2005"),
                errors("title: T\ncomponents:\n  digital:\n    fit: {from: 2005}\n"));
    }

    @Test
    void rejectsFitWindowEndingAfterTheData() throws IOException {
        assertEquals(
                List.of("s.yaml:4:27: components.other.fit.to: expected a year within the data of " + CHINA
                        + ", found 2030"),
                errors("title: T\ncomponents:\n  other:\n    fit: {from: 2015, to: 2030}\n"));
    }

    @Test
    void rejectsFitWindowWithTooFewYearsForTheModel() throws IOException {
        assertEquals(
                List.of("s.yaml:5:10: components.digital.fit: the fit keeps 5 years of " + CHINA
                        + " (2018, 2019, 2023, 2024, 2025); the damped model needs at least 10"),
                errors(
                        "title: T\ncomponents:\n  digital:\n    model: damped\n    fit: {from: 2018, exclude: [2020, 2021, 2022]}\n"));
    }

    @Test
    void acceptsAShortFitWindowWhenExplicitGrowthCoversEveryProjectedYear() throws IOException {
        write(
                "s.yaml",
                "title: T\ncomponents:\n  digital:\n    model: damped\n    fit: {from: 2024}\n    growth: {2026-2035: 0.05}\n");
        Workspace ws = Workspace.of(DATA);
        assertEquals(
                1,
                ScenarioResult.runAll(ws, ws.load(List.of(dir.resolve("s.yaml").toString())))
                        .size());
    }

    @Test
    void rejectsGrowthYearsNotAfterTheLatestObservedYear() throws IOException {
        assertEquals(
                List.of(
                        "s.yaml:4:14: components.digital.growth.2024-2030: expected years after the latest observed year 2025 of "
                                + CHINA + " (the projection starts there), found 2024-2030"),
                errors("title: T\ncomponents:\n  digital:\n    growth: {2024-2030: 0.1}\n"));
    }

    @Test
    void rejectsLevelShockInAnObservedYear() throws IOException {
        assertEquals(
                List.of(
                        "s.yaml:5:7: components.other.level_shocks.2025: expected years after the latest observed year 2025 of "
                                + CHINA + " (the projection starts there), found 2025"),
                errors("title: T\ncomponents:\n  other:\n    level_shocks:\n      2025: 0.05\n"));
    }

    @Test
    void rejectsShareTargetNotAfterTheLatestObservedYear() throws IOException {
        assertEquals(
                List.of("s.yaml:3:12: targets[1].year: expected a year after the latest observed year 2025 of " + CHINA
                        + ", found 2024"),
                errors("title: T\ntargets:\n  - {year: 2024, share: 0.4}\n"));
    }

    @Test
    void rejectsGrowthTargetStartingAtTheFirstObservedYear() throws IOException {
        assertEquals(
                List.of("s.yaml:3:12: targets[1].from: expected a year after the first observed year 2010 of " + CHINA
                        + " (growth in a year needs the year before), found 2010"),
                errors("title: T\ntargets:\n  - {from: 2010, to: 2029, digital_growth_at_least: 0}\n"));
    }

    @Test
    void rejectsUnknownHistory() throws IOException {
        List<String> e = errors("title: T\ndata: atlantis\n");
        assertEquals(1, e.size());
        assertTrue(
                e.get(0)
                        .startsWith(
                                "s.yaml:2:7: data: history 'atlantis' is unknown; expected one of [china, china@unctad, unctad:Antigua and Barbuda,"),
                e.get(0));
    }

    @Test
    void reportsADataGapAtTheDataKey() throws IOException {
        List<String> rows = Files.readAllLines(Path.of(DATA), StandardCharsets.UTF_8).stream()
                .filter(r -> !(r.startsWith("India,2015,digitally_deliverable_unctad,imports")))
                .toList();
        Path data = dir.resolve("gap.csv");
        Files.write(data, rows, StandardCharsets.UTF_8);
        write("s.yaml", "title: T\ndata: unctad:India\nhorizon: 2030\ntargets: [{year: 2029, share: 0.5}]\n");
        assertEquals(
                List.of("s.yaml:2:7: data: history unctad:India, year 2015: India has no digitally_deliverable_unctad "
                        + "exports + imports (gap inside 2010-2023)"),
                errors(data.toString(), "s.yaml"));
    }

    @Test
    void locatesAnInheritedKeyInTheFileThatWroteIt() throws IOException {
        write("base.yaml", "title: B\ncomponents:\n  other:\n    fit: {from: 2001}\n");
        write("child.yaml", "extends: base.yaml\ntitle: C\n");
        assertEquals(
                List.of("base.yaml:4:17: components.other.fit.from: expected a year within the data of " + CHINA
                        + ", found 2001 (inherited by child.yaml)"),
                errors(DATA, "child.yaml"));
    }

    @Test
    void reportsTheProblemsOfEveryFileAtOnce() throws IOException {
        write("a.yaml", "title: A\nhorizon: 2020\ntargets: []\n");
        write("b.yaml", "title: B\ntargets: [{year: 2020, share: 0.4}]\n");
        write("c.yaml", "title: C\ncomponents: {digital: {growth: {2025: 0.1}}}\n");
        assertEquals(
                List.of(
                        "a.yaml:2:10: horizon: expected a year after the latest observed year 2025 of " + CHINA
                                + ", found 2020",
                        "b.yaml:2:18: targets[1].year: expected a year after the latest observed year 2025 of " + CHINA
                                + ", found 2020",
                        "c.yaml:2:33: components.digital.growth.2025: expected years after the latest observed year 2025 of "
                                + CHINA + " (the projection starts there), found 2025"),
                errors(DATA, "a.yaml", "b.yaml", "c.yaml"));
    }

    @Test
    void locatesADuplicateScenarioNameAtItsNameKey() throws IOException {
        write("a.yaml", "name: same\ntitle: A\n");
        write("b.yaml", "title: B\nname: same\n");
        assertEquals(
                List.of(
                        "b.yaml:2:7: name: scenario name 'same' is also used by a.yaml; give each scenario its own name"),
                errors(DATA, "a.yaml", "b.yaml").stream()
                        .map(l -> l.replace(dir + "/", ""))
                        .toList());
    }
}
