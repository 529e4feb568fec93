package org.targetcast.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.targetcast.app.report.BasisComparison;
import org.targetcast.app.report.ChartBatch;
import org.targetcast.app.report.ChartFiles;
import org.targetcast.app.report.ChartOutput;
import org.targetcast.app.report.ForecastSection;
import org.targetcast.app.report.ForecastTable;
import org.targetcast.app.report.GrowthReadingsSection;
import org.targetcast.app.report.Headline;
import org.targetcast.app.report.HtmlReport;
import org.targetcast.app.report.OutputFolder;
import org.targetcast.app.report.PanelChart;
import org.targetcast.app.report.RunFiles;
import org.targetcast.app.report.SpecificationSection;
import org.targetcast.app.report.Table;
import org.targetcast.app.report.VerdictTable;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.CalibrationUse;
import org.targetcast.engine.workspace.EvidenceUse;
import org.targetcast.engine.workspace.GrowthReadings;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.SpecificationRanges;
import org.targetcast.engine.workspace.Version;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.analysis.SpecificationRange;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.scenario.ErrorCalibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetcast run}: project scenarios, judge them, print the verdicts and write the output folder. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        header = "Project scenarios, judge them against their targets, write out/.",
        description = {
            "Project each scenario, judge it against its targets, print the verdicts and the answer in words, "
                    + "and write the output folder: report.html (self-contained) and report.pdf, summary.csv, trajectories.csv, "
                    + "forecast.csv (the share and the components each projected year, central with 50, 80 and 95%% "
                    + "ranges), first_years.csv, the charts of each scenario (PNG and SVG) and manifest.json. The folder is replaced "
                    + "only when everything is written."
        })
