package org.targetcast.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.targetcast.app.report.AnalysisCharts;
import org.targetcast.app.report.Formats;
import org.targetcast.app.report.OutputFolder;
import org.targetcast.app.report.ProbabilityText;
import org.targetcast.app.report.Table;
import org.targetcast.charts.Labels;
import org.targetcast.charts.Lang;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.BasisEvaluators;
import org.targetcast.model.analysis.Evaluator;
import org.targetcast.model.analysis.Sensitivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code targetcast sensitivity}: which assumption decides a target (tornado). */
@Command(
        name = "sensitivity",
        mixinStandardHelpOptions = true,
        header = "Which assumption moves a target's probability most (tornado).",
        description = {
            "One-at-a-time sensitivity: each assumption moved low and high with the others as in the scenario "
                    + "(growth of each component ±2 points a year, volatilities ×0.5 and ×1.5, correlation ∓0.3); beside them two "
                    + "choices: model choice (each of the scenario's trend families alone) and, on a China history, the data "
                    + "basis (MOFCOM or UNCTAD). Ranked by how much each moves the target's probability. Writes sensitivity.csv "
                    + "and the tornado chart."
        })
public final class SensitivityCommand implements Callable<Integer> {
    private static final Labels EN = Labels.of(Lang.EN);
    private static final Labels ZH = Labels.of(Lang.ZH);

    @Mixin
    ScenarioTarget which;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out-sensitivity",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    NoChartOption noChart;

    @Mixin
    ChartOptions charts;

    @Mixin
    DataOption data;

    @Option(
            names = "--allow-long",
            description = "Run when the scenario's simulation is estimated above 1e9 path-years, refused otherwise.")
    boolean allowLong;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LoadedScenario s = which.load();
        var workspace = data.workspace();
        var history = workspace.history(s.scenario().data(), s.file());
        Evaluator evaluator = Evaluator.of(history, workspace.forecaster());
        var asRun = org.targetcast.model.outlook.Simulator.withDefaults().withForecaster(workspace.forecaster());
        // the scenario itself is simulated as run simulates it; the bars' ends as the sweep's cells
        WorkEstimate.check(
                "sensitivity",
                "the scenario as run",
                evaluator.asRunPathYears(asRun, s.scenario()),
                allowLong,
                m -> s.locations().problem("uncertainty.paths", m),
                spec.commandLine().getErr());
        Sensitivity.Result r = Sensitivity.run(
                evaluator,
                asRun,
                s.scenario(),
                which.index(),
                BasisEvaluators.of(workspace, history, s.scenario().data(), s.file()));
        PrintWriter stdout = spec.commandLine().getOut();
        Lang lang = charts.lang;
        Labels labels = lang == Lang.ZH ? ZH : EN;
        String target = Glossary.probabilityName(s.scenario().targets().get(which.index()), lang);
        stdout.println(Glossary.term(
                "sensitivity.intro",
                lang,
                Glossary.scenarioName(s.scenario().name(), s.chinese().title(), lang),
                target,
                ProbabilityText.percent(r.base())));
        stdout.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            Glossary.term("sensitivity.assumption", lang),
            Glossary.term("sensitivity.low", lang),
            Glossary.term("sensitivity.p.low", lang),
            Glossary.term("sensitivity.high", lang),
            Glossary.term("sensitivity.p.high", lang),
            Glossary.term("sensitivity.swing", lang)
        });
        for (Sensitivity.Bar b : r.bars()) {
            rows.add(new String[] {
                lang == Lang.ZH ? ZH.factor(b.factor().key()) : b.factor().description(),
                AnalysisCharts.end(labels, b, true),
                ProbabilityText.percent(b.atLow()),
                AnalysisCharts.end(labels, b, false),
                ProbabilityText.percent(b.atHigh()),
                String.format(Locale.ROOT, "%.0f", 100 * b.range())
            });
        }
        Table.print(rows, stdout);
        try (OutputFolder folder = OutputFolder.replacing(
                out, "sensitivity", "--out", data.workspace().inputs(List.of(s.file())))) {
            try (Writer w = Files.newBufferedWriter(folder.resolve("sensitivity.csv"), StandardCharsets.UTF_8)) {
                w.write(
                        "assumption,low,probability_at_low,high,probability_at_high,base_probability,low_option,high_option,"
                                + "label_en,label_zh\n");
                for (Sensitivity.Bar b : r.bars()) {
                    w.write(String.join(
                                    ",",
                                    b.factor().key(),
                                    Formats.csv(b.low()),
                                    Formats.csv(b.atLow()),
                                    Formats.csv(b.high()),
                                    Formats.csv(b.atHigh()),
                                    Formats.csv(r.base()),
                                    option(b.lowOption()),
                                    option(b.highOption()),
                                    EN.factor(b.factor().key()),
                                    ZH.factor(b.factor().key()))
                            + "\n");
                }
            }
            if (!noChart.skip) {
                AnalysisCharts.tornado(
                        r,
                        s,
                        workspace.provenance(s, 0, 0),
                        s.scenario().targets().get(which.index()),
                        charts.output(),
                        folder);
            }
            folder.commit();
        }
        stdout.println();
        stdout.println(Glossary.term(
                "wrote.files",
                lang,
                out,
                Glossary.files(
                        lang,
                        noChart.skip
                                ? List.of("sensitivity.csv")
                                : List.of("sensitivity.csv", "sensitivity.png", "sensitivity.svg"))));
        return ExitCodes.OK;
    }

    /** @return a choice's option key for the CSV, empty for an assumption's bar */
    private static String option(String key) {
        return key == null ? "" : key;
    }
}
