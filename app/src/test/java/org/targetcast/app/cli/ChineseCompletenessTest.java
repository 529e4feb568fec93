package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.engine.text.KeptNames;

/**
 * A Chinese run says everything in Chinese: the terminal of {@code run}, {@code compare}, {@code sensitivity},
 * {@code sweep}, {@code chart}, {@code backtest} (a level series, a share with {@code --called-it}, {@code --panel},
 * {@code --calibrate} on one history and on the panel), {@code solve}
 * and {@code status} with {@code --lang zh}, and the text of report.html and report.pdf, hold no Latin word but the
 * names the glossary keeps ({@link KeptNames}: institutions, file names, ids a reader types or looks up),
 * writes them in the notation of the English, and sets them as Chinese is set ({@link ChineseTypography}).
 */
class ChineseCompletenessTest {
    @TempDir
    Path dir;

    /** Untranslated words, by where they were found, each with a few of the lines holding it. */
    private final Map<String, List<String>> found = new TreeMap<>();

    private static Set<String> scenarioIds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(Cli.SCENARIOS))) {
            return Set.copyOf(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .toList());
        }
    }

    /** Chinese output in the notation of the English ({@link NotationTest}): 45%, ≥, whole-percent probabilities. */
    private final List<String> notation = new ArrayList<>();

    /** Chinese typography ({@link ChineseTypography}): full-width brackets, en-dash ranges, no split terms. */
    private final List<String> typography = new ArrayList<>();

    private void read(String where, String text) throws IOException {
        notation.addAll(NotationTest.offences(where, text));
        typography.addAll(ChineseTypography.offences(where, text));
        Set<String> ids = scenarioIds();
        for (String line : text.split("\\R")) {
            for (String w : KeptNames.untranslated(line, ids)) {
                List<String> lines = found.computeIfAbsent(where + " '" + w + "'", k -> new ArrayList<>());
                if (lines.size() < 2) {
                    lines.add(line.strip().length() > 160 ? line.strip().substring(0, 160) + "…" : line.strip());
                }
            }
        }
    }

    private void printed(String... args) throws IOException {
        Cli c = Cli.run(args);
        assertEquals(0, c.code(), String.join(" ", args) + ": " + c.err());
        read(args[0], c.out());
    }

    private void reports(String command, Path out) throws IOException {
        read(command + " report.html", html(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8)));
        try (PDDocument doc = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            read(command + " report.pdf", new PDFTextStripper().getText(doc));
        }
    }

    /** The text of an HTML page: no style, no tags, entities read. */
    private static String html(String page) {
        return page.replaceAll("(?s)<style.*?</style>", "")
                .replaceAll("(?s)<head>.*?</head>", "")
                .replaceAll("<(br|p|tr|li|h[1-6]|div|caption|figcaption)\\b", "\n<$1")
                .replaceAll("<[^>]+>", " ")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&nbsp;", " ");
    }

    @Test
    void aChineseRunSaysEverythingInChinese() throws IOException {
        String base = Cli.SCENARIOS + "/baseline.yaml";
        Path run = dir.resolve("run");
        printed(
                "run",
                Cli.SCENARIOS,
                "--data",
                Cli.DATA,
                "--lang",
                "zh",
                "--paths",
                "2000",
                "--table",
                "--out",
                run.toString());
        reports("run", run);
        Path compare = dir.resolve("compare");
        printed(
                "compare",
                Cli.SCENARIOS,
                "--data",
                Cli.DATA,
                "--lang",
                "zh",
                "--paths",
                "2000",
                "--no-charts",
                "--out",
                compare.toString());
        printed(
                "sensitivity",
                base,
                "--data",
                Cli.DATA,
                "--lang",
                "zh",
                "--no-charts",
                "--out",
                dir.resolve("s").toString());
        printed(
                "sweep",
                base,
                "--data",
                Cli.DATA,
                "--lang",
                "zh",
                "--steps",
                "3",
                "--no-charts",
                "--out",
                dir.resolve("w").toString());
        printed(
                "chart",
                base,
                "--data",
                Cli.DATA,
                "--lang",
                "zh",
                "--kind",
                "fan",
                "--out",
                dir.resolve("ch").toString());
        printed(
                "backtest",
                "--data",
                Cli.DATA,
                "--lang",
                "zh",
                "--csv",
                dir.resolve("backtest.csv").toString());
        printed("backtest", "--data", Cli.DATA, "--lang", "zh", "--series", "china.share", "--called-it");
        printed("backtest", "--data", Cli.DATA, "--lang", "zh", "--panel");
        printed("backtest", "--data", Cli.DATA, "--lang", "zh", "--calibrate", "--scenario", base);
        printed(
                "backtest",
                "--data",
                Cli.DATA,
                "--lang",
                "zh",
                "--calibrate",
                "--panel",
                "--leave-one-out",
                "--scenario",
                base,
                "--csv",
                dir.resolve("evidence.csv").toString());
        printed("solve", Cli.SCENARIOS, "--data", Cli.DATA, "--lang", "zh", "--probability", "0.8");
        printed("status", base, "--data", Cli.DATA, "--lang", "zh", "--since", "2012");
        StringBuilder report = new StringBuilder();
        found.forEach((k, lines) ->
                report.append(k).append(": ").append(String.join(" | ", lines)).append('\n'));
        int words = found.size();
        assertTrue(found.isEmpty(), words + " untranslated words:\n" + report);
        assertTrue(notation.isEmpty(), String.join("\n", notation));
        assertTrue(typography.isEmpty(), typography.size() + " typography offences:\n" + String.join("\n", typography));
    }
}
