package org.targetcast.app.report;

import java.util.List;
import java.util.Locale;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.model.ModelException;
import org.targetcast.model.outlook.SpreadDecomposition;

/**
 * The report's section on where the uncertainty comes from: for every scenario with an outlook and every
 * share target judged in its year, the variance of ln(digital/other) split into shocks, parameter
 * uncertainty, model choice and data basis ({@link SpreadDecomposition}), as a table with a bar per source.
 */
public final class SpreadSection {
    private static final String[] COLOURS = {"#4a78b5", "#e0a030", "#6aa56a", "#a05a9c"};

    private SpreadSection() {}

    /**
     * @param results the run's scenarios
     * @param onBases one scenario's results on every data basis ({@link BasisComparison#results()}), or
     *     empty: the data basis is computed for that scenario (found by its name) and for no other
     * @param zh Chinese labels
     * @return the section's HTML, empty when no scenario has an outlook
     */
    public static String html(List<ScenarioResult> results, List<ScenarioResult> onBases, boolean zh) {
        StringBuilder h = new StringBuilder();
        for (ScenarioResult r : results) {
            if (r.outlook() == null) {
                continue;
            }
            List<SpreadDecomposition> parts;
            try {
                parts = onBases.size() > 1
                                && onBases.stream().allMatch(b -> b.name().equals(r.name()))
                        ? SpreadDecomposition.ofForecasts(
                                onBases.stream().map(ScenarioResult::forecast).toList())
                        : SpreadDecomposition.of(r.forecast());
            } catch (ModelException e) {
                continue;
            }
            for (SpreadDecomposition d : parts) {
                boolean basis = !Double.isNaN(d.dataBasis());
                double[] v = basis
                        ? new double[] {d.shocks(), d.parameters(), d.modelChoice(), d.dataBasis()}
                        : new double[] {d.shocks(), d.parameters(), d.modelChoice()};
                h.append("<tr><td>")
                        .append(esc(r.loaded().scenario().name()))
                        .append("</td><td>")
                        .append(esc(Glossary.target(
                                d.target(), zh ? org.targetcast.charts.Lang.ZH : org.targetcast.charts.Lang.EN)))
                        .append("</td>");
                for (int i = 0; i < 3; i++) {
                    h.append("<td class=\"num\">")
                            .append(String.format(Locale.ROOT, "%.0f%%", 100 * d.shareOf(v[i])))
                            .append("</td>");
                }
                h.append(
                                basis
                                        ? "<td class=\"num\">"
                                                + String.format(Locale.ROOT, "%.0f%%", 100 * d.shareOf(d.dataBasis()))
                                        : "<td>" + esc(zh ? "未计算" : "not computed"))
                        .append("</td><td class=\"num\">")
                        .append(String.format(Locale.ROOT, "%.3f", Math.sqrt(d.total())))
                        .append("</td><td>");
                h.append("<div style=\"display:flex;width:160px;height:0.8em\">");
                for (int i = 0; i < v.length; i++) {
                    h.append(String.format(
                            Locale.ROOT,
                            "<div style=\"width:%.1f%%;background:%s\"></div>",
                            100 * d.shareOf(v[i]),
                            COLOURS[i]));
                }
                h.append("</div></td></tr>\n");
            }
        }
        if (h.length() == 0) {
            return "";
        }
        String[] head = zh
                ? new String[] {"情景", "目标", "冲击", "参数", "模型选择", "数据口径", "ln(数字/其他) 标准差", ""}
                : new String[] {
                    "scenario",
                    "target",
                    "shocks",
                    "parameters",
                    "model choice",
                    "data basis",
                    "sd of ln(digital/other)",
                    ""
                };
        StringBuilder out = new StringBuilder();
        out.append("<h2>")
                .append(esc(zh ? "不确定性来源" : "Where the uncertainty comes from"))
                .append("</h2>\n<p>")
                .append(
                        esc(
                                zh
                                        ? "目标年份 ln(数字/其他) 方差的构成：年度冲击、趋势增速与波动率的估计不确定性、趋势模型的选择（各模型加权）、数据口径（商务部与贸发会议口径等权，仅对第一个情景计算）。"
                                        : "Shares of the variance of ln(digital/other) in the target year: the yearly shocks, the uncertainty of the"
                                                + " estimated trend growth and volatility, the choice among trend families (their weighted spread) and the"
                                                + " data basis (MOFCOM's and UNCTAD's histories, equally weighted; computed for the first scenario)."))
                .append("</p>\n<table>\n<tr>");
        for (String c : head) {
            out.append("<th>").append(esc(c)).append("</th>");
        }
        return out.append("</tr>\n").append(h).append("</table>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
