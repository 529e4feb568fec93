package org.targetcast.app.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.text.ProvenanceText;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Version;
import org.targetcast.model.assessment.TargetAssessment;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Verdict;

/**
 * The verdict table printed by {@code run}. The default view fits 100 columns: per scenario one line per
 * target with the central path, the gap, the two named probabilities and a verdict word; the wide view
 * adds the first year reached, the required digital growth and the pace since the on-track baseline.
 * Probabilities follow {@link ProbabilityText}'s precision rule.
 */
public final class VerdictTable {
    /** The width of the default view, in terminal columns. */
    public static final int COLUMNS = 100;

    private VerdictTable() {}

    /**
     * @param results the scenario results
     * @param lang the language
     * @param wide whether to print every column
     * @param verbose whether to add the exact-versus-simulated check of each probability and each scenario's
     *     provenance (version, scenario and data files with their hashes, paths and seed)
     * @param out where to print
     */
    public static void print(List<ScenarioResult> results, Lang lang, boolean wide, boolean verbose, PrintWriter out) {
        boolean probabilities = results.stream().anyMatch(r -> r.outlook() != null);
        List<String[]> rows = new ArrayList<>();
        rows.add(wide ? wideHeader(lang, results) : header(lang, probabilities));
        for (ScenarioResult r : results) {
            String[] title = new String[rows.get(0).length];
            java.util.Arrays.fill(title, "");
            title[0] = Glossary.scenarioHeading(r.name(), r.loaded().chinese().title(), lang);
            if (!wide) {
                rows.add(title);
            }
            for (TargetAssessment j : r.judged()) {
                rows.add(
                        wide
                                ? wideRow(r.name(), j, lang, r.projection().lastObservedYear())
                                : row(j, lang, probabilities));
            }
        }
        Table.print(rows, out);
        out.println();
        List<String> legend = legend(results, lang, probabilities, wide);
        for (String l : legend) {
            Table.wrapped(l, COLUMNS, "  ", out);
        }
        if (verbose && probabilities) {
            out.println();
            for (ScenarioResult r : results) {
                for (TargetAssessment j : r.judged()) {
                    if (j.outlook().orElse(null) != null) {
                        out.println(
                                r.name() + ", " + Glossary.target(j.verdict().target(), lang) + ": "
                                        + ProbabilityText.check(j.outlook().orElse(null)));
                    }
                }
            }
        }
        if (verbose) {
            out.println();
            for (ScenarioResult r : results) {
                Table.wrapped(
                        r.name() + ": " + ProvenanceText.line(r.provenance(Version.get()), lang), COLUMNS, "  ", out);
            }
        }
    }

    static String[] header(Lang lang, boolean probabilities) {
        return probabilities
                ? new String[] {
                    Glossary.term("target", lang),
                    Glossary.term("projected", lang),
                    Glossary.term("gap", lang),
                    Glossary.term("p.in", lang),
                    Glossary.term("p.reached", lang),
                    Glossary.term("verdict", lang)
                }
                : new String[] {
                    Glossary.term("target", lang),
                    Glossary.term("projected", lang),
                    Glossary.term("gap", lang),
                    Glossary.term("verdict", lang)
                };
    }

    static String[] row(TargetAssessment j, Lang lang, boolean probabilities) {
        Verdict v = j.verdict();
        TargetOutlook o = j.outlook().orElse(null);
        String target = "  " + Glossary.shortTarget(v.target(), lang);
        if (!probabilities) {
            return new String[] {target, projected(v, lang), Formats.points(v.gapPoints()), centralWord(v, lang)};
        }
        String pIn =
                o == null || v.target() instanceof ShareTarget s && s.reachedBy() ? "" : ProbabilityText.compact(o);
        return new String[] {
            target, projected(v, lang), Formats.points(v.gapPoints()), pIn, reached(j, lang), word(j, lang)
        };
    }

    /** @return the in-year (or, for growth targets, every-year) probability with its range; blank for a reached-by target */
    static String inYear(TargetAssessment j, Lang lang) {
        TargetOutlook o = j.outlook().orElse(null);
        if (o == null || j.headlineIsReachedBy()) {
            return "";
        }
        return ProbabilityText.withRange(o, lang);
    }

    /** @return the reached-by probability of a share target; blank for growth targets */
    static String reached(TargetAssessment j, Lang lang) {
        TargetOutlook o = j.outlook().orElse(null);
        if (o == null || !(j.verdict().target() instanceof ShareTarget s)) {
            return "";
        }
        return s.reachedBy() ? ProbabilityText.withRange(o, lang) : ProbabilityText.percent(o.reachedBy());
    }

    /** @return the verdict word of a target: its likelihood, or met/missed on the central path without an outlook */
    public static String word(TargetAssessment j, Lang lang) {
        return j.likelihood().map(l -> Glossary.likelihood(l, lang)).orElse(centralWord(j.verdict(), lang));
    }

    private static String centralWord(Verdict v, Lang lang) {
        return Glossary.term(v.met() ? "met.central" : "missed.central", lang);
    }

