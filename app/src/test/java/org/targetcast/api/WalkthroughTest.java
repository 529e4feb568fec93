package org.targetcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.app.cli.Cli;

/**
 * The jshell session of docs/library.md runs as written (through the JDK's jshell engine, in a separate JVM)
 * and prints the baseline's probabilities exactly as {@code targetcast run scenarios/baseline.yaml} computes
 * them.
 */
class WalkthroughTest {
    private static final Path DOC = Path.of("../docs/library.md");
    private static final Path SCRIPT = Path.of("../docs/library.jsh");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void scriptIsTheDocumentsSession() throws IOException {
        assertEquals(
                withoutBlankLines(String.join("\n", sessionBlocks())),
                withoutBlankLines(code(Files.readString(SCRIPT))),
                "docs/library.jsh holds the java blocks of docs/library.md's jshell session, in order");
    }

    @Test
    void sessionPrintsTheCommandLinesProbabilities() throws IOException {
        Path out = dir.resolve("cli");
        Cli cli = Cli.run(
                "run", Cli.SCENARIOS + "/baseline.yaml", "--data", Cli.DATA, "--out", out.toString(), "--no-charts");
        assertEquals(0, cli.code(), cli.err());
        Csv summary = Csv.read(out.resolve("summary.csv"));

        String charts = dir.resolve("charts").toString().replace('\\', '/') + "/";
        String printed = runInJshell(code(Files.readString(SCRIPT)).replace("\"out-library/", "\"" + charts));

        assertEquals(3, summary.rows().size());
        for (List<String> row : summary.rows()) {
            String target = row.get(summary.column("target"));
            String p = row.get(summary.column("probability"));
            String line = printed.lines()
                    .filter(l -> l.startsWith(target + " "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + target + " in\n" + printed));
            java.util.regex.Matcher printedP =
                    java.util.regex.Pattern.compile(" P = (\\S+) ").matcher(line);
            assertTrue(printedP.find(), line);
            assertEquals(
                    p,
                    org.targetcast.app.report.Formats.csvFraction(Double.parseDouble(printedP.group(1))),
                    "same probability as summary.csv (as the one CSV rule writes it): " + line);
        }
        assertTrue(printed.contains("share_q90"), "the filtered trajectory table is printed");
        assertTrue(Files.size(Path.of(charts, "baseline-fan.png")) > 10_000, "the fan chart is drawn");
    }

    /** Runs the snippets one by one; any rejected snippet or exception fails the test. */
    private static String runInJshell(String code) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (JShell shell = JShell.builder()
                .out(out)
                .err(out)
                .remoteVMOptions("-Djava.awt.headless=true")
                .build()) {
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = code;
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                assertTrue(info.completeness().isComplete(), "an unfinished snippet: " + remaining);
                for (SnippetEvent e : shell.eval(info.source())) {
                    String why = shell.diagnostics(e.snippet())
                            .map(d -> d.getMessage(null))
                            .collect(Collectors.joining("; "));
                    assertTrue(e.status() != Snippet.Status.REJECTED, "rejected: " + info.source() + ": " + why);
                    assertNull(e.exception(), () -> "threw: " + info.source() + ": " + e.exception());
                }
                remaining = info.remaining();
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The script without jshell's commands ({@code /exit}) and comment lines. */
    private static String code(String script) {
        return script.lines().filter(l -> !l.startsWith("/")).collect(Collectors.joining("\n"));
    }

    private static String withoutBlankLines(String s) {
        return s.lines().filter(l -> !l.isBlank()).collect(Collectors.joining("\n"));
    }

    private static List<String> sessionBlocks() throws IOException {
        String doc = Files.readString(DOC);
        String session = doc.substring(doc.indexOf("## A jshell session"));
        session = session.substring(0, session.indexOf("\n## ", 3));
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(session);
        while (m.find()) {
            blocks.add(m.group(1).strip());
        }
        assertTrue(blocks.size() >= 5, "data, scenario, run, table and chart blocks");
        return blocks;
    }
}
