package org.targetcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.app.cli.Cli;
import org.targetcast.app.explore.ExplorerEngine;
import org.targetcast.app.explore.ExplorerResult;
import org.targetcast.app.explore.ExplorerState;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.target.ShareTarget;

/**
 * One scenario, one answer, whichever door it comes through: for every shipped scenario, a scenario that
 * names {@code model: pooled} and one that averages {@code families: [pooled, drift]}, the probabilities
 * and central paths of {@code run} (summary.csv, trajectories.csv), {@code compare} (compare.csv), the
 * sweep's value at the scenario's own point, the explorer's engine and the library are the same numbers,
 * and the growth {@code solve} finds for a probability gives that probability when run.
 *
 * <p>The files are compared at the precision they are written in (the same formatter writes every CSV);
 * everything in memory is compared exactly.
 */
class OneForecastParityTest {
    private static final String POOLED = "extends: baseline.yaml\nname: pooled\ntitle: Both components pooled\n"
            + "components:\n  digital:\n    model: pooled\n  other:\n    model: pooled\n";
    private static final String POOLED_DRIFT = "extends: baseline.yaml\nname: pooled-drift\n"
            + "title: Pooled and drift averaged\nuncertainty:\n  families: [pooled, drift]\n";

    @TempDir
    static Path dir;

    private static Path scenarios;
    /** summary.csv's headline probability, by scenario and target label. */
    private static final Map<String, Map<String, String>> RUN = new LinkedHashMap<>();
    /** trajectories.csv's projected share, by scenario and year. */
    private static final Map<String, Map<Integer, String>> CENTRAL = new LinkedHashMap<>();