    static String projected(Verdict v, Lang lang) {
        return v.target() instanceof ShareTarget
                ? Formats.pct(v.projected())
                : Glossary.term("min", lang, Formats.growth(v.projected()));
    }

    static String[] wideHeader(Lang lang, List<ScenarioResult> results) {
        int baseline = results.stream()
                .flatMap(r -> r.verdicts().stream())
                .flatMap(v -> v.onTrack().stream())
                .mapToInt(t -> t.baselineYear())
                .min()
                .orElse(0);
        return new String[] {
            Glossary.term("scenario", lang),
            Glossary.term("target", lang),
            Glossary.term("projected", lang),
            Glossary.term("gap", lang),
            Glossary.term("p.in", lang),
            Glossary.term("p.reached", lang),
            Glossary.term("first.reached", lang),
            Glossary.term("required", lang),
            Glossary.term("on.track", lang, baseline),
            Glossary.term("verdict", lang)
        };
    }

    /**
     * The full row of one target, as in the wide terminal view and the report.
     *
     * @param scenario the scenario's name
     * @param j the target's verdict and outlook
     * @param lang the language
     * @param lastObserved the latest observed year
     * @return the cells, in the order of {@link #wideHeader}
     */
    static String[] wideRow(String scenario, TargetAssessment j, Lang lang, int lastObserved) {
        Verdict v = j.verdict();
        TargetOutlook o = j.outlook().orElse(null);
        boolean share = v.target() instanceof ShareTarget;
        String first = "";
        if (share) {
            first = v.firstYearReached().isPresent()
                    ? year(v.firstYearReached().getAsInt(), lang)
                    : Glossary.term("not.by.horizon", lang);
            if (o != null) {
                int m = o.medianFirstYearOffset();
                String median = m < 0 ? "-" : year(lastObserved + m, lang);
                first += lang == Lang.ZH ? "（" + median + "）" : " (" + median + ")";
            }
        }
        String required = share ? Glossary.term("a.year", lang, Formats.growth(v.requiredGrowth())) : "";
        String pace;
        if (v.target() instanceof GrowthTarget) {
            pace = o == null
                    ? Glossary.term(v.met() ? "met.central" : "missed.central", lang)
                    : Glossary.term(
                            v.met() ? "growth.paths" : "growth.paths.missed",
                            lang,
                            ProbabilityText.percent(o.probability()));
        } else {
            pace = v.onTrack()
                    .map(t -> {
                        String ratio = Double.isNaN(t.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", t.ratio());
                        if (v.met()) {
                            return Glossary.term("met.with.pace", lang, ratio);
                        }
                        return Glossary.onTrack(t.category(), lang)
                                + (ratio.isEmpty() ? "" : lang == Lang.ZH ? "（" + ratio + "）" : " (" + ratio + ")");
                    })
                    .orElse(Glossary.term(v.met() ? "met.central" : "missed.central", lang));
        }
        return new String[] {
            scenario,
            Glossary.target(v.target(), lang),
            projected(v, lang),
            Formats.points(v.gapPoints()),
            inYear(j, lang),
            reached(j, lang),
            first,
            required,
            pace,
            word(j, lang)
        };
    }

    private static String year(int y, Lang lang) {
        return lang == Lang.ZH ? y + "年" : String.valueOf(y);
    }

    /**
     * What the table's columns and numbers mean, one paragraph each: the two named probabilities, the model
     * range, the first year reached (wide), the band calibration (and the scenarios without one), and the
     * verdict words. The terminal and the report print the same legend.
     *
     * @param results the scenario results
     * @param lang the language
     * @param probabilities whether the results have probabilities
     * @param wide whether the first year reached is shown
     * @return the paragraphs, in order
     */
    public static List<String> legend(List<ScenarioResult> results, Lang lang, boolean probabilities, boolean wide) {
        List<String> legend = new ArrayList<>();
        if (probabilities) {
            legend.add(Glossary.term("legend.in", lang));
            legend.add(Glossary.term("legend.reached", lang));
            boolean ranges = results.stream()
                    .flatMap(r -> r.judged().stream())
                    .anyMatch(j -> j.outlook().orElse(null) != null
                            && ProbabilityText.hasRange(j.outlook().orElse(null)));
            if (ranges) {
                legend.add(Glossary.term("legend.range", lang));
            }
            if (wide) {
                legend.add(Glossary.term("legend.first", lang));
            }
            results.stream()
                    .map(r -> r.projection().calibration())
                    .filter(c -> c.applies())
                    .findFirst()
                    .ifPresent(c -> legend.add(Glossary.term(
                            "legend.calibration", lang, c.economies().size())));
            List<String> uncalibrated = results.stream()
                    .filter(r -> {
                        var c = r.projection().calibration();
                        return c.source() == ErrorCalibration.Source.PANEL && !c.applies();
                    })
                    .map(ScenarioResult::name)
                    .toList();
            if (!uncalibrated.isEmpty()) {
                legend.add(Glossary.term("legend.uncalibrated", lang, String.join(", ", uncalibrated)));
            }
        }
        legend.add(Glossary.term("legend.words", lang));
        return legend;
    }
}
