package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One notation for what every command prints in English: a percent sign right after its number ({@code 45%},
 * never {@code 45 %}), {@code ≥} for "at least" (never {@code >=}), and probabilities in whole percents
 * ({@code 34%}, the precision rule of the report; shares and growth rates keep one decimal).
 */
class NotationTest {
    private static final Pattern SPACED_PERCENT = Pattern.compile("\\d %");
    private static final Pattern ASCII_AT_LEAST = Pattern.compile(">=");
    /** A probability named P(...) followed by a value with a decimal: {@code P(share in 2029 ≥ 45%) = 34.4%}. */
    private static final Pattern DECIMAL_PROBABILITY = Pattern.compile("P\\([^)]*\\)[^\\n\\d]{0,6}\\d+\\.\\d%");

    @TempDir
    Path dir;

    static List<String> offences(String where, String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(SPACED_PERCENT, ASCII_AT_LEAST, DECIMAL_PROBABILITY)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(text.length(), m.end() + 20);
                found.add(where + ": '" + text.substring(from, to).replace('\n', ' ') + "'");
            }
        }
        return found;
    }

    private List<String> printed(String... args) {
        Cli c = Cli.run(args);
        assertEquals(0, c.code(), String.join(" ", args) + ": " + c.err());
        return offences(args[0], c.out());
    }

    @Test
    void everyCommandWritesPercentsAndSymbolsOneWay() throws IOException {
        String base = "../scenarios/baseline.yaml";
        List<String> found = new ArrayList<>();
        Path run = dir.resolve("run");
        found.addAll(printed(
                "run",
                Cli.SCENARIOS,
                "--data",
                Cli.DATA,
                "--paths",
                "2000",
                "--no-charts",
                "--table",
                "--out",
                run.toString()));
        found.addAll(offences(
                "report.html",
                Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8)
                        .replaceAll("<[^>]+>", "")));
        found.addAll(printed("solve", Cli.SCENARIOS, "--data", Cli.DATA));
        found.addAll(printed("status", base, "--data", Cli.DATA));
        found.addAll(printed(
                "compare",
                Cli.SCENARIOS,
                "--data",
                Cli.DATA,
                "--paths",
                "2000",
                "--no-charts",
                "--out",
                dir.resolve("c").toString()));
        found.addAll(printed(
                "sensitivity",
                base,
                "--data",
                Cli.DATA,
                "--no-charts",
                "--out",
                dir.resolve("s").toString()));
        found.addAll(printed(
                "sweep",
                base,
                "--data",
                Cli.DATA,
                "--steps",
                "3",
                "--no-charts",
                "--out",
                dir.resolve("w").toString()));
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}
