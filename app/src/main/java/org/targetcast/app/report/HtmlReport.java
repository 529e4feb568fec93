package org.targetcast.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.targetcast.app.ScenarioResult;
import org.targetcast.charts.Lang;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Verdict;

/**
 * The self-contained HTML report of a run: the verdict table, each scenario's assumptions in words and its
 * charts (PNG embedded as data, so the file can be mailed alone), the data notes and the provenance.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * @param results scenario results
     * @param lang language of the headings
     * @param dataFile data file as named by the user
     * @param dataHash its SHA-256
     * @param version toolkit version
     * @param folder the output folder being written (charts already in it, if any)
     * @throws IOException on a write failure
     */
    public static void write(List<ScenarioResult> results, Lang lang, String dataFile, String dataHash, String version,
            OutputFolder folder) throws IOException {
        write(results, "", lang, dataFile, dataHash, version, folder);
    }

    /**
     * @param results scenario results
     * @param bases an HTML section placed before the data notes ({@link BasisComparison#html}), or empty
     * @param lang language of the headings
     * @param dataFile data file as named by the user
     * @param dataHash its SHA-256
     * @param version toolkit version
     * @param folder the output folder being written (charts already in it, if any)
     * @throws IOException on a write failure
     */
    public static void write(List<ScenarioResult> results, String bases, Lang lang, String dataFile, String dataHash, String version,
            OutputFolder folder) throws IOException {
        boolean zh = lang == Lang.ZH;
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(zh ? "可数字化交付服务贸易占比：目标能否实现" : "Digitally deliverable services share: will the targets be met?"))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;max-width:1060px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:0.92em}th,td{border-bottom:1px solid #ddd;padding:0.3em 0.7em;text-align:left}\n")
                .append("th{background:#f3f5f8}td.num{text-align:right;font-variant-numeric:tabular-nums}.met{color:#1b7a3a}.miss{color:#b03a2e}\n")
                .append("img{max-width:100%;height:auto}.small{color:#666;font-size:0.85em}\n</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(zh ? "可数字化交付的服务贸易占服务贸易总额比重：目标能否实现？" : "Digitally deliverable services in total services trade: will the targets be met?"))
                .append("</h1>\n<p>").append(esc(zh
                        ? "目标：2029年占比达到45%以上（规模稳中有增），2035年达到50%以上（《关于数字贸易改革创新发展的意见》，2024年）。"
                        : "Targets: a share of at least 45 % by 2029, with the digital scale growing steadily, and at least 50 % by 2035 (Opinions on Digital Trade Reform and Innovation, 2024)."))
                .append("</p>\n");
        h.append("<h2>").append(esc(zh ? "结论" : "Verdicts")).append("</h2>\n");
        for (ScenarioResult r : results) {
            for (String sentence : Headline.of(r, zh)) {
                h.append("<p>").append(esc(sentence)).append("</p>\n");
            }
            break;
        }
        h.append("<table>\n<tr>");
        for (String c : zh ? ChineseVerdicts.header()
                : new String[] {"scenario", "target", "projected", "gap (pp)", "P(met)", "first reached", "required digital growth", "on track"}) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr>\n");
        for (ScenarioResult r : results) {
            for (int i = 0; i < r.verdicts().size(); i++) {
                Verdict v = r.verdicts().get(i);
                TargetOutlook o = r.outlook() == null ? null : r.outlook().targets().get(i);
                String[] cells = zh ? ChineseVerdicts.row(r.loaded().scenario().name(), v, o, r.projection().lastObservedYear())
                        : VerdictTable.row(r.loaded().scenario().name(), v, o, true, r.projection().lastObservedYear());
                h.append("<tr>");
                for (int c = 0; c < cells.length; c++) {
                    boolean numeric = c >= 2 && c <= 4;
                    String cls = c == 4 && o != null ? (o.probability() >= 0.5 ? " class=\"num met\"" : " class=\"num miss\"") : numeric ? " class=\"num\"" : "";
                    h.append("<td").append(cls).append('>').append(esc(cells[c])).append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n");
        for (ScenarioResult r : results) {
            var s = r.loaded().scenario();
            h.append("<h2>").append(esc(r.loaded().title(zh))).append("</h2>\n<p>").append(esc(r.loaded().description(zh))).append("</p>\n");
            for (String chart : List.of("fan", "share", "decomposition")) {
                Path png = folder.resolve("charts/" + s.name() + "-" + chart + ".png");
                Path svg = folder.resolve("charts/" + s.name() + "-" + chart + ".svg");
                Path image = Files.exists(png) ? png : Files.exists(svg) ? svg : null;
                if (image != null) {
                    h.append("<img alt=\"").append(esc(r.loaded().title(zh))).append("\" src=\"data:image/")
                            .append(image == png ? "png" : "svg+xml").append(";base64,")
                            .append(Base64.getEncoder().encodeToString(Files.readAllBytes(image))).append("\">\n");
                }
            }
            if (r.outlook() != null) {
                var k = r.outlook().shocks();
                h.append("<p class=\"small\">").append(esc(String.format(Locale.ROOT,
                        "Shocks to yearly log growth: digital sd %.3f, other sd %.3f, correlation %.2f, persistence %.2f, %s; %d paths, seed %d.",
                        k.sigmaDigital(), k.sigmaOther(), k.correlation(), k.persistence(),
                        k.isGaussian() ? "Gaussian" : "Student-t, " + k.tailDf() + " df", r.outlook().paths(), r.outlook().seed())))
                        .append("</p>\n");
            }
            long shareTargets = s.targets().stream().filter(ShareTarget.class::isInstance).count();
            h.append("<p class=\"small\">").append(esc("scenario file " + r.loaded().file() + ", sha256 " + r.loaded().sha256()
                    + "; " + shareTargets + " share target(s)")).append("</p>\n");
        }
        h.append(bases);
        h.append("<h2>").append(esc(zh ? "数据与来源" : "Data and provenance")).append("</h2>\n<p>").append(esc(zh
                ? "数字化交付服务贸易（商务部口径）：商务部公布的年份采用商务部数据；其余年份依次采用商务部公布的增速、公布的占比（知识密集型服务，人民币），或贸发会议（UNCTAD）自身的数字与总额，使每年的占比只基于一种口径；估算年份在图中以空心标记显示。服务贸易总额：UNCTAD/外汇局，2025年为商务部数据（二手来源）。"
                : "Digital (MOFCOM basis): MOFCOM levels where published; other years from MOFCOM's published growth, a published share (knowledge-intensive, yuan), or UNCTAD's own digital and total, so that every year's share stands on one basis; estimated years are drawn with hollow markers. Total services trade: UNCTAD/SAFE, 2025 from MOFCOM (second-hand). Every estimated or second-hand value is flagged in trajectories.csv."))
                .append("</p>\n<p class=\"small\">").append(esc("targetcast " + version + " · data " + dataFile + " sha256 " + dataHash))
                .append("</p>\n</body>\n</html>\n");
        Files.writeString(folder.resolve("report.html"), h, StandardCharsets.UTF_8);
    }

    /** HTML-escaped, control characters removed. */
    static String esc(String s) {
        return Formats.withoutControls(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
