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
import org.targetcast.charts.Lang;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.text.Glossary;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.analysis.Evaluator;
import org.targetcast.model.analysis.Sweep;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.simulation.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code targetcast sweep}: the probability of a target over a grid of two assumptions. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        header = "Probability map of one target over two assumptions.",
        description = {
            "Probability map: the probability of one target over a grid of two assumptions, all else as in the "
                    + "scenario. Growth assumptions hold constant over the projection. Writes sweep.csv and the map chart."
        })
public final class SweepCommand implements Callable<Integer> {
    @Mixin
    ScenarioTarget which;

    @Option(
            names = "--x",
            paramLabel = "A=FROM:TO",
            defaultValue = "digital_growth=0.02:0.14",
            description =
                    "First assumption and range (default: ${DEFAULT-VALUE}); one of digital_growth, other_growth, "
                            + "digital_volatility, other_volatility, correlation.")
    String x;

    @Option(
            names = "--y",
            paramLabel = "A=FROM:TO",
            defaultValue = "other_growth=0.00:0.12",
            description = "Second assumption and range (default: ${DEFAULT-VALUE}).")
    String y;

    @Option(
            names = "--steps",
            paramLabel = "N",
            defaultValue = "41",
            description = "Values per axis, 2 to 201 (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out-sweep",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    NoChartOption noChart;

    @Option(
            names = "--allow-long",
            description = "Run a sweep estimated above 1e9 path-years (a minute or more), refused otherwise.")
    boolean allowLong;

    @Mixin
    ChartOptions charts;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (steps < 2 || steps > 201) {
            throw InputException.at("--steps", 0, 0, "", "expected 2 to 201 values per axis, found " + steps);
        }
        AxisSpec ax = AxisSpec.parse("--x", x);
        AxisSpec ay = AxisSpec.parse("--y", y);
        if (ax.assumption() == ay.assumption()) {
            throw InputException.at(
                    "--y",
                    0,
                    0,
                    "",
                    "expected an assumption other than --x's " + ax.assumption().key());
        }
        LoadedScenario s = which.load();
        var workspace = data.workspace();
        var history = workspace.history(s.scenario().data(), s.file());
        Evaluator evaluator = Evaluator.of(history, workspace.forecaster());
        // the grid's cells (simulated where no closed form exists) and the scenario's own point as run gives it
        Simulator asRun = Simulator.withDefaults().withForecaster(workspace.forecaster());
        double ownWork = evaluator.asRunPathYears(asRun, s.scenario());
        double cellWork = evaluator.pathYears(s.scenario(), which.index());
        double work = ownWork + (double) steps * steps * cellWork;
        boolean progress = WorkEstimate.check(
                "sweep",
                steps + " x " + steps + " cells and the scenario as run",
                work,
                allowLong,
                m -> ownWork > WorkEstimate.LIMIT
                        ? s.locations().problem("uncertainty.paths", m)
                        : new InputException.Problem("--steps", 0, 0, "", m),
                spec.commandLine().getErr());
        ProgressListener grid = ProgressListener.NONE;
        if (progress) {
            SimulationOptions.ProgressBar bar =
                    new SimulationOptions.ProgressBar(spec.commandLine().getErr(), true);
            bar.starting("the grid");
            grid = bar;
            java.util.concurrent.atomic.AtomicBoolean begun = new java.util.concurrent.atomic.AtomicBoolean();
            asRun = asRun.withProgress((done, total) -> {
                if (!begun.getAndSet(true)) {
                    bar.starting("the scenario as run");
                }
                bar.progress(done, total);
            });
        }
        Sweep.Result r = Sweep.run(
                evaluator,
                asRun,
                s.scenario(),
                which.index(),
                ax.assumption(),
                Sweep.grid(ax.from(), ax.to(), steps),
                ay.assumption(),
                Sweep.grid(ay.from(), ay.to(), steps),
                grid);
        PrintWriter stdout = spec.commandLine().getOut();
        Lang lang = charts.lang;
        String target = Glossary.probabilityName(s.scenario().targets().get(which.index()), lang);
        stdout.println(Glossary.term(
                "sweep.intro",
                lang,
                Glossary.scenarioName(s.scenario().name(), s.chinese().title(), lang),
                target,
                described(ax.assumption(), lang),
                described(ay.assumption(), lang),
                r.exact() ? Glossary.term("sweep.exact", lang) : Glossary.term("sweep.simulated", lang, 20000)));
        stdout.println();
        printGrid(r, stdout, lang);
        stdout.println();
        stdout.println(Glossary.term(
                "sweep.as.run",
                lang,
                name(ax.assumption(), lang),
                label(ax.assumption(), r.scenarioX()),
                name(ay.assumption(), lang),
                label(ay.assumption(), r.scenarioY()),
                ax.assumption().isGrowth() || ay.assumption().isGrowth()
                        ? Glossary.term(
                                "sweep.mean", lang, r.firstYear(), s.scenario().horizon())
                        : "",
                target,
                ProbabilityText.percent(r.scenarioProbability())));
        if (s.scenario().uncertainty().families().size() > 1
                && (ax.assumption().isGrowth() || ay.assumption().isGrowth())) {
            stdout.println(Glossary.term("sweep.families", lang));
        }
        try (OutputFolder folder =
                OutputFolder.replacing(out, "sweep", "--out", data.workspace().inputs(List.of(s.file())))) {
            writeCsv(r, folder.resolve("sweep.csv"));
            if (!noChart.skip) {
                AnalysisCharts.probabilityMap(
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
                        lang, noChart.skip ? List.of("sweep.csv") : List.of("sweep.csv", "sweep.png", "sweep.svg"))));
        return ExitCodes.OK;
    }

    /** An assumption in the terminal: in English its key, as typed after --x; in Chinese its glossary name. */
    private static String name(Assumption a, Lang lang) {
        return lang == Lang.ZH ? Glossary.assumption(a, lang) : a.key();
    }

    /** An assumption in running text: its description, in Chinese its glossary name. */
    private static String described(Assumption a, Lang lang) {
        return lang == Lang.ZH ? Glossary.assumption(a, lang) : a.description();
    }

    private static void printGrid(Sweep.Result r, PrintWriter out, Lang lang) {
        int stride = Math.max(1, (int) Math.ceil((r.xs().length - 1) / 10.0));
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(name(r.y(), lang) + " \\ " + name(r.x(), lang)));
        for (int i = 0; i < r.xs().length; i += stride) {
            header.add(label(r.x(), r.xs()[i]));
        }
        rows.add(header.toArray(String[]::new));
        for (int j = r.ys().length - 1; j >= 0; j -= stride) {
            List<String> row = new ArrayList<>(List.of(label(r.y(), r.ys()[j])));
            for (int i = 0; i < r.xs().length; i += stride) {
                row.add(String.format(Locale.ROOT, "%.0f%%", 100 * r.probability()[j][i]));
            }
            rows.add(row.toArray(String[]::new));
        }
        Table.print(rows, out);
    }

    static String label(Assumption a, double v) {
        return Formats.assumption(a, v);
    }

    private static void writeCsv(Sweep.Result r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(r.x().key() + "," + r.y().key() + ",probability\n");
            for (int j = 0; j < r.ys().length; j++) {
                for (int i = 0; i < r.xs().length; i++) {
                    w.write(Formats.csv(r.xs()[i]) + "," + Formats.csv(r.ys()[j]) + ","
                            + Formats.csv(r.probability()[j][i]) + "\n");
                }
            }
        }
    }
}