    @BeforeAll
    static void runEveryScenario() throws IOException {
        scenarios = dir.resolve("scenarios");
        Files.createDirectories(scenarios);
        try (Stream<Path> shipped = Files.list(Path.of(Cli.SCENARIOS))) {
            for (Path p : shipped.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, scenarios.resolve(p.getFileName()));
            }
        }
        Files.writeString(scenarios.resolve("pooled.yaml"), POOLED, StandardCharsets.UTF_8);
        Files.writeString(scenarios.resolve("pooled-drift.yaml"), POOLED_DRIFT, StandardCharsets.UTF_8);
        Path out = dir.resolve("run");
        Cli cli = Cli.run("run", scenarios.toString(), "--data", Cli.DATA, "--out", out.toString(), "--no-charts");
        assertEquals(0, cli.code(), cli.err());
        Csv summary = Csv.read(out.resolve("summary.csv"));
        for (List<String> row : summary.rows()) {
            RUN.computeIfAbsent(row.get(summary.column("scenario")), k -> new LinkedHashMap<>())
                    .put(row.get(summary.column("target")), row.get(summary.column("probability")));
        }
        Csv paths = Csv.read(out.resolve("trajectories.csv"));
        for (List<String> row : paths.rows()) {
            if (row.get(paths.column("kind")).equals("projected")) {
                CENTRAL.computeIfAbsent(row.get(paths.column("scenario")), k -> new LinkedHashMap<>())
                        .put(Integer.parseInt(row.get(paths.column("year"))), row.get(paths.column("share")));
            }
        }
        assertEquals(7, RUN.size(), "five shipped scenarios and two pooled ones: " + RUN.keySet());
    }

    private static List<ScenarioSource> sources() {
        List<ScenarioSource> out = new ArrayList<>();
        for (String name : RUN.keySet()) {
            out.add(Scenarios.read(scenarios.resolve(name + ".yaml")));
        }
        return out;
    }

    /** A file's value against the one in memory: equal at the precision written (4 decimals at most). */
    private static void same(String written, double inMemory, String what) {
        assertEquals(Double.parseDouble(written), inMemory, 0.5e-4 + 1e-12, what);
    }

    @Test
    void theLibraryGivesRunsProbabilitiesAndCentralPaths() {
        RunResult lib = Targetcast.data(Path.of(Cli.DATA)).run(sources());
        for (ScenarioRun r : lib.scenarios()) {
            for (TargetResult t : r.targets()) {
                same(RUN.get(r.name()).get(t.label()), t.probability(), r.name() + " " + t.label());
            }
            CENTRAL.get(r.name())
                    .forEach((year, share) ->
                            same(share, r.projection().share(year), r.name() + " central share " + year));
        }
    }

    @Test
    void compareGivesRunsProbabilities() throws IOException {
        List<String> args = new ArrayList<>(List.of("compare"));
        RUN.keySet().forEach(n -> args.add(scenarios.resolve(n + ".yaml").toString()));
        Path out = dir.resolve("compare");
        args.addAll(List.of("--data", Cli.DATA, "--out", out.toString(), "--no-charts"));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(0, cli.code(), cli.err());
        Csv compare = Csv.read(out.resolve("compare.csv"));
        int checked = 0;
        for (List<String> row : compare.rows()) {
            String scenario = row.get(compare.column("scenario"));
            String target = row.get(compare.column("target"));
            same(
                    RUN.get(scenario).get(target),
                    Double.parseDouble(row.get(compare.column("probability"))),
                    scenario + " " + target);
            checked++;
        }
        assertEquals(RUN.values().stream().mapToInt(Map::size).sum(), checked, "every scenario and target compared");
    }

    @Test
    void theSweepsOwnPointIsRunsProbability() {
        Targetcast tc = Targetcast.data(Path.of(Cli.DATA));
        for (ScenarioSource s : sources()) {
            SweepResult map =
                    tc.sweep(s, 0, Axis.of("digital_growth", 0.04, 0.12), Axis.of("other_growth", 0.02, 0.08), 2);
            String label = s.scenario().targets().get(0).label();
            same(
                    RUN.get(s.scenario().name()).get(label),
                    map.result().scenarioProbability(),
                    s.scenario().name() + " at its own point");
        }
    }

    @Test
    void theExplorersEngineGivesRunsProbabilitiesAndCentralPath() {
        Workspace ws = Workspace.of(Cli.DATA);
        ExplorerEngine engine =
                ExplorerEngine.of(key -> ws.history(key, "test")).withForecaster(ws.forecaster());
        for (LoadedScenario loaded : Workspace.scenarios(List.of(scenarios.toString()))) {
            ExplorerResult r = engine.compute(ExplorerState.of(loaded));
            String name = loaded.scenario().name();
            for (ExplorerResult.Row row : r.rows()) {
                same(RUN.get(name).get(row.target().label()), row.probability(), name + " " + row.target());
            }
            CENTRAL.get(name)
                    .forEach((year, share) -> same(share, r.projection().share(year), name + " central share " + year));
        }
    }

    @Test
    void solvesGrowthGivesItsProbabilityWhenRun() {
        double wanted = 0.8;
        Targetcast tc = Targetcast.data(Path.of(Cli.DATA));
        // the goal seek simulates 20,000 paths with the scenario's seed where there is no closed form: a run
        // with as many paths draws the same numbers
        Targetcast check = Targetcast.data(Path.of(Cli.DATA)).withPaths(20_000);
        for (Requirement q : tc.solve(sources(), wanted)) {
            if (!q.target().contains("2029")) {
                continue;
            }
            assertTrue(Double.isFinite(q.growthForProbability()), q.toString());
            String variant = "extends: " + q.scenario() + ".yaml\nname: " + q.scenario() + "-solved\n"
                    + "components:\n  digital:\n    growth: {" + (q.fromYear() + 1) + "-2035: "
                    + String.format(Locale.ROOT, "%.17g", q.growthForProbability()) + "}\n";
            ScenarioRun r = check.run(Scenarios.parse(variant, scenarios.resolve(q.scenario() + "-solved.yaml")))
                    .scenarios()
                    .get(0);
            TargetResult t = r.targets().stream()
                    .filter(x -> x.target() instanceof ShareTarget st && st.year() == 2029 && !st.reachedBy())
                    .findFirst()
                    .orElseThrow();
            double tolerance = t.method().equals("analytic") ? 1e-6 : 2.0 / 20_000;
            assertEquals(wanted, t.probability(), tolerance, q.scenario() + ": growth " + q.growthForProbability());
        }
    }

    @Test
    void aScenarioNamingPooledGetsThePooledModelsProbabilities() throws IOException {
        assertNotEquals(RUN.get("baseline"), RUN.get("pooled"), "pooled is not the baseline's average");
        String manifest = Files.readString(dir.resolve("run").resolve("manifest.json"), StandardCharsets.UTF_8);
        int at = manifest.indexOf("\"name\": \"pooled\"");
        assertTrue(at >= 0, "the pooled scenario is in the manifest");
        int next = manifest.indexOf("\"name\":", at + 10);
        String entry = manifest.substring(at, next < 0 ? manifest.length() : next);
        assertTrue(entry.contains("\"model\": \"pooled\""), "its components are pooled: " + entry);
        assertTrue(!entry.contains("model average"), "it averages nothing: the nearest statement wins");
        String averaged = manifest.substring(manifest.indexOf("\"name\": \"pooled-drift\""));
        String weights = averaged.substring(averaged.indexOf("model average"));
        assertTrue(weights.contains("pooled ") && weights.contains("drift "), "its weights name both families");
    }
}