public final class RunCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..*",
            paramLabel = "SCENARIO",
            description = "Scenario files, folders or names (baseline = scenarios/baseline.yaml) (default: scenarios).")
    List<String> paths;

    @Mixin
    DataOption data;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-charts", description = "Skip the charts (faster).")
    boolean noCharts;

    @Option(
            names = "--wide",
            description =
                    "Print the full verdict table (first year reached, required growth, pace since the baseline year).")
    boolean wide;

    @Option(
            names = "--table",
            description = "Print each scenario's forecast table: per projected year the central share and the "
                    + "components with their 50, 80 and 95%% ranges (as in forecast.csv).")
    boolean table;

    @Mixin
    SimulationOptions simulation;

    @picocli.CommandLine.ParentCommand
    TargetcastCommand parent;

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
            throw InputException.at(
                    "--out",
                    0,
                    0,
                    "",
                    "cannot create the output folder " + out + " ("
                            + e.getClass().getSimpleName() + (e.getReason() == null ? "" : ": " + e.getReason()) + ")");
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Workspace ws = data.workspace();
        List<String> named = paths == null || paths.isEmpty() ? List.of(Workspace.DEFAULT_SCENARIOS) : paths;
        List<LoadedScenario> scenarios = ws.load(named);
        Simulator simulator = simulation.simulator(spec.commandLine().getErr());
        List<ScenarioResult> projected = org.targetcast.app.report.RunInputs.check(ws, scenarios);
        simulator = simulator == null
                ? null
                : simulation.check(
                        "run",
                        projected,
                        simulator.withForecaster(ws.forecaster()),
                        spec.commandLine().getErr());
        ChartOutput output = noCharts
                ? new ChartOutput(
                        ChartOutput.defaults().preset(), ChartOutput.defaults().formats(), charts.lang)
                : charts.output();
        try (OutputFolder folder = openOutput(ws, named);
                ChartBatch drawing =
                        noCharts ? ChartBatch.none() : ChartBatch.open(ChartFiles.reportOrder(projected))) {
            // each scenario's charts are drawn on all processors from the moment it is simulated, while the
            // next one is simulated and then while this thread writes the rest and the report
            java.util.function.Consumer<ScenarioResult> draw =
                    noCharts ? r -> {} : r -> drawing.add(ChartFiles.scenarioCharts(r, output, folder));
            List<ScenarioResult> results;
            if (simulator == null) {
                results = projected;
                results.forEach(draw);
            } else {
                results = ScenarioResult.simulate(projected, simulator, simulation::starting, draw);
            }
            if (!noCharts) {
                drawing.add(List.of(ChartFiles.compareChart(results, output, folder)));
                ChartBatch.Job panelChart = PanelChart.job(ws, output, folder);
                if (panelChart != null) {
                    drawing.add(List.of(panelChart));
                }
            }
            List<String> written =
                    new java.util.ArrayList<>(List.of("summary.csv", "trajectories.csv", "forecast.csv"));
            BasisComparison bases = BasisComparison.of(ws, results.get(0), simulator);
            ScenarioResult first = results.get(0);
            SpecificationRange.Result range =
                    simulator == null ? null : SpecificationRanges.of(ws, first).orElse(null);
            if (range != null && !noCharts) {
                String name = SpecificationSection.chartName(first.name());
                drawing.add(List.of(new ChartBatch.Job(
                        name,
                        () -> output.draw(
                                SpecificationSection.chart(range, first, output.lang())::toXChart, folder, name))));
            }
            List<GrowthReadings> readings = GrowthReadings.of(first, simulator, ws.forecaster());
            simulation.finished();
            RunFiles.summary(results, folder.resolve("summary.csv"));
            RunFiles.trajectories(results, folder.resolve("trajectories.csv"));
            ForecastTable.csv(results, folder.resolve("forecast.csv"));
            if (range != null) {
                SpecificationSection.csv(range, first.name(), folder.resolve("specification.csv"));
                written.add("specification.csv");
            }
            if (results.stream().anyMatch(r -> r.outlook() != null)) {
                RunFiles.firstYears(results, folder.resolve("first_years.csv"));
                written.add("first_years.csv");
            }
            String spread = org.targetcast.app.report.SpreadSection.html(
                    results,
                    bases == null ? List.of() : bases.results(),
                    output.lang() == org.targetcast.charts.Lang.ZH);
            EvidenceUse evidence = evidence(ws, results);
            List<String> report = HtmlReport.write(
                    results,
                    bases,
                    range,
                    readings,
                    spread,
                    output.lang(),
                    ws,
                    Version.get(),
                    drawing,
                    evidence,
                    folder);
            written.addAll(drawing.files());
            written.addAll(report);
            written.add("manifest.json");
            RunFiles.manifest(
                    results,
                    Version.get(),
                    ws.dataFile(),
                    ws.dataHash(),
                    ws.calibrationUses(),
                    written,
                    folder.resolve("manifest.json"));
            folder.commit();
            VerdictTable.print(results, output.lang(), wide, parent != null && parent.verbose, stdout);
            if (parent != null && parent.verbose) {
                for (CalibrationUse c : ws.calibrationUses()) {
                    stdout.println(c.describe());
                }
                if (evidence != null) {
                    stdout.println(evidence.describe());
                }
                if (ws.panelJumpsNote() != null) {
                    stdout.println(ws.panelJumpsNote());
                }
            }
            stdout.println();
            if (bases != null) {
                bases.print(stdout, output.lang());
                stdout.println();
            }
            if (range != null) {
                SpecificationSection.print(range, first.name(), output.lang(), stdout);
                stdout.println();
            }
            GrowthReadingsSection.print(first.name(), readings, output.lang(), stdout);
            if (table) {
                ForecastSection.print(results, output.lang(), stdout);
            }
            String[] lines = wrote(out, written, output.lang()).split(System.lineSeparator());
            Table.wrapped(lines[0], VerdictTable.COLUMNS, "  ", stdout);
            for (int i = 1; i < lines.length; i++) {
                stdout.println(lines[i]);
            }
            stdout.println();
            for (ScenarioResult r : results) {
                String sentence = Headline.of(r, output.lang(), r == first ? range : null);
                if (!sentence.isEmpty()) {
                    Table.wrapped(sentence, VerdictTable.COLUMNS, "  ", stdout);
                }
            }
        }
        return ExitCodes.OK;
    }

    /**
     * The evidence the report shows for the calibration of the bands: that of the scenario named
     * {@code baseline} if it calibrates on the panel, else of the first scenario that does.
     *
     * @param ws the run's workspace (its memo and cache hold the calibrations the run fitted)
     * @param results the run's scenarios
     * @return the evidence from the whole panel, or null when no scenario calibrates on it or the panel is empty
     */
    static EvidenceUse evidence(Workspace ws, List<ScenarioResult> results) {
        if (ws.calibrationPanel().isEmpty()) {
            return null;
        }
        ScenarioResult chosen = null;
        for (ScenarioResult r : results) {
            var s = r.loaded().scenario();
            if (s.uncertainty().calibration() != ErrorCalibration.Source.PANEL) {
                continue;
            }
            if (chosen == null || s.name().equals("baseline")) {
                chosen = r;
            }
            if (s.name().equals("baseline")) {
                break;
            }
        }
        return chosen == null
                ? null
                : ws.panelEvidence(
                        chosen.loaded().scenario().name(), chosen.loaded().scenario());
    }

    /**
     * @param out the output folder as named
     * @param written every file written, relative to it
     * @return "Wrote out/ (...)" naming the top-level files, then the charts, one line per scenario with
     *     its kinds of chart
     */
    static String wrote(Path out, List<String> written, org.targetcast.charts.Lang lang) {
        List<String> top = written.stream().filter(f -> !f.contains("/")).toList();
        java.util.Map<String, java.util.List<String>> kinds = new java.util.LinkedHashMap<>();
        java.util.Set<String> formats = new java.util.TreeSet<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String f : written) {
            int slash = f.lastIndexOf('/');
            int dot = f.lastIndexOf('.');
            if (slash < 0 || dot < slash) {
                continue;
            }
            formats.add(f.substring(dot + 1));
            String name = f.substring(slash + 1, dot);
            if (!seen.add(name)) {
                continue;
            }
            String owner = name;
            boolean shared = name.equals("compare") || name.equals("panel");
            String kind = shared ? Glossary.term("kind." + name, lang) : "";
            for (String k : List.of("components", "decomposition", "fan", "histogram", "share", "specification")) {
                int at = name.lastIndexOf("-" + k);
                if (at > 0) {
                    owner = name.substring(0, at);
                    kind = k.equals("histogram")
                            ? Glossary.term("kind.histogram", lang, name.substring(at + k.length() + 2))
                            : Glossary.term("kind." + k, lang);
                    break;
                }
            }
            kinds.computeIfAbsent(shared ? "" : owner, x -> new java.util.ArrayList<>())
                    .add(kind);
        }
        String nl = System.lineSeparator();
        boolean zh = lang == org.targetcast.charts.Lang.ZH;
        StringBuilder sb = new StringBuilder(Glossary.term("wrote", lang, out, String.join(zh ? "、" : ", ", top)));
        if (kinds.isEmpty()) {
            return sb.append(zh ? "。" : ".").toString();
        }
        sb.append(Glossary.term(
                "wrote.charts", lang, written.size() - top.size(), String.join(zh ? "、" : " and ", formats)));
        kinds.forEach((owner, k) -> sb.append(nl)
                .append("  ")
                .append(owner.isEmpty() ? "" : owner + (zh ? "：" : ": "))
                .append(String.join(zh ? "、" : ", ", k)));
        return sb.toString();
    }
}
