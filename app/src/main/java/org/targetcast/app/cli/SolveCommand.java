package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.targetcast.app.report.Formats;
import org.targetcast.app.report.Table;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.analysis.Evaluator;
import org.targetcast.model.analysis.GoalSeek;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetcast solve}: the digital growth each share target needs, against what the scenario assumes. */
@Command(
        name = "solve",
        mixinStandardHelpOptions = true,
        header = "The digital growth each share target needs.",
        description = {
            "For each scenario and share target: the constant yearly growth of digital trade, from the latest "
                    + "observed year, that meets the target given the scenario's path for other trade; beside it, the "
                    + "average growth the scenario itself projects over the same years. With --probability P, also the "
                    + "growth at which the target is met with probability P (goal seek on the exact or simulated "
                    + "probability)."
        })
public final class SolveCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..*",
            paramLabel = "SCENARIO",
            description = "Scenario files, folders or names (baseline = scenarios/baseline.yaml) (default: scenarios).")
    List<String> paths;

    @Mixin
    DataOption data;

    @Mixin
    LangOption language;

    @picocli.CommandLine.Option(
            names = "--probability",
            paramLabel = "P",
            description = "Also the constant digital growth at which each target is met with probability P, e.g. 0.8.")
    Double probability;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws = data.workspace();
        List<ScenarioResult> results = ScenarioResult.runAll(
                ws, ws.load(paths == null || paths.isEmpty() ? List.of(Workspace.DEFAULT_SCENARIOS) : paths));
        List<String[]> rows = new ArrayList<>();
        if (probability != null && !(probability > 0 && probability < 1)) {
            throw org.targetcast.engine.io.InputException.at(
                    "--probability", 0, 0, "", "expected a probability inside (0, 1), found " + probability);
        }
        Lang lang = language.lang;
        List<String> header = new ArrayList<>(List.of(
                Glossary.term("scenario", lang),
                Glossary.term("target", lang),
                Glossary.term("required", lang),
                Glossary.term("solve.assumed", lang),
                Glossary.term("solve.other", lang),
                Glossary.term("solve.from", lang)));
        if (probability != null) {
            boolean anyReachedBy = results.stream()
                    .flatMap(r -> r.loaded().scenario().targets().stream())
                    .anyMatch(t -> t instanceof org.targetcast.model.target.ShareTarget st && st.reachedBy());
            header.add(Glossary.term(
                    anyReachedBy ? "solve.p.reached" : "solve.p",
                    lang,
                    String.format(java.util.Locale.ROOT, "%.0f%%", 100 * probability)));
        }
        rows.add(header.toArray(String[]::new));
        for (ScenarioResult r : results) {
            Projection p = r.projection();
            int c = p.lastObservedYear();
            for (Verdict v : r.verdicts()) {
                if (v.target() instanceof ShareTarget t) {
                    int h = t.year() - c;
                    double assumed = Math.pow(p.digital(t.year()) / p.digital(c), 1.0 / h) - 1;
                    double other = Math.pow(p.other(t.year()) / p.other(c), 1.0 / h) - 1;
                    List<String> row = new ArrayList<>(List.of(
                            Glossary.scenarioName(
                                    r.loaded().scenario().name(),
                                    r.loaded().chinese().title(),
                                    lang),
                            Glossary.target(t, lang),
                            Glossary.term("a.year", lang, Formats.growth(v.requiredGrowth())),
                            Glossary.term("a.year", lang, Formats.growth(assumed)),
                            Glossary.term("a.year", lang, Formats.growth(other)),
                            String.valueOf(c)));
                    if (probability != null) {
                        double g = GoalSeek.digitalGrowthFor(
                                Evaluator.of(p.history(), ws.forecaster()),
                                p.scenario(),
                                r.verdicts().indexOf(v),
                                probability);
                        row.add(
                                Double.isNaN(g)
                                        ? Glossary.term("solve.beyond", lang)
                                        : Glossary.term("a.year", lang, Formats.growth(g)));
                    }
                    rows.add(row.toArray(String[]::new));
                }
            }
        }
        Table.print(rows, out);
        return ExitCodes.OK;
    }
}
