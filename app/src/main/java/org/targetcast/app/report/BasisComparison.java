package org.targetcast.app.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.assessment.TargetAssessment;
import org.targetcast.model.data.Basis;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.data.PublishedShareCheck;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Verdict;

/**
 * One scenario's answer on both data bases ({@link Basis}): the probability (or, without a simulator, the
 * central share) of each single-year share target on MOFCOM's and on UNCTAD's China history, two sentences
 * on why they differ, and the published shares against the MOFCOM history with their gaps.
 */
public final class BasisComparison {
    private final Map<Basis, ScenarioResult> results;
    private final List<PublishedShareCheck> published;

    private BasisComparison(Map<Basis, ScenarioResult> results, List<PublishedShareCheck> published) {
        this.results = Collections.unmodifiableMap(new EnumMap<>(results));
        this.published = List.copyOf(published);
    }

    /**
     * @param ws the workspace the scenario was run in
     * @param r the scenario's result on its own basis
     * @param simulator the simulator it was run with, or null for central paths only
     * @return the scenario on both bases (its own result reused), or null if it is not on a China history
     */
    public static BasisComparison of(Workspace ws, ScenarioResult r, Simulator simulator) {
        Basis own = Basis.ofHistory(r.history().economy());
        if (own == null) {
            return null;
        }
        Map<Basis, ScenarioResult> out = new EnumMap<>(Basis.class);
        for (Basis b : Basis.values()) {
            out.put(
                    b,
                    b == own
                            ? r
                            : ScenarioResult.runAll(ws.onBasis(b), List.of(r.loaded()), simulator)
                                    .get(0));
        }
        ComponentHistory mofcom = out.get(Basis.MOFCOM).history();
        return new BasisComparison(
                out, PublishedShareCheck.of(ws.dataset(), mofcom, ws.builder().unctad("China")));
    }

    /** @return the result per basis, in {@link Basis} order */
    public List<ScenarioResult> results() {
        return List.copyOf(results.values());
    }

    /**
     * Prints the table of both bases and the two sentences.
     *
     * @param out where to print
     */
    public void print(PrintWriter out) {
        print(out, Lang.EN);
    }

    /**
     * Prints the table of both bases and the two sentences, wrapped to the verdict table's width.
     *
     * @param out where to print
     * @param lang the language
     */
    public void print(PrintWriter out, Lang lang) {
        out.println(Glossary.term("bases.intro", lang, results.get(Basis.MOFCOM).name()));
        out.println();
        Table.print(rows(lang), out);
        out.println();
        Table.wrapped(sentences(lang == Lang.ZH), VerdictTable.COLUMNS, "", out);
    }

    /** @return the published shares against the MOFCOM-basis history */
    List<PublishedShareCheck> published() {
        return published;
    }

