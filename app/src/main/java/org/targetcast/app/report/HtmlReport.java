package org.targetcast.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.targetcast.app.report.ReportDocument.Block;
import org.targetcast.app.report.ReportDocument.Figure;
import org.targetcast.app.report.ReportDocument.Heading;
import org.targetcast.app.report.ReportDocument.Paragraph;
import org.targetcast.app.report.ReportDocument.Row;
import org.targetcast.app.report.ReportDocument.TableBlock;
import org.targetcast.app.report.ReportDocument.Tone;
import org.targetcast.charts.Lang;
import org.targetcast.engine.workspace.EvidenceUse;
import org.targetcast.engine.workspace.GrowthReadings;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.analysis.SpecificationRange;
import org.targetcast.model.data.Observation;

/**
 * The report of a run, {@code report.html} (self-contained: charts embedded as data, so the file can be
 * mailed alone) and {@code report.pdf} (A4, fonts embedded), both rendered from one
 * {@link ReportDocument}. The print CSS keeps table rows and figures whole and headings with what follows.
 */
public final class HtmlReport {
    private static final String CSS = String.join(
            "\n",
            "body{font-family:system-ui,'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;max-width:1060px;margin:2em auto;padding:0 1em;color:#222}",
            "table{border-collapse:collapse;margin:1em 0;font-size:0.92em}th,td{border-bottom:1px solid #ddd;padding:0.3em 0.7em;text-align:left}",
            "th{background:#f3f5f8}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.name{white-space:nowrap}.nb{white-space:nowrap}",
            ".good{color:#1b7a3a;font-weight:600}.even{color:#a15c00;font-weight:600}.bad{color:#b03a2e;font-weight:600}",
            "p.good,p.even,p.bad{font-weight:normal;border-left:4px solid currentColor;padding-left:0.6em}",
            "figure{margin:1em 0}figure img{max-width:100%;height:auto}figcaption{color:#666;font-size:0.85em}.small{color:#666;font-size:0.85em}",
            "@page{size:A4;margin:15mm}",
            "@media print{body{max-width:none;margin:0;font-size:10pt}tr,td,th,figure,img{break-inside:avoid;page-break-inside:avoid}"
                    + "thead{display:table-header-group}h1,h2,h3{break-after:avoid;page-break-after:avoid}p{orphans:3;widows:3}}");

    /**
     * A system property that fixes the run time the report prints (an ISO instant, {@code 2026-01-01T00:00:00Z}),
     * for tests that compare two runs' PDFs byte for byte: the time is printed to the minute, and two runs a
     * minute apart differ in it. Unset, the report prints the time of the run.
     */
    public static final String TIME_PROPERTY = "targetcast.report.time";

    private HtmlReport() {}

    /**
     * Writes {@code report.html} and {@code report.pdf}.
     *
     * @param results scenario results
     * @param bases the first scenario on both data bases, or null
     * @param spread the spread-decomposition section as HTML (report.html only), or empty
     * @param lang language of the report
     * @param range the first scenario's specification range, or null
     * @param readings the first scenario's growth conditions under each reading
     * @param ws the workspace (data file, its hash and its years)
     * @param version toolkit version
     * @param charts the run's charts, possibly still being drawn: the report waits for each as it reaches it
     * @param evidence the evidence for the bands from the whole calibration panel, or null for no such section
     * @param folder the output folder being written
     * @return the files written, relative to the folder
     * @throws IOException on a write failure
     */
    public static List<String> write(
            List<ScenarioResult> results,
            BasisComparison bases,
            SpecificationRange.Result range,
            List<GrowthReadings> readings,
            String spread,
            Lang lang,
            Workspace ws,
            String version,
            ChartBatch charts,
            EvidenceUse evidence,
            OutputFolder folder)
            throws IOException {
        List<Observation> obs = ws.dataset().observations();
        String fixed = System.getProperty(TIME_PROPERTY);
        ReportBuilder.RunFacts facts = new ReportBuilder.RunFacts(
                fixed == null
                        ? ZonedDateTime.now()
                        : java.time.Instant.parse(fixed).atZone(java.time.ZoneOffset.UTC),
                version,
                ws.dataFile(),
                ws.dataHash(),
                obs.stream().mapToInt(Observation::year).min().orElse(0),
                obs.stream().mapToInt(Observation::year).max().orElse(0));
        ReportDocument doc =
                ReportBuilder.build(results, bases, range, readings, spread, lang, facts, charts::has, evidence);
        // the PDF first: its pages are set while the charts it reaches last are still being drawn
        PdfReport.write(doc, charts::image, folder.resolve("report.pdf"));
        Files.writeString(folder.resolve("report.html"), html(doc, charts::image), StandardCharsets.UTF_8);
        return List.of("report.html", "report.pdf");
    }

