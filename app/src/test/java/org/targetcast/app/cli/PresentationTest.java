package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.engine.text.KeptNames;

/** What planners and presenters read: the terminal's default view, the PDF report, and the Chinese outputs. */
class PresentationTest {
    private static final List<String> SCENARIOS =
            List.of("baseline", "digital-push", "pre-2020-trend", "recent-pace", "travel-rebound");

    @TempDir
    Path dir;

    private static int columns(String line) {
        return line.codePoints()
                .map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                                || cp >= 0x3000 && cp <= 0x303F
                                || cp >= 0xFF00 && cp <= 0xFF60
                        ? 2
                        : 1)
                .sum();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void theDefaultViewFitsOneHundredColumnsAndEndsWithOneSentencePerScenario() {
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS,
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("o").toString(),
                "--paths",
                "2000",
                "--no-charts");
        assertEquals(0, r.code(), r.err());
        for (String line : r.out().lines().toList()) {
            assertTrue(columns(line) <= 100, "wider than 100 columns: " + line);
        }
        List<String> lines = r.out().lines().toList();
        int last = lines.lastIndexOf("");
        List<String> sentences = new ArrayList<>();
        for (String l : lines.subList(last + 1, lines.size())) {
            if (l.startsWith("  ")) {
                sentences.set(sentences.size() - 1, sentences.get(sentences.size() - 1) + " " + l.strip());
            } else {
                sentences.add(l);
            }
        }
        assertEquals(SCENARIOS.size(), sentences.size(), r.out());
        for (int i = 0; i < SCENARIOS.size(); i++) {
            String s = sentences.get(i);
            assertTrue(s.startsWith(SCENARIOS.get(i) + ": 45% in 2029 is "), s);
            assertTrue(
                    s.matches(
                            ".* at about \\d+%.* \\((specifications \\d+–\\d+%, [a-z0-9 -]+ moves it most; )?reached in some year by 2029:"
                                    + " \\d+%; .*\\.$"),
                    "both named probabilities: " + s);
            assertTrue(s.indexOf(';') > 0 && s.endsWith("."), s);
        }
        assertTrue(
                r.out().contains("P(in year)") && r.out().contains("P(reached by)"),
                "both probabilities named in the table");
        assertTrue(r.out().contains("first_years.csv"), "every written file is listed");
        assertTrue(!r.out().contains("exact (MC"), "the Monte Carlo check is not headline decoration");
    }

    @Test
    void verboseAddsTheExactAgainstSimulatedCheckAndWideTheFullTable() {
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("v").toString(),
                "--paths",
                "2000",
                "--no-charts",
                "--wide",
                "--verbose");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("baseline, share ≥ 45% in 2029: exact "), r.out());
        assertTrue(r.out().contains("required digital growth") && r.out().contains("first reached"), r.out());
        assertTrue(
                r.out().contains("central path meets it; "),
                "the growth row says what the central path and the paths do:\n" + r.out());
    }

    @Test
    void theReportPdfHoldsTheTitleAndTheVerdictsAsTextInEnglishAndChinese() throws IOException {
        Path en = dir.resolve("en");
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                Cli.SCENARIOS + "/recent-pace.yaml",
                "--data",
                Cli.DATA,
                "--out",
                en.toString(),
                "--paths",
                "2000");
        assertEquals(0, r.code(), r.err());
        String text = pdfText(en.resolve("report.pdf"));
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(
                flat.contains("Digitally deliverable services in total services trade: will the targets be met?"),
                text);
        assertTrue(flat.contains("very unlikely"), "recent-pace's verdict word: " + text);
        assertTrue(flat.contains("P(reached by)") && flat.contains("P(in year)"), text);
        try (PDDocument d = Loader.loadPDF(en.resolve("report.pdf").toFile())) {
            PDPage first = d.getPage(0);
            assertEquals(595, Math.round(first.getMediaBox().getWidth()), "A4");
            assertEquals(842, Math.round(first.getMediaBox().getHeight()), "A4");
            for (var name : first.getResources().getFontNames()) {
                PDFont f = first.getResources().getFont(name);
                assertTrue(f.isEmbedded(), f.getName() + " is embedded");
            }
            int images = 0;
            for (PDPage p : d.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    images++;
                }
            }
            assertTrue(images >= 11, "the comparison chart and each scenario's charts: " + images);
        }

        Path zh = dir.resolve("zh");
        Cli z = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                zh.toString(),
                "--paths",
                "2000",
                "--no-charts",
                "--lang",
                "zh");
        assertEquals(0, z.code(), z.err());
        String zhText = pdfText(zh.resolve("report.pdf")).replaceAll("\\s+", "");
        assertTrue(zhText.contains("可数字化交付的服务贸易占服务贸易总额比重：目标能否实现？"), zhText);
        assertTrue(zhText.contains("可能性相当") || zhText.contains("不太可能") || zhText.contains("很不可能"), zhText);
    }

    /**
     * Words allowed in Chinese output: names, acronyms and the tool's own name; data identifiers (series
     * names with underscores, source ids such as S14) and file names are removed before the scan.
     */
    private static final Set<String> NAMES = Set.of(
            "targetcast",
            "IPCC",
            "Mastrandrea",
            "MOFCOM",
            "UNCTAD",
            "PIT",
            "SAFE",
            "UTC",
            "P",
            "sha",
            "SNAPSHOT",
            "png",
            "svg",
            "charts",
            "t",
            "ln");

    static Set<String> englishWords(String text, Set<String> allowed) {
        String cleaned = KeptNames.withoutIdentifiers(text)
                .replaceAll("[\\w./-]+\\.(csv|json|html|pdf|png|svg|yaml)(?![A-Za-z])", " ")
                .replaceAll("\\b[0-9a-f]{12,64}\\b", " ")
                .replaceAll("(?<![A-Za-z])[A-Za-z]+(_[A-Za-z]+)+(?![A-Za-z])", " ")
                .replaceAll("(?<![A-Za-z])S\\d+", " ");
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("[A-Za-z][A-Za-z]*").matcher(cleaned);
        while (m.find()) {
            if (!allowed.contains(m.group()) && !KeptNames.kept(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void chineseOutputsHoldNoUntranslatedEnglish() throws IOException {
        Path zh = dir.resolve("zh");
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS,
                "--data",
                Cli.DATA,
                "--out",
                zh.toString(),
                "--paths",
                "2000",
                "--no-charts",
                "--lang",
                "zh",
                "--wide");
        assertEquals(0, r.code(), r.err());
        Set<String> allowed = new TreeSet<>(NAMES);
        for (String s : SCENARIOS) {
            allowed.addAll(List.of(s.split("-")));
        }
        allowed.addAll(List.of(zh.toString().split("[^A-Za-z]+")));
        // the calibration panel's histories are named as the data name them (unctad:South Africa), identifiers
        // like the scenarios' names
        for (var h : org.targetcast.engine.workspace.Workspace.of(Cli.DATA).calibrationPanel()) {
            allowed.addAll(List.of(h.economy().split("[^A-Za-z]+")));
        }
        String html = Files.readString(zh.resolve("report.html"))
                .replaceAll("(?s)<style>.*?</style>", " ")
                .replaceAll("data:image/[^\"]*", " ")
                .replaceAll("<[^>]*>", " ")
                .replace("&gt;", ">")
                .replace("&lt;", "<")
                .replace("&amp;", "&")
                .replace("&quot;", "\"");
        assertEquals(Set.of(), englishWords(r.out(), allowed), "terminal:\n" + r.out());
        assertEquals(Set.of(), englishWords(html, allowed), "report.html");
        assertEquals(Set.of(), englishWords(pdfText(zh.resolve("report.pdf")), allowed), "report.pdf");
    }

    @Test
    void chineseChartsHoldNoUntranslatedEnglish() throws IOException {
        Path zh = dir.resolve("zhc");
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                zh.toString(),
                "--paths",
                "2000",
                "--lang",
                "zh",
                "--formats",
                "svg");
        assertEquals(0, r.code(), r.err());
        Set<String> allowed = new TreeSet<>(NAMES);
        allowed.add("baseline");
        List<Path> svgs;
        try (var files = Files.list(zh.resolve("charts"))) {
            svgs = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertTrue(
                svgs.size() >= 7, "fan, share, components, decomposition, two histograms and the comparison: " + svgs);
        for (Path svg : svgs) {
            StringBuilder text = new StringBuilder();
            Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(Files.readString(svg));
            while (m.find()) {
                text.append(m.group(1).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&"))
                        .append('\n');
            }
            assertTrue(text.length() > 0, svg + " keeps its text as text");
            assertEquals(Set.of(), englishWords(text.toString(), allowed), svg.getFileName() + ":\n" + text);
        }
    }

    @Test
    void theEnglishScanFindsUntranslatedWords() {
        assertEquals(
                Set.of("about", "even"), englishWords("基准：about even，见summary.csv，sha256 4aaa58ed91a3", Set.of("sha")));
    }
}
