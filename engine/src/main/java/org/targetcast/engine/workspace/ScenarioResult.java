package org.targetcast.engine.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.io.ScenarioChecks;
import org.targetcast.model.ModelException;
import org.targetcast.model.assessment.Assessment;
import org.targetcast.model.assessment.Provenance;
import org.targetcast.model.assessment.TargetAssessment;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.evaluation.TargetEvaluator;
import org.targetcast.model.outlook.Forecaster;
import org.targetcast.model.outlook.ShareForecast;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.target.Target;
import org.targetcast.model.target.Verdict;

/**
 * One scenario carried through: its source, the history it used, its projection and its verdicts.
 *
 * @param loaded the scenario and its provenance
 * @param projection the deterministic projection
 * @param verdicts one per target, in the scenario's order
 * @param outlook the uncertainty around the projection, or null when it was not asked for
 * @param forecast the forecast the outlook was read from (the families averaged and their weights), or null
 *     when no outlook was asked for
 * @param dataFile the data file the history came from, as named by the user
 * @param dataHash its SHA-256
 */
public record ScenarioResult(
        LoadedScenario loaded,
        Projection projection,
        List<Verdict> verdicts,
        Outlook outlook,
        ShareForecast forecast,
        String dataFile,
        String dataHash) {
    /** Copies the verdicts. */
    public ScenarioResult {
        verdicts = List.copyOf(verdicts);
        java.util.Objects.requireNonNull(dataFile, "dataFile");
        java.util.Objects.requireNonNull(dataHash, "dataHash");
    }

    /** @return the outlook, if the run computed one */
    public java.util.Optional<Outlook> outlookIfAny() {
        return java.util.Optional.ofNullable(outlook);
    }

    /**
     * @return each target's verdict with its outlook, in the scenario's order, paired by target
     */
    public List<TargetAssessment> judged() {
        return Assessment.of(name(), verdicts, outlook, provenance("")).targets();
    }

    /**
     * @param target a target of this result's scenario (the same target in a run of the scenario on another
     *     data basis, say)
     * @return that target's verdict with its outlook, found by the target, not by its place in a list
     * @throws IllegalArgumentException if the scenario has no such target
     */
    public TargetAssessment judged(Target target) {
        return Assessment.of(name(), verdicts, outlook, provenance(""))
                .judged(target)
                .orElseThrow(() -> new IllegalArgumentException(name() + " has no target " + target.label()));
    }

    /**
     * @param version the toolkit's version
     * @return how to re-run this result
     */
    public Provenance provenance(String version) {
        return new Provenance(
                version,
                dataFile,
                dataHash,
                loaded.file(),
                loaded.sha256(),
                outlook == null ? 0 : outlook.paths(),
                outlook == null ? 0 : outlook.seed());
    }

    /**
     * @param version the toolkit's version
     * @return the scenario's assessment: every target's verdict with its probabilities, and the provenance
     */
    public Assessment assessment(String version) {
        return Assessment.of(name(), verdicts, outlook, provenance(version));
    }

    /** @return the scenario's name */
    public String name() {
        return loaded.scenario().name();
    }

    /** @return the history the scenario was projected from */
    public ComponentHistory history() {
        return projection.history();
    }

    /**
     * Projects and judges every scenario. Duplicate scenario names and model failures are user errors.
     *
     * @param workspace where the data come from
     * @param scenarios the scenarios, in order
     * @return one result per scenario
     * @throws InputException naming the scenario file of each failure
     */
    public static List<ScenarioResult> runAll(Workspace workspace, List<LoadedScenario> scenarios) {
        return runAll(workspace, scenarios, null);
    }

    /**
     * Projects, judges and, with a simulator, puts uncertainty around every scenario.
     *
     * @param workspace where the data come from
     * @param scenarios the scenarios, in order
     * @param simulator the uncertainty engine, or null for deterministic results only
     * @return one result per scenario
     * @throws InputException naming the scenario file of each failure
     */
    public static List<ScenarioResult> runAll(
            Workspace workspace, List<LoadedScenario> scenarios, Simulator simulator) {
        List<InputException.Problem> problems = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        List<LoadedScenario> checked = new ArrayList<>();
        List<ComponentHistory> histories = new ArrayList<>();
        for (LoadedScenario s : scenarios) {
            String previous = names.putIfAbsent(s.scenario().name(), s.file());
            if (previous != null) {
                problems.add(s.locations()
                        .problem(
                                "name",
                                "scenario name '" + s.scenario().name() + "' is also used by " + previous
                                        + "; give each scenario its own name"));
                continue;
            }
            ComponentHistory h;
            try {
                h = workspace.history(s.scenario().data());
            } catch (ModelException e) {
                problems.add(s.locations().problem("data", e.getMessage()));
                continue;
            }
            List<InputException.Problem> found = ScenarioChecks.check(s, h);
            if (!found.isEmpty()) {
                problems.addAll(found);
                continue;
            }
            checked.add(s);
            histories.add(h);
        }
        // the projections in parallel, kept in the scenarios' order: each is a deterministic function of its
        // scenario and the data, and what they share (the forecaster, its memo, the calibrations) is built once
        // under the workspace's lock or kept in thread-safe memos
        Forecaster forecaster = workspace.forecaster();
        if (checked.stream().anyMatch(s -> s.scenario().uncertainty().calibration() == ErrorCalibration.Source.PANEL)) {
            // the panel screened on this thread: a caller may hold the workspace's lock while the tasks run
            workspace.calibrationPanel();
        }
        String dataFile = workspace.dataFile();
        String dataHash = workspace.dataHash();
        List<Object> made = IntStream.range(0, checked.size())
                .parallel()
                .mapToObj(i -> {
                    LoadedScenario s = checked.get(i);
                    ComponentHistory h = histories.get(i);
                    try {
                        Projection p = forecaster.project(s.scenario(), h);
                        return (Object)
                                new ScenarioResult(s, p, TargetEvaluator.evaluate(p), null, null, dataFile, dataHash);
                    } catch (ModelException e) {
                        return locate(s, e);
                    }
                })
                .toList();
        // the calibrations listed in the scenarios' order, as a run on one thread lists them (the manifest's order)
        for (int i = 0; i < checked.size(); i++) {
            try {
                workspace.listCalibration(checked.get(i).scenario(), histories.get(i));
            } catch (ModelException e) {
                // its problem is the projection's, reported below
            }
        }
        List<ScenarioResult> out = new ArrayList<>();
        for (Object o : made) {
            if (o instanceof ScenarioResult r) {
                out.add(r);
            } else {
                problems.add((InputException.Problem) o);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return simulator == null ? out : simulate(out, simulator.withForecaster(workspace.forecaster()));
    }

    /**
     * Puts uncertainty around projected scenarios.
     *
     * @param results deterministic results ({@link #runAll(Workspace, List)})
     * @param simulator the uncertainty engine, over the workspace's forecaster ({@link Simulator#withForecaster})
     * @return the results with their outlooks, in order
     * @throws InputException naming the scenario of each model failure
     */
    public static List<ScenarioResult> simulate(List<ScenarioResult> results, Simulator simulator) {
        return simulate(results, simulator, name -> {});
    }

    /**
     * Puts uncertainty around projected scenarios, telling {@code starting} the name of each before it is
     * simulated (for a progress display).
     *
     * @param results deterministic results ({@link #runAll(Workspace, List)})
     * @param simulator the uncertainty engine
     * @param starting told each scenario's name before its simulation
     * @return the results with their outlooks, in order
     * @throws InputException naming the scenario of each model failure
     */
    public static List<ScenarioResult> simulate(
            List<ScenarioResult> results, Simulator simulator, java.util.function.Consumer<String> starting) {
        return simulate(results, simulator, starting, r -> {});
    }

    /**
     * Puts uncertainty around projected scenarios, one after another, handing each result on as soon as it
     * is ready (so its charts can be drawn while the next is simulated).
     *
     * @param results deterministic results ({@link #runAll(Workspace, List)})
     * @param simulator the uncertainty engine
     * @param starting told each scenario's name before its simulation
     * @param simulated given each scenario's result once simulated, in order
     * @return the results with their outlooks, in order
     * @throws InputException naming the scenario of each model failure
     */
    public static List<ScenarioResult> simulate(
            List<ScenarioResult> results,
            Simulator simulator,
            java.util.function.Consumer<String> starting,
            java.util.function.Consumer<ScenarioResult> simulated) {
        List<InputException.Problem> problems = new ArrayList<>();
        List<ScenarioResult> out = new ArrayList<>();
        // every scenario's forecast (its family weights, from backtests) is made ahead, in parallel, while the
        // earlier scenarios are simulated: a forecast is a deterministic function of its projection
        Forecaster forecaster = simulator.forecaster();
        List<CompletableFuture<ShareForecast>> forecasts = results.stream()
                .map(r -> CompletableFuture.supplyAsync(() -> forecaster.forecast(r.projection())))
                .toList();
        for (int i = 0; i < results.size(); i++) {
            ScenarioResult r = results.get(i);
            starting.accept(r.name());
            try {
                ShareForecast forecast = await(forecasts.get(i));
                ScenarioResult s = new ScenarioResult(
                        r.loaded(),
                        r.projection(),
                        r.verdicts(),
                        simulator.run(forecast),
                        forecast,
                        r.dataFile(),
                        r.dataHash());
                out.add(s);
                simulated.accept(s);
            } catch (ModelException e) {
                problems.add(locate(r.loaded(), e));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /** The forecast made ahead, or the model failure it met, as thrown where it is awaited. */
    private static ShareForecast await(CompletableFuture<ShareForecast> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /**
     * The place of a model failure the checks did not foresee: the scenario key the exception carries (the
     * model key of the component whose trend failed), else the scenario file.
     */
    static InputException.Problem locate(LoadedScenario s, ModelException e) {
        String m = e.getMessage() == null ? "the model failed" : e.getMessage();
        return s.locations().problem(e.key(), m);
    }
}
