package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.model.analysis.SpecificationRange;
import org.targetcast.model.assessment.TargetAssessment;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Verdict;

/**
 * The answer in words: one sentence per scenario, one clause per share target, each naming the verdict
 * word, the in-year probability (the headline, with its model range), the reached-by probability under its
 * own name, the central path and the digital growth it takes against the growth the scenario assumes.
 */
public final class Headline {
    private Headline() {}

    /**
     * @param r a scenario result
     * @param lang the language
     * @return the scenario's sentence, or empty when it has no share target
     */
    public static String of(ScenarioResult r, Lang lang) {
        return of(r, lang, null);
    }

    /**
     * @param r a scenario result
     * @param lang the language
     * @param range the scenario's specification range, or null: each in-year clause then names its range
     *     and the choice that moves it most
     * @return the scenario's sentence, or empty when it has no share target
     */
    public static String of(ScenarioResult r, Lang lang, SpecificationRange.Result range) {
        boolean zh = lang == Lang.ZH;
        List<String> clauses = new ArrayList<>();
        Projection p = r.projection();
        int c = p.lastObservedYear();
        for (TargetAssessment j : r.judged()) {
            Verdict v = j.verdict();
            if (!(v.target() instanceof ShareTarget t)) {
                continue;
            }
            TargetOutlook o = j.outlook().orElse(null);
            double assumed = Math.pow(p.digital(t.year()) / p.digital(c), 1.0 / (t.year() - c)) - 1;
            String target = zh
                    ? (t.reachedBy() ? "截至" + t.year() + "年占比曾达到" : t.year() + "年占比达到") + Glossary.percent(t.share())
                            + "%"
                    : Glossary.percent(t.share()) + "% " + (t.reachedBy() ? "reached by " : "in ") + t.year();
            String word = VerdictTable.word(j, lang);
            String growth = Double.isNaN(v.requiredGrowth())
                    ? (zh ? "任何数字贸易增速都无法实现" : "no digital growth meets it")
                    : String.format(
                            Locale.ROOT,
                            zh
                                    ? "需数字贸易年均增长%.1f%%，情景假设为%.1f%%"
                                    : "needing digital growth of %.1f%% a year against %.1f%% assumed",
                            100 * v.requiredGrowth(),
                            100 * assumed);
            String central = String.format(Locale.ROOT, zh ? "中心路径%.1f%%" : "central path %.1f%%", 100 * v.projected());
            if (o == null) {
                clauses.add(
                        zh
                                ? target + "：" + word + "（" + central + "，" + growth + "）"
                                : target + " is " + word + " (" + central + ", " + growth + ")");
            } else if (t.reachedBy()) {
                clauses.add(
                        zh
                                ? target + "：" + word + "，" + ProbabilityText.about(o, lang) + "（" + central + "，"
                                        + growth + "）"
                                : target + " is " + word + " at " + ProbabilityText.about(o, lang) + " (" + central
                                        + ", " + growth + ")");
            } else {
                int ranged = range == null ? -1 : range.indexOf(t);
                String spec = ranged < 0 ? "" : SpecificationSection.clause(range, ranged, lang) + (zh ? "；" : "; ");
                String reached = ProbabilityText.percent(o.reachedBy());
                clauses.add(
                        zh
                                ? target + "：" + word + "，" + ProbabilityText.about(o, lang) + "（" + spec + "截至"
                                        + t.year() + "年曾达到：" + reached + "；" + central + "，" + growth + "）"
                                : target + " is " + word + " at " + ProbabilityText.about(o, lang) + " (" + spec
                                        + "reached in some year by " + t.year() + ": " + reached
                                        + "; " + central + ", " + growth + ")");
            }
        }
        if (clauses.isEmpty()) {
            return "";
        }
        return zh
                ? r.name() + "：" + String.join("；", clauses) + "。"
                : r.name() + ": " + String.join("; ", clauses) + ".";
    }
}
