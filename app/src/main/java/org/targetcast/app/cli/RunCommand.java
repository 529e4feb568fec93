package org.targetcast.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.targetcast.app.ScenarioResult;
import org.targetcast.app.Workspace;
import org.targetcast.app.io.InputException;
import org.targetcast.app.io.LoadedScenario;
import org.targetcast.app.report.BasisComparison;
import org.targetcast.app.report.ChartFiles;
import org.targetcast.app.report.ChartOutput;
import org.targetcast.app.report.Headline;
import org.targetcast.app.report.HtmlReport;
import org.targetcast.app.report.OutputFolder;
import org.targetcast.app.report.RunFiles;
import org.targetcast.app.report.VerdictTable;
import org.targetcast.model.backtest.BacktestMemo;
import org.targetcast.model.simulation.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetcast run}: project scenarios, judge them, print the verdicts and write the output folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Project scenarios, judge them against their targets, write out/.",
        description = {"Project each scenario, judge it against its targets, print the verdict table and write the output "
                    + "folder: report.html (self-contained), summary.csv, trajectories.csv, a fan chart and a share chart "
                    + "per scenario (PNG and SVG) and manifest.json. The folder is replaced only when everything is "
                    + "written."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "Scenario files, folders or names (baseline = scenarios/baseline.yaml) (default: scenarios).")
    List<String> paths;

    @Mixin
    DataOption data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-charts", description = "Skip the charts (faster).")
    boolean noCharts;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    ChartOptions charts;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * Opens the staging folder once the inputs are known to be good, before the simulation, so that a run
     * stopped at any point after it leaves the previous output folder as it was.
     */
    private OutputFolder openOutput(Workspace ws, List<String> inputs) throws IOException {
        try {
            return OutputFolder.replacing(out, "run", "--out", ws.inputs(inputs));
        } catch (java.nio.file.FileSystemException e) {
            throw InputException.at("--out", 0, 0, "", "cannot create the output folder " + out + " ("
                    + e.getClass().getSimpleName() + (e.getReason() == null ? "" : ": " + e.getReason()) + ")");
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Workspace ws = data.workspace();
        List<String> named = paths == null || paths.isEmpty() ? List.of(Workspace.DEFAULT_SCENARIOS) : paths;
        List<LoadedScenario> scenarios = ws.load(named);
        // the stacking weights of each model average, estimated by the simulation and needed again by the report
        BacktestMemo memo = BacktestMemo.create();
        Simulator simulator = simulation.simulator(spec.commandLine().getErr());
        simulator = simulator == null ? null : simulator.withMemo(memo);
        List<ScenarioResult> projected = ScenarioResult.runAll(ws, scenarios);
        ChartOutput output = noCharts ? new ChartOutput(ChartOutput.defaults().preset(), ChartOutput.defaults().formats(), charts.lang)
                : charts.output();
        try (OutputFolder folder = openOutput(ws, named)) {
            List<ScenarioResult> results = simulator == null ? projected : ScenarioResult.simulate(projected, simulator);
            VerdictTable.print(results, stdout);
        stdout.println();
        Headline.of(results.get(0), false).forEach(stdout::println);
            BasisComparison bases = BasisComparison.of(ws, results.get(0), simulator);
            if (bases != null) {
                stdout.println();
                bases.print(stdout);
            }
            List<String> written = new java.util.ArrayList<>(List.of("summary.csv", "trajectories.csv"));
            RunFiles.summary(results, folder.resolve("summary.csv"));
            RunFiles.trajectories(results, folder.resolve("trajectories.csv"));
            if (results.stream().anyMatch(r -> r.outlook() != null)) {
                RunFiles.firstYears(results, folder.resolve("first_years.csv"));
                written.add("first_years.csv");
            }
            if (!noCharts) {
                written.addAll(ChartFiles.shareCharts(results, output, folder));
            }
            boolean zh = output.lang() == org.targetcast.charts.Lang.ZH;
            String sections = org.targetcast.app.report.SpreadSection.html(results, bases == null ? List.of() : bases.results(), zh, memo)
                    + (bases == null ? "" : bases.html(zh));
            HtmlReport.write(results, sections, output.lang(), ws.dataFile(), ws.dataHash(), Version.get(), folder);
            written.add("report.html");
            written.add("manifest.json");
            RunFiles.manifest(results, Version.get(), ws.dataFile(), ws.dataHash(), written, folder.resolve("manifest.json"));
            folder.commit();
        }
        stdout.println();
        stdout.println("Wrote " + out + "/ (report.html, summary.csv, trajectories.csv, " + (noCharts ? "" : "charts/, ") + "manifest.json).");
        return ExitCodes.OK;
    }
}
