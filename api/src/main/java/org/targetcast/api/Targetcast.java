package org.targetcast.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.workspace.BasisEvaluators;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.analysis.Evaluator;
import org.targetcast.model.analysis.GoalSeek;
import org.targetcast.model.analysis.Sensitivity;
import org.targetcast.model.analysis.Sweep;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.RollingOrigin;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.data.Dataset;
import org.targetcast.model.data.HistoryBuilder;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.trend.Scale;
import org.targetcast.model.trend.TrendFamily;

/**
 * The entry point: a dataset and the simulation settings, and every analysis of the command line as a method
 * returning an immutable result. The same data, scenarios and seed give the numbers the command line gives.
 * Immutable: {@code with...} methods return copies sharing the data. Safe to use from several threads.
 *
 * <pre>{@code
 * Targetcast tc = Targetcast.shippedData().withSeed(20241128);
 * ScenarioSource base = Scenarios.read(Path.of("scenarios/baseline.yaml"));
 * RunResult run = tc.run(base);
 * TargetResult t2029 = run.scenario("baseline").target(0);
 * System.out.println(t2029.label() + ": " + t2029.probability() + " (reached by: " + t2029.reachedBy() + ")");
 * }</pre>
 */
public final class Targetcast {
    /** Where the shipped observations live in the repository, and how they are named in messages and manifests. */
    public static final String SHIPPED_DATA = Workspace.DEFAULT_DATA;

    private static final String SHIPPED_RESOURCE = "data/observations.csv";

    private final Workspace workspace;
    private final Integer paths;
    private final Long seed;
    private final Integer threads;
    private final UncertaintySpec.Method method;
    private final boolean deterministic;

    private Targetcast(
            Workspace workspace,
            Integer paths,
            Long seed,
            Integer threads,
            UncertaintySpec.Method method,
            boolean deterministic) {
        this.workspace = workspace;
        this.paths = paths;
        this.seed = seed;
        this.threads = threads;
        this.method = method;
        this.deterministic = deterministic;
    }