    /**
     * @param doc the report
     * @param images each figure's image by chart name; a figure without one is left out
     * @return it as one HTML page
     */
    static String html(ReportDocument doc, Function<String, Optional<ChartImage>> images) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(doc.lang().code())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(doc.title()))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("\n</style>\n</head>\n<body>\n");
        for (Block b : doc.blocks()) {
            if (b instanceof Heading x) {
                h.append("<h")
                        .append(x.level())
                        .append('>')
                        .append(esc(x.text()))
                        .append("</h")
                        .append(x.level())
                        .append(">\n");
            } else if (b instanceof Paragraph x) {
                h.append("<p")
                        .append(x.small() ? " class=\"small\"" : toneClass(x.tone(), ""))
                        .append('>')
                        .append(esc(x.text()))
                        .append("</p>\n");
            } else if (b instanceof TableBlock x) {
                table(h, x);
            } else if (b instanceof ReportDocument.HtmlSection x) {
                h.append(x.html());
            } else if (b instanceof Figure x) {
                Optional<ChartImage> image = images.apply(x.chart());
                if (image.isEmpty()) {
                    continue;
                }
                h.append("<figure><img alt=\"")
                        .append(esc(x.caption()))
                        .append("\" src=\"data:image/")
                        .append(image.get().isPng() ? "png" : "svg+xml")
                        .append(";base64,")
                        .append(Base64.getEncoder().encodeToString(image.get().bytes()))
                        .append("\"><figcaption>")
                        .append(esc(x.caption()))
                        .append("</figcaption></figure>\n");
            }
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder h, TableBlock t) {
        h.append("<table>\n<thead><tr>");
        for (String c : t.header()) {
            h.append("<th>").append(cell(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Row r : t.rows()) {
            h.append("<tr>");
            for (int c = 0; c < r.cells().size(); c++) {
                String cls = t.numeric().get(c) ? "num" : c == 0 ? "name" : "";
                if (c == t.toned()) {
                    cls = (cls + " " + toneName(r.tone())).strip();
                }
                h.append("<td")
                        .append(cls.isEmpty() ? "" : " class=\"" + cls + "\"")
                        .append('>')
                        .append(cell(r.cells().get(c)))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String toneClass(Tone tone, String extra) {
        String name = (extra + " " + toneName(tone)).strip();
        return name.isEmpty() ? "" : " class=\"" + name + "\"";
    }

    private static String toneName(Tone tone) {
        return switch (tone) {
            case GOOD -> "good";
            case EVEN -> "even";
            case BAD -> "bad";
            case NONE -> "";
        };
    }

    /**
     * @param text a table cell
     * @return it escaped, every piece of Chinese that a line never splits ({@link Table#tokens}: （百分点）, 百分点,
     *     a character with its closing punctuation) in a span kept on one line, as the PDF keeps it
     */
    static String cell(String text) {
        StringBuilder sb = new StringBuilder();
        for (String token : Table.tokens(Formats.withoutControls(text).replace('\n', ' '))) {
            String t = token.strip();
            boolean whole = t.codePointCount(0, t.length()) > 1
                    && t.codePoints().anyMatch(cp -> Table.displayWidth(Character.toString(cp)) == 2);
            sb.append(token, 0, token.length() - token.stripLeading().length());
            sb.append(whole ? "<span class=\"nb\">" + esc(t) + "</span>" : esc(t));
        }
        return sb.toString();
    }

    /** HTML-escaped, control characters removed. */
    static String esc(String s) {
        return Formats.withoutControls(s)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
