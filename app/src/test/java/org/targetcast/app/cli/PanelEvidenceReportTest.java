package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.engine.workspace.CalibrationCache;

/**
 * The report's section on the calibration's evidence says what {@code backtest --calibrate --panel} prints for
 * the bands as run, in both languages and both files, and a run with the evidence in the cache says the same
 * without computing it again.
 */
class PanelEvidenceReportTest {
    private static final String CACHE_BEFORE = System.getProperty(CalibrationCache.DIR_PROPERTY);

    @TempDir
    static Path dir;

    /** What the command line prints for the bands as run: the pooled row of their coverage table. */
    private static String[] pooledAsRun;

    /** What it prints for the jumps of other services: frequency, mean size and sd, each with its interval. */
    private static java.util.regex.Matcher otherJumps;

    @BeforeAll
    static void ownCache() {
        System.setProperty(CalibrationCache.DIR_PROPERTY, dir.resolve("cache").toString());
        Cli cli = Cli.run(
                "backtest",
                "--calibrate",
                "--panel",
                "--scenario",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA);
        assertEquals(0, cli.code(), cli.err());
        List<String> lines = cli.out().lines().toList();
        int asRun = lines.indexOf("Bands as run: coverage of the central bands (nominal 50 / 80 / 95%)");
        assertTrue(asRun >= 0, cli.out());
        String pooled = lines.subList(asRun, lines.size()).stream()
                .filter(l -> l.startsWith("pooled "))
                .findFirst()
                .orElseThrow();
        // pooled  972  49.7% [46–60]  79.5% [73–93]  93.9% [90–100]
        pooledAsRun = pooled.strip().split(" {2,}");
        assertEquals(5, pooledAsRun.length, pooled);
        // other services: jump frequency (of economy-years) 22% [13–21]; mean jump (log points) -9 [-18, -3];
        // sd of jumps (log points) 46 [42–53]; ...
        otherJumps = java.util.regex.Pattern.compile(
                        "  other services: jump frequency \\(of economy-years\\) (\\S+) \\[(\\S+)–(\\S+)\\]; mean jump"
                                + " \\(log points\\) (\\S+) \\[(\\S+), (\\S+)\\]; sd of jumps \\(log points\\) (\\S+)"
                                + " \\[(\\S+)–(\\S+)\\];.*")
                .matcher(lines.stream()
                        .filter(l -> l.startsWith("  other services: jump frequency"))
                        .findFirst()
                        .orElseThrow());
        assertTrue(otherJumps.matches(), cli.out());
    }

    @AfterAll
    static void cacheAgain() {
        if (CACHE_BEFORE == null) {
            System.clearProperty(CalibrationCache.DIR_PROPERTY);
        } else {
            System.setProperty(CalibrationCache.DIR_PROPERTY, CACHE_BEFORE);
        }
    }