    /**
     * The observations shipped with targetcast ({@value #SHIPPED_DATA}), carried inside the jar: a script needs
     * no copy of the repository.
     *
     * @return a facade over the shipped data, with the scenarios' own simulation settings
     */
    public static Targetcast shippedData() {
        String text;
        try (InputStream in = Targetcast.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped observations are missing from the targetcast-api jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Targetcast(
                Failures.translate(() -> Workspace.ofText(SHIPPED_DATA, text)), null, null, null, null, false);
    }

    /**
     * @param observations an observations CSV in the shipped file's format (scenarios/data/README.md)
     * @return a facade over that data, read now
     * @throws BadInputException naming the row and column of every problem in the file
     */
    public static Targetcast data(Path observations) {
        Failures.required(observations, "--data", "an observations file");
        Workspace ws = Workspace.of(observations.toString().replace('\\', '/'));
        Failures.translate(ws::builder);
        return new Targetcast(ws, null, null, null, null, false);
    }

    /**
     * @param n simulated paths per scenario, 1000 to 100000000, instead of each scenario's
     * @return a copy with that number of paths ({@code --paths})
     * @throws BadInputException outside the range
     */
    public Targetcast withPaths(int n) {
        if (n < 1_000 || n > 100_000_000) {
            throw Failures.badInput("paths", "expected 1000 to 100000000 paths, found " + n);
        }
        return new Targetcast(workspace, n, seed, threads, method, deterministic);
    }

    /**
     * @param s the seed of the random streams, instead of each scenario's
     * @return a copy with that seed ({@code --seed})
     */
    public Targetcast withSeed(long s) {
        return new Targetcast(workspace, paths, s, threads, method, deterministic);
    }

    /**
     * @param n worker threads, 1 to 1024; results do not depend on it
     * @return a copy with that many threads ({@code --threads})
     * @throws BadInputException outside the range
     */
    public Targetcast withThreads(int n) {
        if (n < 1 || n > 1024) {
            throw Failures.badInput("threads", "expected 1 to 1024 threads, found " + n);
        }
        return new Targetcast(workspace, paths, seed, n, method, deterministic);
    }

    /**
     * @param m {@code auto}, {@code analytic} or {@code montecarlo}, instead of each scenario's
     * @return a copy computing probabilities that way ({@code --method})
     * @throws BadInputException for another word
     */
    public Targetcast withMethod(String m) {
        Failures.required(m, "method", "auto, analytic or montecarlo");
        try {
            return new Targetcast(
                    workspace,
                    paths,
                    seed,
                    threads,
                    UncertaintySpec.Method.valueOf(m.toUpperCase(Locale.ROOT)),
                    deterministic);
        } catch (IllegalArgumentException e) {
            throw Failures.badInput("method", "expected auto, analytic or montecarlo, found '" + m + "'");
        }
    }

    /** @return a copy that runs central projections only, without probabilities ({@code --deterministic}) */
    public Targetcast deterministic() {
        return new Targetcast(workspace, paths, seed, threads, method, true);
    }

    /** @return the data file as named ({@value #SHIPPED_DATA} for the shipped data) */
    public String dataFile() {
        return workspace.dataFile();
    }

    /** @return SHA-256 of the data */
    public String dataSha256() {
        return locked(workspace::dataHash);
    }

    /** @return every observation of the data, with source ids and quality grades */
    public Dataset dataset() {
        return locked(workspace::dataset);
    }

    /** @return the histories the data can build: {@code china} and {@code unctad:<Economy>} */
    public List<String> historyNames() {
        return locked(() -> workspace.builder().historyNames());
    }

    /**
     * @param key {@code china}, {@code unctad:<Economy>} or {@code unctad:<Economy>/exports} (or {@code /imports})
     * @return that history, year by year with flags and sources
     * @throws BadInputException if the data cannot build it
     */
    public History history(String key) {
        return new History(key, locked(() -> workspace.history(key, "history")));
    }

    /**
     * Projects and judges scenarios and, unless {@link #deterministic()}, puts probabilities on them: the numbers
     * of {@code targetcast run} with the same data, scenarios and seed.
     *
     * @param scenarios the scenarios, names unique
     * @return the run
     * @throws BadInputException naming the scenario file, line and key of every problem found against the data
     */
    public RunResult run(ScenarioSource... scenarios) {
        return run(Arrays.asList(Failures.requiredEach(scenarios, "scenarios", "a scenario")));
    }

    /**
     * @param scenarios the scenarios, names unique
     * @return the run ({@link #run(ScenarioSource...)})
     */
    public RunResult run(List<ScenarioSource> scenarios) {
        Failures.required(scenarios, "scenarios", "a list of scenarios");
        scenarios.forEach(s -> Failures.required(s, "scenarios", "a scenario"));
        if (scenarios.isEmpty()) {
            throw Failures.badInput("scenarios", "expected at least one scenario, found none");
        }
        List<LoadedScenario> loaded =
                scenarios.stream().map(ScenarioSource::loaded).toList();
        List<ScenarioResult> results = locked(() -> ScenarioResult.runAll(workspace, loaded, simulator()));
        // each result with the source of the same scenario, found by its name (names are unique in a run)
        Map<String, ScenarioSource> byName = new HashMap<>();
        scenarios.forEach(s -> byName.put(s.loaded().scenario().name(), s));
        List<ScenarioRun> runs = new ArrayList<>();
        for (ScenarioResult r : results) {
            runs.add(new ScenarioRun(r, byName.get(r.name())));
        }
        return new RunResult(runs, workspace.dataFile(), dataSha256());
    }

    /**
     * Scenarios side by side, target by target, against the first: the numbers of {@code targetcast compare}.
     *
     * @param scenarios the scenarios; the first is the reference
     * @return the comparison
     */
    public Comparison compare(ScenarioSource... scenarios) {
        return compare(Arrays.asList(Failures.requiredEach(scenarios, "scenarios", "a scenario")));
    }

    /**
     * @param scenarios the scenarios; the first is the reference
     * @return the comparison ({@link #compare(ScenarioSource...)})
     */
    public Comparison compare(List<ScenarioSource> scenarios) {
        return new Comparison(run(scenarios));
    }

    /**
     * The probability of one target over a grid of two assumptions, all else as in the scenario: the numbers of
     * {@code targetcast sweep}. Exact where the shocks are Gaussian, else simulated (20 000 paths a cell).
     *
     * @param scenario the scenario varied
     * @param target the target's index in the scenario, from 0
     * @param x the first assumption and its range
     * @param y the second assumption and its range
     * @param steps values per axis, 2 to 201
     * @return the probability map
     * @throws BadInputException for a bad target, equal axes or steps out of range
     */
    public SweepResult sweep(ScenarioSource scenario, int target, Axis x, Axis y, int steps) {
        Failures.required(scenario, "scenario", "a scenario");
        Failures.required(x, "x", "an axis such as Axis.of(\"digital_growth\", 0.02, 0.14)");
        Failures.required(y, "y", "an axis such as Axis.of(\"other_growth\", 0.0, 0.1)");
        if (steps < 2 || steps > 201) {
            throw Failures.badInput("steps", "expected 2 to 201 values per axis, found " + steps);
        }
        if (x.assumption() == y.assumption()) {
            throw Failures.badInput(
                    "y",
                    "expected an assumption other than x's " + x.assumption().key());
        }
        checkTarget(scenario, target);
        Evaluator e = evaluatorOf(scenario);
        Sweep.Result r = Failures.translate(() -> Sweep.run(
                e,
                asRun(),
                scenario.scenario(),
                target,
                x.assumption(),
                Sweep.grid(x.from(), x.to(), steps),
                y.assumption(),
                Sweep.grid(y.from(), y.to(), steps)));
        return new SweepResult(
                r, scenario.name(), scenario.scenario().targets().get(target).label());
    }

    /**
     * Which assumption moves a target's probability most, one at a time: the numbers of
     * {@code targetcast sensitivity}.
     *
     * @param scenario the scenario
     * @param target the target's index in the scenario, from 0
     * @return the bars, largest swing first
     */
    public SensitivityResult sensitivity(ScenarioSource scenario, int target) {
        checkTarget(scenario, target);
        Evaluator e = evaluatorOf(scenario);
        var bases = locked(() -> BasisEvaluators.of(
                workspace, historyOf(scenario), scenario.scenario().data(), scenario.origin()));
        return new SensitivityResult(
                Failures.translate(() -> Sensitivity.run(e, asRun(), scenario.scenario(), target, bases)));
    }

    /**
     * The constant digital growth each share target needs, beside the scenario's own: {@code targetcast solve}.
     *
     * @param scenarios the scenarios
     * @return one row per scenario and share target
     */
    public List<Requirement> solve(List<ScenarioSource> scenarios) {
        return requirements(scenarios, Double.NaN);
    }

    /**
     * @param scenarios the scenarios
     * @param probability also the growth at which each target is met with this probability (goal seek), in
     *     (0, 1) ({@code targetcast solve --probability}); {@link #solve(List)} for none
     * @return one row per scenario and share target
     * @throws BadInputException for a probability outside (0, 1), NaN included
     */
    public List<Requirement> solve(List<ScenarioSource> scenarios, double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw Failures.badInput("probability", "expected a probability inside (0, 1), found " + probability);
        }
        return requirements(scenarios, probability);
    }

