package org.targetcast.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.targetcast.app.report.ChartFiles;
import org.targetcast.app.report.ChartOutput;
import org.targetcast.app.report.OutputFolder;
import org.targetcast.app.report.PanelChart;
import org.targetcast.charts.PanelSharesChart;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetcast chart}: one kind of chart for some scenarios, at the size, format and language asked. */
@Command(
        name = "chart",
        mixinStandardHelpOptions = true,
        header = "One kind of chart, at the size, format and language asked.",
        description = {
            "Draw one kind of chart for each scenario named, e.g. the fan chart of the baseline in Chinese, "
                    + "for slides, as PDF and PowerPoint:",
            "  targetcast chart baseline --kind fan --preset slides --formats pdf,pptx --lang zh",
            "Kinds: fan, share, components, decomposition, histogram (the share's distribution in --year), panel (the"
                    + " share in every economy of the calibration panel, China highlighted; one chart of the data, no"
                    + " scenario run)."
        })
public final class ChartCommand implements Callable<Integer> {
    private static final List<String> KINDS =
            List.of("fan", "share", "components", "decomposition", "histogram", "panel");

    @Parameters(
            arity = "0..*",
            paramLabel = "SCENARIO",
            description =
                    "Scenario files, folders, sets or names (baseline = scenarios/baseline.yaml) (default: scenarios).")
    List<String> paths;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            defaultValue = "fan",
            description = "fan, share, components, decomposition, histogram or panel (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "With --kind histogram: the year (default: each share target's year).")
    Integer year;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out-charts",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ChartOptions charts;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String k = kind.toLowerCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw InputException.at(
                    "--kind", 0, 0, "", "expected one of " + String.join(", ", KINDS) + ", found '" + kind + "'");
        }
        ChartOutput output = charts.output();
        List<String> named = paths == null || paths.isEmpty() ? List.of(Workspace.DEFAULT_SCENARIOS) : paths;
        Workspace ws = data.workspace();
        if (k.equals("panel")) {
            return panel(ws, output, named);
        }
        List<ScenarioResult> results = simulation.simulate(
                "chart",
                ws,
                ScenarioResult.runAll(ws, Workspace.scenarios(named)),
                spec.commandLine().getErr(),
                r -> {});
        List<String> written = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.adding(out, "chart", "--out", ws.inputs(named))) {
            for (ScenarioResult r : results) {
                written.addAll(ChartFiles.one(r, k, year, output, folder));
            }
            folder.commit();
        }
        spec.commandLine()
                .getOut()
                .println(Glossary.term("wrote.files", charts.lang, out, Glossary.files(charts.lang, written)));
        return ExitCodes.OK;
    }

    /** The calibration panel's chart, {@code panel.*}: drawn from the data alone, no scenario is run. */
    private int panel(Workspace ws, ChartOutput output, List<String> named) throws IOException {
        if (paths != null && !paths.isEmpty()) {
            throw InputException.at("--kind", 0, 0, "", "panel draws the data's calibration panel; name no scenario");
        }
        if (year != null) {
            throw InputException.at("--year", 0, 0, "", "works with --kind histogram only");
        }
        PanelSharesChart chart = PanelChart.of(ws, output.lang());
        if (chart == null) {
            throw InputException.at(
                    "--kind", 0, 0, "", "the calibration panel of " + ws.dataFile() + " holds no China history");
        }
        List<String> written;
        try (OutputFolder folder = OutputFolder.adding(out, "chart", "--out", ws.inputs(named))) {
            written = output.write(chart::toXChart, folder, "panel");
            folder.commit();
        }
        spec.commandLine()
                .getOut()
                .println(Glossary.term("wrote.files", charts.lang, out, Glossary.files(charts.lang, written)));
        return ExitCodes.OK;
    }
}
