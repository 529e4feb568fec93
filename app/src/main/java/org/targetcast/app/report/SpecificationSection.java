package org.targetcast.app.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.targetcast.app.report.ReportDocument.TableBlock;
import org.targetcast.charts.ChartFrame;
import org.targetcast.charts.Labels;
import org.targetcast.charts.Lang;
import org.targetcast.charts.SensitivityBar;
import org.targetcast.charts.TornadoChart;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.model.analysis.SpecificationRange;
import org.targetcast.model.analysis.SpecificationRange.Lever;
import org.targetcast.model.analysis.SpecificationRange.Option;

/**
 * The range of defensible answers of a run's first scenario ({@link SpecificationRange}), as the terminal,
 * the report and the chart {@code charts/<scenario>-specification} show it: per target the scenario's own
 * probability, the specification range and the choice that moves it most; then, for the first target, each
 * choice moved alone.
 */
public final class SpecificationSection {
    private SpecificationSection() {}

    /**
     * @param scenario the scenario's name
     * @return the chart's name, without extension, relative to the output folder
     */
    public static String chartName(String scenario) {
        return "charts/" + scenario + "-specification";
    }

    /**
     * Prints the section, wrapped to the verdict table's width.
     *
     * @param range the scenario's specification range
     * @param scenario the scenario's name
     * @param lang the language
     * @param out where to print
     */
    public static void print(SpecificationRange.Result range, String scenario, Lang lang, PrintWriter out) {
        Table.wrapped(intro(range, scenario, lang), VerdictTable.COLUMNS, "", out);
        out.println();
        Table.print(summary(range, lang), out);
        out.println();
        Table.wrapped(
                Glossary.term(
                        "spec.levers",
                        lang,
                        Glossary.probabilityName(range.targets().get(0), lang)),
                VerdictTable.COLUMNS,
                "",
                out);
        out.println();
        Table.print(leverEnds(range, lang), out);
        String weights = weights(range, lang);
        if (!weights.isEmpty()) {
            Table.wrapped(weights, VerdictTable.COLUMNS, "", out);
        }
    }

    /**
     * Adds the section to a report: heading, introduction, both tables, the chart and the notes.
     *
     * @param b the report being built
     * @param range the scenario's specification range
     * @param scenario the scenario's name
     * @param lang the language
     * @param drawn whether a chart was drawn
     */
    static void add(
            ReportDocument.Builder b,
            SpecificationRange.Result range,
            String scenario,
            Lang lang,
            Predicate<String> drawn) {
        b.heading(2, Glossary.term("spec.title", lang));
        b.paragraph(intro(range, scenario, lang));
        b.add(TableBlock.of(summary(range, lang), List.of(false, true, true, true, false)));
        b.paragraph(Glossary.term(
                "spec.levers", lang, Glossary.probabilityName(range.targets().get(0), lang)));
        b.add(TableBlock.of(levers(range, lang), List.of(false, true, false)));
        b.note(Glossary.term("spec.star", lang));
        String weights = weights(range, lang);
        if (!weights.isEmpty()) {
            b.note(weights);
        }
        b.note(Glossary.term("spec.range.note", lang));
        if (drawn.test(chartName(scenario))) {
            b.add(new ReportDocument.Figure(
                    chartName(scenario),
                    Glossary.term(
                            "spec.chart",
                            lang,
                            Glossary.probabilityName(range.targets().get(0), lang))));
        }
        for (String n : range.notes()) {
            b.note(n);
        }
    }