    private static Cli run(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--verbose",
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                out.toString(),
                "--paths",
                "2000"));
        args.addAll(List.of(more));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    /** @return the frequency of other services' jumps as the report writes it, e.g. {@code 22% [13–21]} */
    private static String jumpFrequency() {
        return otherJumps.group(1) + " [" + otherJumps.group(2) + "–" + otherJumps.group(3) + "]";
    }

    /** @return the mean and sd of other services' jumps as the report writes them */
    private static String[] jumpSizes() {
        return new String[] {
            otherJumps.group(4) + " [" + otherJumps.group(5) + "–" + otherJumps.group(6) + "]",
            otherJumps.group(7) + " [" + otherJumps.group(8) + "–" + otherJumps.group(9) + "]"
        };
    }

    private static String section(Path html, String heading) throws IOException {
        String text = Files.readString(html, StandardCharsets.UTF_8);
        int at = text.indexOf(heading);
        assertTrue(at >= 0, heading + " in " + html);
        return text.substring(at);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theReportShowsTheNumbersTheCommandLinePrints() throws IOException {
        Path out = dir.resolve("en");
        run(out);
        String section = section(out.resolve("report.html"), "How well the bands did: evidence from the whole panel");
        assertTrue(section.contains("leave-one-economy-out"), section);
        assertTrue(section.contains("64 histories, 62 economies besides China; 972 checks"), section);
        // the pooled row: 972 checks, coverage of the 50, 80 and 95 % bands with their intervals
        assertTrue(section.contains(">" + pooledAsRun[1] + "<"), section);
        for (int i = 2; i < 5; i++) {
            assertTrue(section.contains(">" + pooledAsRun[i] + "<"), pooledAsRun[i] + " in\n" + section);
        }
        assertTrue(section.contains("charts/panel.png") || section.contains("data:image/png"), "the panel's chart");
        assertTrue(section.contains("No history of the data was refused"), section);
        assertTrue(section.contains("Rare events: the jumps of each component"), section);
        assertTrue(section.contains(">" + jumpFrequency() + "<"), jumpFrequency() + " in\n" + section);
        assertTrue(section.contains(">" + jumpSizes()[0] + "<"), jumpSizes()[0] + " in\n" + section);
        assertTrue(section.contains(">" + jumpSizes()[1] + "<"), jumpSizes()[1] + " in\n" + section);
        String pdf = pdfText(out.resolve("report.pdf"));
        assertTrue(pdf.contains("evidence from the whole panel"), pdf);
        assertTrue(
                pdf.replace("\n", " ").contains(pooledAsRun[2]),
                "pooled 80 % coverage in report.pdf: " + pooledAsRun[2]);
        assertTrue(Files.exists(out.resolve("charts/panel.png")));
        assertTrue(Files.exists(out.resolve("charts/panel.svg")));
    }

    @Test
    void theChineseReportShowsTheSameNumbersInChinese() throws IOException {
        Path out = dir.resolve("zh");
        run(out, "--lang", "zh");
        String section = section(out.resolve("report.html"), "区间表现如何：来自整个面板的证据");
        assertTrue(section.contains("留一经济体"), section);
        assertTrue(section.contains(">合计<"), section);
        assertTrue(section.contains(">" + pooledAsRun[2] + "<"), section);
        assertTrue(section.contains("罕见事件：各组成部分的跳跃"), section);
        assertTrue(section.contains("跳跃频率"), section);
        assertTrue(section.contains(">其他服务贸易<"), section);
        assertTrue(section.contains(">" + jumpFrequency() + "<"), jumpFrequency() + " in\n" + section);
        String pdf = pdfText(out.resolve("report.pdf"));
        assertTrue(pdf.contains("来自整个面板的证据"), pdf);
    }

    @Test
    void aSecondRunReadsTheEvidenceFromTheCacheAndShowsTheSame() throws IOException {
        Cli first = run(dir.resolve("first"));
        Cli second = run(dir.resolve("second"));
        assertTrue(
                second.out()
                        .lines()
                        .anyMatch(l -> l.matches("panel evidence \\(baseline\\): 972 checks of 64 histories,"
                                + " key [0-9a-f]{12}: read from the cache")),
                second.out());
        // the calibrations the run's forecasts use are listed, not those of the other economies behind the evidence
        assertEquals(
                1,
                second.out()
                        .lines()
                        .filter(l -> l.startsWith("panel calibration "))
                        .count(),
                second.out());
        String a = section(dir.resolve("first").resolve("report.html"), "How well the bands did");
        String b = section(dir.resolve("second").resolve("report.html"), "How well the bands did");
        a = a.substring(0, a.indexOf("<img"));
        b = b.substring(0, b.indexOf("<img"));
        assertEquals(a, b);
        assertTrue(first.out().contains("panel evidence (baseline)"), first.out());
        assertTrue(
                second.out()
                        .lines()
                        .anyMatch(
                                l -> l.matches(
                                        "panel jumps: 62 economies \\(china left out\\), key [0-9a-f]{12}: read from the cache")),
                second.out());
    }

    @Test
    void chartKindPanelDrawsThePanelFromTheDataAlone() {
        Path out = dir.resolve("chart");
        Cli c = Cli.run(
                "chart",
                "--kind",
                "panel",
                "--data",
                Cli.DATA,
                "--out",
                out.toString(),
                "--formats",
                "png,svg,pdf",
                "--lang",
                "zh");
        assertEquals(0, c.code(), c.err());
        for (String f : List.of("panel.png", "panel.svg", "panel.pdf")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        Cli named = Cli.run(
                "chart",
                "baseline",
                "--kind",
                "panel",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("c2").toString());
        assertEquals(2, named.code());
        assertTrue(named.err().contains("name no scenario"), named.err());
    }
}
