package org.targetcast.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.targetcast.app.io.InputException;
import org.targetcast.app.io.LoadedScenario;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.Simulator;
import org.targetcast.model.target.TargetEvaluator;
import org.targetcast.model.target.Verdict;

/**
 * One scenario carried through: its source, the history it used, its projection and its verdicts.
 *
 * @param loaded the scenario and its provenance
 * @param projection the deterministic projection
 * @param verdicts one per target, in the scenario's order
 * @param outlook the uncertainty around the projection, or null when it was not asked for
 */
public record ScenarioResult(LoadedScenario loaded, Projection projection, List<Verdict> verdicts, Outlook outlook) {
    /** Copies the verdicts. */
    public ScenarioResult {
        verdicts = List.copyOf(verdicts);
    }

    /** @return the outlook, if the run computed one */
    public java.util.Optional<Outlook> outlookIfAny() {
        return java.util.Optional.ofNullable(outlook);
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
    public static List<ScenarioResult> runAll(Workspace workspace, List<LoadedScenario> scenarios, Simulator simulator) {
        List<InputException.Problem> problems = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        List<ScenarioResult> out = new ArrayList<>();
        Projector projector = Projector.withDefaults();
        for (LoadedScenario s : scenarios) {
            String previous = names.putIfAbsent(s.scenario().name(), s.file());
            if (previous != null) {
                problems.add(new InputException.Problem(s.file(), 0, 0, "name",
                        "scenario name '" + s.scenario().name() + "' is also used by " + previous));
                continue;
            }
            try {
                ComponentHistory h = workspace.history(s.scenario().data(), s.file());
                Projection p = projector.project(s.scenario(), h);
                List<Verdict> verdicts = TargetEvaluator.evaluate(p);
                out.add(new ScenarioResult(s, p, verdicts, simulator == null ? null : simulator.run(p)));
            } catch (ModelException e) {
                problems.add(new InputException.Problem(s.file(), 0, 0, "", e.getMessage()));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }
}
