package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers a run writes, kept: {@code run} of every shipped scenario on the shipped data with a fixed seed,
 * without charts, must write {@code summary.csv}, {@code trajectories.csv}, {@code forecast.csv} and {@code first_years.csv} exactly
 * as the copies under {@code src/test/resources/golden/run/}. A change that moves a number fails here and names
 * the first line that differs; when the move is intended (a change of the model), refresh the copies with
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl app -am test -Dtest=GoldenOutputsTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.refresh=true
 * }</pre>
 *
 * <p>and say in the commit message which numbers moved and why. Probabilities and shares are written to 4
 * decimals, trade levels to 6 significant digits, and results do not depend on the number of threads, so the copies hold on every
 * machine.
 */
class GoldenOutputsTest {
    /** The system property that rewrites the kept copies from this run instead of comparing. */
    static final String REFRESH = "golden.refresh";

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "run");
    private static final List<String> FILES =
            List.of("summary.csv", "trajectories.csv", "forecast.csv", "first_years.csv");
    private static final String SEED = "20241128";

    @Test
    void shippedScenariosWriteTheKeptNumbers(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Cli cli = Cli.run(
                "run", "--data", Cli.DATA, "--out", out.toString(), "--no-charts", "--seed", SEED, Cli.SCENARIOS);
        assertEquals(0, cli.code(), cli.err());
        if (Boolean.getBoolean(REFRESH)) {
            Files.createDirectories(GOLDEN);
            for (String f : FILES) {
                Files.copy(out.resolve(f), GOLDEN.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        for (String f : FILES) {
            Path kept = GOLDEN.resolve(f);
            if (!Files.exists(kept)) {
                fail(kept + " is missing; write it with -D" + REFRESH + "=true (see this test's javadoc)");
            }
            String difference = firstDifference(
                    Files.readAllLines(kept, StandardCharsets.UTF_8),
                    Files.readAllLines(out.resolve(f), StandardCharsets.UTF_8));
            if (difference != null) {
                fail(f + " differs from " + kept + " " + difference + ".\nIf the change is intended, refresh the kept"
                        + " files with -D" + REFRESH + "=true (see GoldenOutputsTest's javadoc) and say in the commit"
                        + " which numbers moved and why.");
            }
        }
    }

    @Test
    void aDifferenceIsNamedByItsFirstLine() {
        assertEquals(null, firstDifference(List.of("a", "b"), List.of("a", "b")));
        assertEquals(
                "first at line 2:\n  kept: b\n  now:  c",
                firstDifference(List.of("a", "b", "x"), List.of("a", "c", "x")));
        assertEquals(
                "first at line 3:\n  kept: (end of file)\n  now:  c",
                firstDifference(List.of("a", "b"), List.of("a", "b", "c")));
    }

    /**
     * @param kept the lines kept
     * @param now the lines written by this run
     * @return where they first differ, with both lines; null if they are the same
     */
    static String firstDifference(List<String> kept, List<String> now) {
        for (int i = 0; i < Math.max(kept.size(), now.size()); i++) {
            String k = i < kept.size() ? kept.get(i) : "(end of file)";
            String n = i < now.size() ? now.get(i) : "(end of file)";
            if (!k.equals(n)) {
                return "first at line " + (i + 1) + ":\n  kept: " + k + "\n  now:  " + n;
            }
        }
        return null;
    }
}
