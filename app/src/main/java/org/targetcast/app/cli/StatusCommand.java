package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.targetcast.app.report.Formats;
import org.targetcast.app.report.ProbabilityText;
import org.targetcast.app.report.Table;
import org.targetcast.charts.Lang;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.text.EconomyNames;
import org.targetcast.engine.text.Glossary;
import org.targetcast.model.ModelException;
import org.targetcast.model.analysis.Monitor;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.target.ShareTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetcast status}: where the share stands against the glide path, as of each year. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        header = "Where the share stands against the glide path, as of any year.",
        description = {
            "Monitoring: the observed share against the glide path to each share target (a straight line from the "
                    + "baseline year), and the probability the scenario gave each target using only the data up to that "
                    + "year, with an early-warning signal. --as-of replays a past year; --since shows every year from there "
                    + "on."
        })
public final class StatusCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..1",
            paramLabel = "SCENARIO",
            defaultValue = "scenarios/baseline.yaml",
            description = "Scenario replayed (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--as-of", paramLabel = "YEAR", description = "Last year of data used (default: the latest).")
    Integer asOf;

    @Option(
            names = "--since",
            paramLabel = "YEAR",
            description = "Show every as-of year from this one (default: the as-of year only).")
    Integer since;

    @Option(
            names = "--baseline",
            paramLabel = "YEAR",
            defaultValue = "2024",
            description = "Start of the glide path (default: ${DEFAULT-VALUE}, the year the Opinions were issued).")
    int baseline;

    @Option(
            names = "--warn-below",
            paramLabel = "P",
            defaultValue = "0.5",
            description =
                    "Signal 'warning' when a target's probability is below P or the share is behind its glide path (default: ${DEFAULT-VALUE}).")
    double warnBelow;

    @Option(
            names = "--alarm-below",
            paramLabel = "P",
            defaultValue = "0.25",
            description = "Signal 'alarm' when a target's probability is below P (default: ${DEFAULT-VALUE}).")
    double alarmBelow;

    @Mixin
    DataOption data;

    @Mixin
    LangOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<LoadedScenario> loaded = org.targetcast.engine.workspace.Workspace.scenarios(List.of(scenario));
        LoadedScenario s = loaded.get(0);
        var workspace = data.workspace();
        ComponentHistory h = workspace.history(s.scenario().data(), s.file());
        int to = asOf == null ? h.lastYear() : asOf;
        int from = since == null ? to : since;
        if (to < h.firstYear() || to > h.lastYear()) {
            throw InputException.at(
                    "--as-of",
                    0,
                    0,
                    "",
                    "expected a year of the data, " + h.firstYear() + " to " + h.lastYear() + ", found " + to);
        }
        if (from < h.firstYear() || from > to) {
            throw InputException.at(
                    "--since", 0, 0, "", "expected a year from " + h.firstYear() + " to " + to + ", found " + from);
        }
        if (baseline < h.firstYear() || baseline > h.lastYear()) {
            throw InputException.at(
                    "--baseline",
                    0,
                    0,
                    "",
                    "expected a year of the data, " + h.firstYear() + " to " + h.lastYear() + ", found " + baseline);
        }
        if (!(alarmBelow >= 0 && alarmBelow <= warnBelow && warnBelow <= 1)) {
            throw InputException.at(
                    "--alarm-below",
                    0,
                    0,
                    "",
                    "expected 0 <= alarm <= warn <= 1, found alarm " + alarmBelow + " and warn " + warnBelow);
        }
        List<ShareTarget> targets = s.scenario().targets().stream()
                .filter(ShareTarget.class::isInstance)
                .map(ShareTarget.class::cast)
                .toList();
        List<Monitor.Row> rows;
        try {
            rows = Monitor.replay(workspace.forecaster(), h, s.scenario(), baseline, from, to);
        } catch (ModelException e) {
            throw InputException.at(s.file(), 0, 0, "", e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = language.lang;
        out.println(Glossary.term(
                "status.intro",
                lang,
                Glossary.scenarioHeading(s.scenario().name(), s.chinese().title(), lang),
                EconomyNames.history(s.scenario().data(), lang),
                baseline,
                Formats.pct(h.share().valueAt(baseline).getAsDouble())));
        out.println();
        List<String[]> table = new ArrayList<>();
        List<String> header =
                new ArrayList<>(List.of(Glossary.term("status.as.of", lang), Glossary.term("status.share", lang)));
        for (ShareTarget t : targets) {
            header.add(Glossary.term("status.glide", lang, Glossary.percent(t.share()), t.year()));
            header.add(Glossary.probabilityName(t, lang));
        }
        header.add(Glossary.term("status.signal", lang));
        header.add(Glossary.term("note", lang));
        table.add(header.toArray(String[]::new));
        for (Monitor.Row r : rows) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.asOf()), Formats.pct(r.share())));
            for (Monitor.TargetStatus t : r.targets()) {
                double g = t.glide();
                row.add(Double.isNaN(g) ? "" : Formats.pct(g) + " (" + Formats.points(100 * (r.share() - g)) + ")");
                row.add(Double.isNaN(t.probability()) ? "" : ProbabilityText.percent(t.probability()));
            }
            String signal = signal(r);
            row.add(signal.isEmpty() ? "" : Glossary.term("status." + signal, lang));
            row.add(r.note().isEmpty() ? "" : Glossary.term("status.unfitted", lang, r.note()));
            table.add(row.toArray(String[]::new));
        }
        Table.print(table, out);
        out.println();
        out.println(Glossary.term(
                "status.legend", lang, Glossary.percent(alarmBelow) + "%", Glossary.percent(warnBelow) + "%"));
        return ExitCodes.OK;
    }

    /** The early-warning signal of one as-of year: the worst over the open targets. */
    private String signal(Monitor.Row r) {
        boolean alarm = false;
        boolean warning = false;
        boolean judged = false;
        for (Monitor.TargetStatus t : r.targets()) {
            double p = t.probability();
            if (Double.isNaN(p)) {
                continue;
            }
            judged = true;
            alarm |= p < alarmBelow;
            warning |= p < warnBelow || !Double.isNaN(t.glide()) && r.share() < t.glide();
        }
        return !judged ? "" : alarm ? "alarm" : warning ? "warning" : "ok";
    }
}