    /** The rows of {@link #solve}; {@code probability} NaN for none. */
    private List<Requirement> requirements(List<ScenarioSource> scenarios, double probability) {
        RunResult run = deterministic().run(scenarios);
        List<Requirement> out = new ArrayList<>();
        for (ScenarioRun r : run.scenarios()) {
            Projection p = r.projection();
            int c = p.lastObservedYear();
            for (TargetResult judged : r.targets()) {
                if (judged.target() instanceof ShareTarget t) {
                    int h = t.year() - c;
                    double assumed = Math.pow(p.digital(t.year()) / p.digital(c), 1.0 / h) - 1;
                    double other = Math.pow(p.other(t.year()) / p.other(c), 1.0 / h) - 1;
                    int index = r.source().scenario().targets().indexOf(t);
                    double g = Double.isNaN(probability)
                            ? Double.NaN
                            : Failures.translate(() -> GoalSeek.digitalGrowthFor(
                                    Evaluator.of(p.history(), locked(workspace::forecaster)),
                                    p.scenario(),
                                    index,
                                    probability));
                    out.add(new Requirement(
                            r.name(),
                            org.targetcast.engine.text.Glossary.target(t, org.targetcast.charts.Lang.EN),
                            c,
                            judged.verdict().requiredGrowth(),
                            assumed,
                            other,
                            g));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * A rolling-origin backtest of every trend family on one series, horizons 1 to 6: {@code targetcast backtest}.
     *
     * @param series {@code <history>.<digital|other|total|share>}, e.g. {@code china.digital} or
     *     {@code unctad:India.share}
     * @return the forecasts and their scores
     */
    public BacktestResult backtest(String series) {
        return backtest(series, RollingOrigin.DEFAULT_MAX_HORIZON);
    }

    /**
     * @param series the series key
     * @param maxHorizon the longest horizon, 1 to 20
     * @return the forecasts and their scores ({@link #backtest(String)})
     */
    public BacktestResult backtest(String series, int maxHorizon) {
        Failures.required(series, "series", "a series such as china.share or unctad:India.digital");
        if (maxHorizon < 1 || maxHorizon > 20) {
            throw Failures.badInput("horizons", "expected 1 to 20 years ahead, found " + maxHorizon);
        }
        RollingOrigin backtest = RollingOrigin.withDefaults().withMaxHorizon(maxHorizon);
        List<Evaluation> out = new ArrayList<>();
        List<TrendFamily> levels = Arrays.stream(TrendFamily.values())
                .filter(f -> f.scale() == Scale.LEVEL)
                .toList();
        locked(() -> {
            try {
                HistoryBuilder b = workspace.builder();
                if (series.endsWith(".share")) {
                    String history = series.substring(0, series.lastIndexOf('.'));
                    AnnualSeries d = b.series(history + ".digital");
                    AnnualSeries o = b.series(history + ".other");
                    List<AnnualSeries> digitalPanel = workspace.panel("digital");
                    List<AnnualSeries> otherPanel = workspace.panel("other");
                    for (TrendFamily f : levels) {
                        out.add(backtest.evaluateShare(
                                d, o, TrendModels.of(f, digitalPanel), TrendModels.of(f, otherPanel)));
                    }
                    out.add(backtest.evaluate(RollingOrigin.share(d, o), TrendModels.of(TrendFamily.LOGISTIC)));
                } else {
                    AnnualSeries s = b.series(series);
                    List<AnnualSeries> panel = workspace.panel(series.substring(series.lastIndexOf('.') + 1));
                    for (TrendFamily f : levels) {
                        out.add(backtest.evaluate(s, TrendModels.of(f, panel)));
                    }
                }
            } catch (org.targetcast.model.ModelException e) {
                throw org.targetcast.engine.io.InputException.at("series", 0, 0, "", e.getMessage());
            }
            return null;
        });
        return new BacktestResult(series, maxHorizon, out);
    }

    private Simulator simulator() {
        if (deterministic) {
            return null;
        }
        Simulator s = Simulator.withDefaults().withOverrides(paths, seed, method);
        return threads == null ? s : s.withThreads(threads);
    }

    /** The evaluator of a scenario's history, {@code model: pooled} pooling over the data's histories. */
    private Evaluator evaluatorOf(ScenarioSource s) {
        ComponentHistory h = historyOf(s);
        return Evaluator.of(h, locked(workspace::forecaster));
    }

    /** The simulator a run of this library uses, for the scenario's own probability in an analysis. */
    private Simulator asRun() {
        Simulator s = simulator();
        return s == null ? Simulator.withDefaults().withOverrides(paths, seed, method) : s;
    }

    private ComponentHistory historyOf(ScenarioSource s) {
        return locked(() -> workspace.history(s.scenario().data(), s.origin()));
    }

    private static void checkTarget(ScenarioSource s, int target) {
        Failures.required(s, "scenario", "a scenario");
        int n = s.scenario().targets().size();
        if (target < 0 || target >= n) {
            throw Failures.badInput(
                    "target",
                    "expected 0 to " + (n - 1) + " (the targets of " + s.origin() + ", from 0), found " + target);
        }
    }

    /** The workspace caches histories and is not thread-safe: one analysis reads it at a time. */
    private <T> T locked(Supplier<T> work) {
        synchronized (workspace) {
            return Failures.translate(work);
        }
    }

    @Override
    public String toString() {
        return "Targetcast[data=" + workspace.dataFile() + (seed == null ? "" : ", seed=" + seed)
                + (paths == null ? "" : ", paths=" + paths) + (deterministic ? ", deterministic" : "") + "]";
    }
}
