package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.targetcast.charts.SystemFonts;

/**
 * Chinese outputs on four machines' worth of fonts, each played by a font folder holding only that
 * machine's CJK font ({@link SystemFonts#FOLDERS_PROPERTY}): Debian's Noto CJK (CFF outlines, which PDFBox
 * cannot embed), WenQuanYi Micro Hei, Droid Sans Fallback (no Latin letters) and none at all. The report
 * and the README's slide example succeed on each, set in the shipped font, and come out byte-identical.
 * A machine whose font file is not installed here is skipped; {@code .ci/run} installs all three.
 */
class FontMatrixTest {
    /** A machine's CJK font, by the file Debian installs. */
    enum Machine {
        NOTO_CJK("fonts-noto-cjk", "notosanscjk-regular.ttc"),
        WENQUANYI("fonts-wqy-microhei", "wqy-microhei.ttc"),
        DROID("fonts-droid-fallback", "droidsansfallbackfull.ttf"),
        NONE("", "");

        final String debianPackage;
        final String file;

        Machine(String debianPackage, String file) {
            this.debianPackage = debianPackage;
            this.file = file;
        }
    }

    @TempDir
    static Path dir;

    /** Each machine's PDFs by file name, made once (every machine's are compared with those of none). */
    private static final Map<Machine, Map<String, byte[]>> outputs = new java.util.EnumMap<>(Machine.class);

    private static final String CACHE_BEFORE =
            System.getProperty(org.targetcast.engine.workspace.CalibrationCache.DIR_PROPERTY);

    /** Every machine's report prints one run time: printed to the minute, it differed between runs a minute apart. */
    @org.junit.jupiter.api.BeforeAll
    static void oneRunTime() {
        System.setProperty(org.targetcast.app.report.HtmlReport.TIME_PROPERTY, "2026-01-01T00:00:00Z");
    }

    @AfterAll
    static void installedFontsAgain() {
        System.clearProperty(org.targetcast.app.report.HtmlReport.TIME_PROPERTY);
        System.clearProperty(SystemFonts.FOLDERS_PROPERTY);
        if (CACHE_BEFORE == null) {
            System.clearProperty(org.targetcast.engine.workspace.CalibrationCache.DIR_PROPERTY);
        } else {
            System.setProperty(org.targetcast.engine.workspace.CalibrationCache.DIR_PROPERTY, CACHE_BEFORE);
        }
    }

    /** @return a folder holding only the machine's font file, linked from where it is installed */
    private Path fontsOf(Machine m) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("fonts-" + m.name()));
        if (m != Machine.NONE && !Files.exists(folder.resolve(m.file))) {
            System.clearProperty(SystemFonts.FOLDERS_PROPERTY);
            List<Path> installed = SystemFonts.all(List.of(m.file));
            assumeTrue(!installed.isEmpty(), m.file + " is not installed (Debian package " + m.debianPackage + ")");
            Files.createSymbolicLink(folder.resolve(m.file), installed.get(0).toRealPath());
        }
        return folder;
    }

    private static List<String> fontNames(Path pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), names);
            }
        }
        return names;
    }

    private static void collect(PDResources resources, List<String> out) throws IOException {
        for (var name : resources.getFontNames()) {
            PDFont f = resources.getFont(name);
            assertTrue(f.isEmbedded(), f.getName() + " is embedded");
            out.add(f.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collect(form.getResources(), out);
            }
        }
    }

    private Map<String, byte[]> chineseOutputs(Machine m) throws IOException {
        System.setProperty(SystemFonts.FOLDERS_PROPERTY, fontsOf(m).toString());
        // each machine fits its calibration afresh: a report that read it from the cache says so, in other bytes
        System.setProperty(
                org.targetcast.engine.workspace.CalibrationCache.DIR_PROPERTY,
                dir.resolve("cache-" + m.name()).toString());
        Path out = dir.resolve("out-" + m.name());
        if (Files.exists(out)) {
            return outputs.get(m);
        }
        Cli run = Cli.run(
                "run", Cli.SCENARIOS, "--data", Cli.DATA, "--out", out.toString(), "--paths", "2000", "--lang", "zh");
        assertEquals(0, run.code(), m + ": " + run.err());
        Path charts = dir.resolve("charts-" + m.name());
        Cli chart = Cli.run(
                "chart",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                charts.toString(),
                "--paths",
                "2000",
                "--kind",
                "fan",
                "--preset",
                "slides",
                "--formats",
                "pdf",
                "--lang",
                "zh");
        assertEquals(0, chart.code(), m + ": " + chart.err());
        Map<String, byte[]> pdfs = new TreeMap<>();
        pdfs.put("report.pdf", Files.readAllBytes(out.resolve("report.pdf")));
        try (var s = Files.walk(charts)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                pdfs.put(charts.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        assertEquals(2, pdfs.size(), m + ": the report and the fan chart: " + pdfs.keySet());
        for (String name : pdfs.keySet()) {
            Path pdf = name.equals("report.pdf") ? out.resolve(name) : charts.resolve(name);
            for (String font : fontNames(pdf)) {
                assertTrue(font.startsWith("NotoSansSC-"), m + ": " + name + " set in the shipped font, not " + font);
            }
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("可数字化"), m + ": " + name + " holds Chinese text");
            }
        }
        outputs.put(m, pdfs);
        return pdfs;
    }

    @ParameterizedTest
    @EnumSource(Machine.class)
    void chineseReportAndSlideChartSucceedInTheShippedFont(Machine m) throws IOException {
        Map<String, byte[]> here = chineseOutputs(m);
        Map<String, byte[]> none = chineseOutputs(Machine.NONE);
        assertEquals(none.keySet(), here.keySet());
        none.forEach((name, bytes) -> assertArrayEquals(bytes, here.get(name), m + ": " + name + " as with no font"));
    }

    /**
     * The Noto CJK machine in a child JVM as a user runs it: exit 0 and nothing on stderr (fontbox's "Format
     * 14 cmap table is not supported" lines came on every run).
     */
    @Test
    void aChineseRunOnNotoCjkPrintsNothingOnStderr() throws IOException, InterruptedException {
        Path fonts = fontsOf(Machine.NOTO_CJK);
        Path err = dir.resolve("child-err.txt");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.awt.headless=true",
                        "-D" + SystemFonts.FOLDERS_PROPERTY + "=" + fonts,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.targetcast.app.Main",
                        "run",
                        Cli.SCENARIOS,
                        "--data",
                        Cli.DATA,
                        "--out",
                        dir.resolve("child").toString(),
                        "--paths",
                        "2000",
                        "--lang",
                        "zh")
                .redirectOutput(dir.resolve("child-out.txt").toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the run ended");
        assertEquals(0, p.exitValue(), Files.readString(err));
        assertEquals("", Files.readString(err));
    }
}