    /**
     * @param chinese whether to write in Chinese
     * @return an HTML section: the table of both bases, the two sentences and the published shares
     */
    public String html(boolean chinese) {
        StringBuilder h = new StringBuilder();
        h.append("<h2>")
                .append(HtmlReport.esc(chinese ? "两种数据口径" : "Two data bases"))
                .append("</h2>\n<table>\n");
        List<String[]> rows = rows(chinese ? Lang.ZH : Lang.EN);
        for (int i = 0; i < rows.size(); i++) {
            h.append("<tr>");
            for (String c : rows.get(i)) {
                h.append(i == 0 ? "<th>" : "<td>").append(HtmlReport.esc(c)).append(i == 0 ? "</th>" : "</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<p>").append(HtmlReport.esc(sentences(chinese))).append("</p>\n");
        h.append("<p>")
                .append(
                        HtmlReport.esc(
                                chinese
                                        ? "公布的占比与商务部口径历史数据的比较（差距超过0.5个百分点时说明原因）："
                                        : "Published shares against the MOFCOM-basis history (the cause where they differ by more than 0.5 pp):"))
                .append("</p>\n<table>\n<tr>");
        for (String c : new String[] {"year", "series", "published", "sources", "history", "gap (pp)", "why"}) {
            h.append("<th>").append(HtmlReport.esc(c)).append("</th>");
        }
        h.append("</tr>\n");
        for (PublishedShareCheck c : published) {
            h.append("<tr><td>")
                    .append(c.year())
                    .append("</td><td>")
                    .append(HtmlReport.esc(c.series()))
                    .append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.1f%%", c.published()))
                    .append("</td><td>")
                    .append(HtmlReport.esc(String.join(" ", c.sources())))
                    .append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.2f%%", c.computed()))
                    .append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%+.2f", c.gap()))
                    .append("</td><td>")
                    .append(HtmlReport.esc(c.reproduced() ? "reproduced" : c.explanation()))
                    .append("</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    /**
     * @param lang the language
     * @return the header, then one row per basis: its history, its latest share and each single-year
     *     share target's probability (P(in year), whole percents) or central share
     */
    List<String[]> rows(Lang lang) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(
                Glossary.term("bases.basis", lang),
                Glossary.term("cal.history", lang),
                Glossary.term("bases.last", lang)));
        ScenarioResult first = results.get(Basis.MOFCOM);
        List<ShareTarget> targets = shareTargets(first);
        targets.forEach(t -> header.add(Glossary.target(t, lang)));
        rows.add(header.toArray(String[]::new));
        for (Basis b : Basis.values()) {
            ScenarioResult r = results.get(b);
            List<String> row = new ArrayList<>(List.of(
                    Glossary.term("basis." + b.key(), lang),
                    lang == Lang.ZH
                            ? Glossary.term("history." + b.key(), lang)
                            : r.history().economy(),
                    String.format(Locale.ROOT, "%d: %.1f%%", r.history().lastYear(), 100 * lastShare(r))));
            for (ShareTarget t : targets) {
                TargetAssessment judged = r.judged(t);
                Verdict v = judged.verdict();
                TargetOutlook o = judged.outlook().orElse(null);
                row.add(
                        o == null
                                ? Glossary.term("bases.central", lang, 100 * v.projected())
                                : Glossary.term(
                                        "bases.probability",
                                        lang,
                                        ProbabilityText.percent(o.probability()),
                                        100 * v.projected()));
            }
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }

    /** The two sentences: where the histories differ, and what that does to the first target's answer. */
    String sentences(boolean chinese) {
        ScenarioResult m = results.get(Basis.MOFCOM);
        ScenarioResult u = results.get(Basis.UNCTAD);
        ComponentHistory hm = m.history();
        ComponentHistory hu = u.history();
        int widest = hm.firstYear();
        double gap = 0;
        for (int y = Math.max(hm.firstYear(), hu.firstYear()); y <= Math.min(hm.lastYear(), hu.lastYear()); y++) {
            double d =
                    hm.share().valueAt(y).getAsDouble() - hu.share().valueAt(y).getAsDouble();
            if (Math.abs(d) > Math.abs(gap)) {
                gap = d;
                widest = y;
            }
        }
        List<ShareTarget> targets = shareTargets(m);
        if (targets.isEmpty()) {
            return "";
        }
        ShareTarget t = targets.get(0);
        double gm = growth(m, t.year());
        double gu = growth(u, t.year());
        String am = answer(m, t, chinese);
        String au = answer(u, t, chinese);
        if (chinese) {
            return String.format(
                    Locale.ROOT,
                    "商务部口径与联合国贸发会议口径的占比在%d年相差最大（%.1f%%对%.1f%%），据此拟合的数字贸易趋势增速分别为每年%.1f%%和%.1f%%。"
                            + "因此%d年目标在商务部口径下%s，在贸发会议口径下%s：数据口径本身就是不确定性的来源之一，区间并未包含它。",
                    widest,
                    100 * hm.share().valueAt(widest).getAsDouble(),
                    100 * hu.share().valueAt(widest).getAsDouble(),
                    100 * gm,
                    100 * gu,
                    t.year(),
                    am,
                    au);
        }
        return String.format(
                Locale.ROOT,
                "MOFCOM's and UNCTAD's shares differ most in %d (%.1f%% against %.1f%%), "
                        + "and the trends fitted to each carry digital trade %.1f%% a year on MOFCOM's basis against %.1f%% on UNCTAD's. "
                        + "So the %d target is %s on MOFCOM's basis and %s on UNCTAD's: the data basis is a source of uncertainty "
                        + "of its own, which the bands do not include.",
                widest,
                100 * hm.share().valueAt(widest).getAsDouble(),
                100 * hu.share().valueAt(widest).getAsDouble(),
                100 * gm,
                100 * gu,
                t.year(),
                am,
                au);
    }

    private static String answer(ScenarioResult r, ShareTarget t, boolean chinese) {
        TargetAssessment a = r.judged(t);
        Verdict v = a.verdict();
        TargetOutlook o = a.outlook().orElse(null);
        if (o != null) {
            return String.format(
                    Locale.ROOT,
                    chinese ? "当年达标概率为%.0f%%" : "met in that year with probability %.0f%%",
                    100 * o.probability());
        }
        return String.format(Locale.ROOT, chinese ? "中心预测占比为%.1f%%" : "projected at %.1f%%", 100 * v.projected());
    }

    private static double growth(ScenarioResult r, int year) {
        var p = r.projection();
        int c = p.lastObservedYear();
        return Math.pow(p.digital(year) / p.digital(c), 1.0 / (year - c)) - 1;
    }

    private static double lastShare(ScenarioResult r) {
        ComponentHistory h = r.history();
        return h.share().valueAt(h.lastYear()).getAsDouble();
    }

    private static List<ShareTarget> shareTargets(ScenarioResult r) {
        List<ShareTarget> out = new ArrayList<>();
        for (Verdict v : r.verdicts()) {
            if (v.target() instanceof ShareTarget t && !t.reachedBy()) {
                out.add(t);
            }
        }
        return out;
    }
}
