package org.targetcast.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.targetcast.app.report.RunInputs;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.outlook.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetcast validate}: check scenario files and the data without writing anything. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        header = "Check scenario files and the data; nothing is written.",
        description = {
            "Check scenario files and the data file: syntax, keys, types, ranges, and that each scenario can be "
                    + "projected on its data, with the checks run makes before it writes (the first scenario on both "
                    + "data bases included). Prints every problem as file:line:column and exits 2 if any."
        })
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..*",
            paramLabel = "SCENARIO",
            description = "Scenario files, folders or names (baseline = scenarios/baseline.yaml) (default: scenarios).")
    List<String> paths;

    @Mixin
    DataOption data;

    @Option(
            names = "--allow-long",
            description = "Accept a scenario whose simulation is estimated above 1e9 path-years (run needs the same"
                    + " option for it).")
    boolean allowLong;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Workspace ws = data.workspace();
        List<LoadedScenario> scenarios =
                ws.load(paths == null || paths.isEmpty() ? List.of(Workspace.DEFAULT_SCENARIOS) : paths);
        List<ScenarioResult> projected = RunInputs.check(ws, scenarios);
        // what run would refuse without --allow-long, validate refuses too
        Simulator simulator = Simulator.withDefaults().withForecaster(ws.forecaster());
        List<InputException.Problem> tooLong = new ArrayList<>();
        for (ScenarioResult r : projected) {
            double work = simulator.pathYears(r.projection());
            if (work > WorkEstimate.LIMIT && !allowLong) {
                tooLong.add(r.loaded()
                        .locations()
                        .problem("uncertainty.paths", WorkEstimate.refusal("run", "1 scenario", work)));
            }
        }
        if (!tooLong.isEmpty()) {
            throw new InputException(tooLong);
        }
        for (LoadedScenario s : scenarios) {
            spec.commandLine()
                    .getOut()
                    .println(s.file() + ": ok (" + s.scenario().name() + ": "
                            + s.scenario().title() + ")");
        }
        return ExitCodes.OK;
    }
}