    /**
     * The chart: one bar per choice from its lowest to its highest answer, around the scenario's own.
     *
     * @param range the scenario's specification range
     * @param r the scenario's result (its title and footer)
     * @param lang the language
     * @return the chart
     */
    public static TornadoChart chart(SpecificationRange.Result range, ScenarioResult r, Lang lang) {
        Labels labels = Labels.of(lang);
        List<SensitivityBar> bars = new ArrayList<>();
        for (Lever l : range.levers()) {
            Option lo = extreme(l, false);
            Option hi = extreme(l, true);
            bars.add(new SensitivityBar(
                    labels.factor(l.dimension().key()),
                    labels.option(lo.label()),
                    lo.probabilities().get(0),
                    labels.option(hi.label()),
                    hi.probabilities().get(0)));
        }
        return TornadoChart.of(bars, range.central().get(0))
                .withAxisTitle(Glossary.probabilityName(range.targets().get(0), lang))
                .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, r.loaded().title(lang == Lang.ZH))
                        .with(ChartFrame.Text.FOOTER, ChartFiles.footer(r, lang))
                        .withLang(lang));
    }

    /**
     * @param range the scenario's specification range
     * @param target index of a share target of the range
     * @param lang the language
     * @return the clause the headline sentence carries, e.g. {@code specifications 21–45%; fit start moves it
     *     most}
     */
    public static String clause(SpecificationRange.Result range, int target, Lang lang) {
        return Glossary.term(
                "spec.clause",
                lang,
                span(range.low().get(target), range.high().get(target)),
                dimension(strongest(range, target), lang));
    }

    /**
     * Writes every specification's answer: one row per specification (the scenario's own, with its stacked
     * average, first), its weight in the range and its probability for each share target.
     *
     * @param range the scenario's specification range
     * @param scenario the scenario's name
     * @param file where to write {@code specification.csv}
     * @throws java.io.IOException on a write failure
     */
    public static void csv(SpecificationRange.Result range, String scenario, java.nio.file.Path file)
            throws java.io.IOException {
        StringBuilder sb = new StringBuilder("scenario,basis,fit_start,treatment_2020_2022,family,weight");
        for (var t : range.targets()) {
            sb.append(',').append(Formats.csvText("probability " + t.label()));
        }
        sb.append('\n');
        SpecificationRange.Specification own = range.own();
        row(sb, scenario, own, Double.NaN, range.central());
        for (SpecificationRange.Answer a : range.answers()) {
            row(sb, scenario, a.specification(), a.weight(), a.probabilities());
        }
        java.nio.file.Files.writeString(file, sb, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void row(
            StringBuilder sb,
            String scenario,
            SpecificationRange.Specification s,
            double weight,
            List<Double> probabilities) {
        sb.append(Formats.csvText(scenario))
                .append(',')
                .append(s.basis())
                .append(',')
                .append(s.fitStart())
                .append(',')
                .append(s.treatment().key())
                .append(',')
                .append(
                        s.family() == null
                                ? SpecificationRange.AVERAGE
                                : s.family().key())
                .append(',')
                .append(Double.isNaN(weight) ? "" : Formats.csvSignificant(weight, 4));
        for (double p : probabilities) {
            sb.append(',').append(Formats.csvFraction(p));
        }
        sb.append('\n');
    }

    static String intro(SpecificationRange.Result range, String scenario, Lang lang) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (SpecificationRange.Answer a : range.answers()) {
            first = Math.min(first, a.specification().fitStart());
            last = Math.max(last, a.specification().fitStart());
        }
        return Glossary.term(
                "spec.intro", lang, scenario, range.answers().size(), first == last ? first : first + "–" + last);
    }

    static List<String[]> summary(SpecificationRange.Result range, Lang lang) {
        Labels labels = Labels.of(lang);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            Glossary.term("target", lang),
            Glossary.term("p.in", lang),
            Glossary.term("spec.range", lang),
            Glossary.term("spec.all", lang),
            Glossary.term("spec.most", lang)
        });
        for (int t = 0; t < range.targets().size(); t++) {
            Lever l = strongest(range, t);
            rows.add(new String[] {
                Glossary.target(range.targets().get(t), lang),
                ProbabilityText.percent(range.central().get(t)),
                span(range.low().get(t), range.high().get(t)),
                span(range.min().get(t), range.max().get(t)),
                dimension(l, lang) + " (" + span(l.min(t), l.max(t)) + ")"
            });
        }
        return rows;
    }

    static List<String[]> levers(SpecificationRange.Result range, Lang lang) {
        Labels labels = Labels.of(lang);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            Glossary.term("spec.choice", lang), Glossary.term("spec.moves", lang), Glossary.term("spec.options", lang)
        });
        for (Lever l : range.levers()) {
            List<String> options = new ArrayList<>();
            for (Option o : l.options()) {
                options.add(labels.option(o.label()) + (o.own() ? "*" : "") + " "
                        + ProbabilityText.percent(o.probabilities().get(0)));
            }
            rows.add(new String[] {dimension(l, lang), span(l.min(0), l.max(0)), String.join(" · ", options)});
        }
        return rows;
    }

    /** The levers as the terminal shows them: each choice's lowest and highest option and the scenario's own. */
    static List<String[]> leverEnds(SpecificationRange.Result range, Lang lang) {
        Labels labels = Labels.of(lang);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            Glossary.term("spec.choice", lang),
            Glossary.term("spec.lowest", lang),
            Glossary.term("spec.highest", lang),
            Glossary.term("spec.own", lang)
        });
        for (Lever l : range.levers()) {
            Option own = l.options().stream()
                    .filter(Option::own)
                    .findFirst()
                    .orElse(l.options().get(0));
            rows.add(new String[] {
                dimension(l, lang), end(labels, extreme(l, false)), end(labels, extreme(l, true)), end(labels, own)
            });
        }
        return rows;
    }

    private static String end(Labels labels, Option o) {
        return labels.option(o.label()) + " "
                + ProbabilityText.percent(o.probabilities().get(0));
    }

    static String weights(SpecificationRange.Result range, Lang lang) {
        if (range.basisWithOwnWeights().isEmpty()) {
            return "";
        }
        Labels labels = Labels.of(lang);
        List<String> parts = new ArrayList<>();
        for (Option o : range.basisWithOwnWeights()) {
            parts.add(labels.option(o.label()) + " "
                    + ProbabilityText.percent(o.probabilities().get(0)));
        }
        return Glossary.term("spec.weights", lang, labels.option(range.own().basis()), String.join(", ", parts));
    }

    /** @return the name of a lever's choice, e.g. {@code fit start} */
    static String dimension(Lever l, Lang lang) {
        return Glossary.term("spec.dim." + l.dimension().key(), lang);
    }

    /** The lever that moves a target most. */
    static Lever strongest(SpecificationRange.Result range, int target) {
        Lever best = range.levers().get(0);
        for (Lever l : range.levers()) {
            if (l.span(target) > best.span(target)) {
                best = l;
            }
        }
        return best;
    }

    private static Option extreme(Lever l, boolean high) {
        Option best = l.options().get(0);
        for (Option o : l.options()) {
            double p = o.probabilities().get(0);
            if (high
                    ? p > best.probabilities().get(0)
                    : p < best.probabilities().get(0)) {
                best = o;
            }
        }
        return best;
    }

    /** @return e.g. {@code 21–45%} */
    static String span(double low, double high) {
        String lo = ProbabilityText.percent(low);
        String hi = ProbabilityText.percent(high);
        return lo.equals(hi) ? hi : lo.replace("%", "") + "–" + hi;
    }
}
