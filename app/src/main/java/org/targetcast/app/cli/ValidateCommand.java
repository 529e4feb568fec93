package org.targetcast.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.targetcast.app.report.RunInputs;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Workspace ws = data.workspace();
        List<LoadedScenario> scenarios =
                ws.load(paths == null || paths.isEmpty() ? List.of(Workspace.DEFAULT_SCENARIOS) : paths);
        RunInputs.check(ws, scenarios);
        for (LoadedScenario s : scenarios) {
            spec.commandLine()
                    .getOut()
                    .println(s.file() + ": ok (" + s.scenario().name() + ": "
                            + s.scenario().title() + ")");
        }
        return ExitCodes.OK;
    }
}
