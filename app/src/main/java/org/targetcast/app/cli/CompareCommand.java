package org.targetcast.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.targetcast.app.report.AnalysisCharts;
import org.targetcast.app.report.Formats;
import org.targetcast.app.report.OutputFolder;
import org.targetcast.app.report.ProbabilityText;
import org.targetcast.app.report.Table;
import org.targetcast.app.report.VerdictTable;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.assessment.TargetAssessment;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetcast compare}: scenarios side by side, target by target. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        header = "Scenarios side by side, target by target.",
        description = {
            "Scenarios side by side: for each target, every scenario's probability and central projection, and "
                    + "its difference from the first scenario. Scenarios share their random numbers, so differences come "
                    + "from their assumptions. Writes compare.csv and an overlay chart of the scenarios' paths."
        })
public final class CompareCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..*",
            paramLabel = "SCENARIO",
            description =
                    "Scenario files, folders or names (baseline = scenarios/baseline.yaml) (default: scenarios); the first is the reference.")
    List<String> paths;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out-compare",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    NoChartOption noChart;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    ChartOptions charts;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        List<String> named = paths == null || paths.isEmpty() ? List.of(Workspace.DEFAULT_SCENARIOS) : paths;
        Workspace ws = data.workspace();
        List<ScenarioResult> results = simulation.simulate(
                "compare",
                ws,
                ScenarioResult.runAll(ws, Workspace.scenarios(named)),
                spec.commandLine().getErr(),
                r -> {});
        Map<Target, List<Cell>> byTarget = new LinkedHashMap<>();
        for (ScenarioResult r : results) {
            for (TargetAssessment j : r.judged()) {
                TargetOutlook o = j.outlook().orElse(null);
                byTarget.computeIfAbsent(j.verdict().target(), k -> new ArrayList<>())
                        .add(new Cell(r.name(), j.verdict().projected(), o == null ? Double.NaN : o.probability()));
            }
        }
        List<String[]> rows = new ArrayList<>();
        Lang lang = charts.lang;
        List<String> header = new ArrayList<>(List.of(Glossary.term("target", lang)));
        results.forEach(r -> header.add(shown(r, lang)));
        rows.add(header.toArray(String[]::new));
        boolean probabilities = results.stream().anyMatch(r -> r.outlook() != null);
        for (Map.Entry<Target, List<Cell>> e : byTarget.entrySet()) {
            Target t = e.getKey();
            List<String> row = new ArrayList<>(List.of(Glossary.shortTarget(t, lang)));
            List<String> central = new ArrayList<>(List.of(
                    t instanceof ShareTarget st
                            ? Glossary.term("compare.central.share", lang, st.year())
                            : Glossary.term("compare.central.growth", lang)));
            Cell first = e.getValue().get(0);
            for (ScenarioResult r : results) {
                Cell c = e.getValue().stream()
                        .filter(x -> x.scenario.equals(r.loaded().scenario().name()))
                        .findFirst()
                        .orElse(null);
                row.add(c == null ? "" : cell(c, first, lang));
                central.add(
                        c == null
                                ? ""
                                : t instanceof ShareTarget
                                        ? Formats.pct(c.projected)
                                        : Glossary.term("min", lang, Formats.growth(c.projected)));
            }
            rows.add(row.toArray(String[]::new));
            if (probabilities) {
                rows.add(central.toArray(String[]::new));
            }
        }
        Table.print(rows, stdout);
        stdout.println();
        Table.wrapped(
                Glossary.term("compare.note", lang, shown(results.get(0), lang)), VerdictTable.COLUMNS, "  ", stdout);
        try (OutputFolder folder = OutputFolder.replacing(out, "compare", "--out", ws.inputs(named))) {
            try (Writer w = Files.newBufferedWriter(folder.resolve("compare.csv"), StandardCharsets.UTF_8)) {
                w.write("target,scenario,projected,probability,probability_minus_reference\n");
                for (Map.Entry<Target, List<Cell>> e : byTarget.entrySet()) {
                    Cell first = e.getValue().get(0);
                    for (Cell c : e.getValue()) {
                        w.write(String.join(
                                        ",",
                                        Formats.csvText(e.getKey().label()),
                                        Formats.csvText(c.scenario),
                                        Formats.csv(c.projected),
                                        Formats.csv(c.probability),
                                        Formats.csv(c.probability - first.probability))
                                + "\n");
                    }
                }
            }
            if (!noChart.skip) {
                AnalysisCharts.overlay(results, charts.output(), folder);
            }
            folder.commit();
        }
        stdout.println(Glossary.term(
                "wrote.files",
                lang,
                out,
                Glossary.files(
                        lang,
                        noChart.skip ? List.of("compare.csv") : List.of("compare.csv", "compare.png", "compare.svg"))));
        return ExitCodes.OK;
    }

    /** A scenario in the table's header: its name, in Chinese the short form of its Chinese title. */
    private static String shown(ScenarioResult r, Lang lang) {
        return Glossary.scenarioName(
                r.loaded().scenario().name(), r.loaded().chinese().title(), lang);
    }

    private static String cell(Cell c, Cell first, Lang lang) {
        if (Double.isNaN(c.probability)) {
            return Glossary.term("compare.central.only", lang, Formats.pct(c.projected));
        }
        String p = ProbabilityText.percent(c.probability);
        return c == first
                ? p
                : p
                        + String.format(
                                Locale.ROOT,
                                " [%+d]",
                                Math.round(100 * c.probability) - Math.round(100 * first.probability));
    }

    private record Cell(String scenario, double projected, double probability) {}
}
