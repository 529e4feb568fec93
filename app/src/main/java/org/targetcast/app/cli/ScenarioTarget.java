package org.targetcast.app.cli;

import java.util.List;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.workspace.Workspace;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The one scenario and one of its targets that an analysis command works on. */
public final class ScenarioTarget {
    @Parameters(
            arity = "0..1",
            paramLabel = "SCENARIO",
            defaultValue = "scenarios/baseline.yaml",
            description = "Scenario file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(
            names = "--target",
            paramLabel = "N",
            defaultValue = "1",
            description =
                    "Which of the scenario's targets, counting from 1 (default: ${DEFAULT-VALUE}, the 2029 share target of the shipped scenarios).")
    int target;

    /** @return the scenario, read and validated */
    LoadedScenario load() {
        List<LoadedScenario> all = Workspace.scenarios(List.of(scenario));
        if (all.size() != 1) {
            throw InputException.at(
                    scenario, 0, 0, "", "expected one scenario file, found " + all.size() + " scenarios");
        }
        LoadedScenario s = all.get(0);
        if (target < 1 || target > s.scenario().targets().size()) {
            throw InputException.at(
                    "--target",
                    0,
                    0,
                    "",
                    "expected 1 to " + s.scenario().targets().size() + " (the targets of " + scenario + "), found "
                            + target);
        }
        return s;
    }

    /** @return the target's index, counting from 0 */
    int index() {
        return target - 1;
    }
}
