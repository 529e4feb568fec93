package org.targetcast.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.targetcast.app.InputMutationProperties.Mutation;
import org.targetcast.app.cli.TargetcastCommand;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;

/**
 * Randomly damaged scenario files and data files never crash the reader or the command line: each is
 * either still valid or rejected as bad input (exit code 2, never 1) with every message located in a file
 * by line and column, and nothing written; a damaged file the command line accepts runs with finite
 * outputs (no NaN or infinity in any file written).
 *
 * <p>The seeds are fixed so that a build is reproducible; to explore more inputs, change a seed (or remove
 * it) and run this class alone. A crash found that way is a bug: fix it and add a named regression test, as
 * for the character across the parser's chunk boundary ({@code ScenarioReaderTest}).
 */
class BadInputPropertiesTest {
    /** {@code file:line:column}, then the message: every rejection is located with line and column. */
    static final Pattern LOCATED = Pattern.compile("^[^:]+:\\d+:\\d+: .+");

    private static final Pattern NOT_FINITE = Pattern.compile("(?i)\\bnan\\b|infinity");
    private static final List<String> SHIPPED = List.of(
            "baseline.yaml", "digital-push.yaml", "pre-2020-trend.yaml", "recent-pace.yaml", "travel-rebound.yaml");

    private static Path root;
    private static Path scenarios;
    private static Path data;
    private static String csv;
    private static Workspace shipped;

    @BeforeContainer
    static void copyTheShippedInputs() throws IOException {
        root = Files.createTempDirectory("targetcast-properties");
        scenarios = Files.createDirectories(root.resolve("s"));
        for (String name : SHIPPED) {
            Files.copy(Path.of("../scenarios", name), scenarios.resolve(name));
        }
        csv = Files.readAllLines(Path.of("../scenarios/data/observations.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("economy,") || l.startsWith("China,"))
                .collect(Collectors.joining("\n", "", "\n"));
        data = root.resolve("observations.csv");
        Files.writeString(data, csv, StandardCharsets.UTF_8);
        shipped = Workspace.of(data.toString());
        shipped.builder();
    }

    @AfterContainer
    static void removeThem() throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Provide
    Arbitrary<String> shippedScenario() {
        return Arbitraries.of(SHIPPED);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return InputMutationProperties.someMutations();
    }

    private static void assertLocated(InputException e) {
        assertFalse(e.problems().isEmpty());
        for (String line : e.lines()) {
            assertTrue(LOCATED.matcher(line).matches(), "not located: " + InputMutationProperties.escape(line));
            assertTrue(
                    line.startsWith(root.toString()), "not in an input file: " + InputMutationProperties.escape(line));
        }
    }

    /** Every year's digital and other level and share of an accepted scenario is a finite number. */
    private static void assertFinite(List<ScenarioResult> results) {
        for (ScenarioResult r : results) {
            var p = r.projection();
            for (int y = p.history().firstYear(); y <= p.horizon(); y++) {
                double d = p.digital(y);
                double o = p.other(y);
                assertTrue(
                        Double.isFinite(d) && Double.isFinite(o) && Double.isFinite(d / (d + o)),
                        r.loaded().file() + ": " + y + " digital " + d + ", other " + o);
            }
        }
    }

    /** Writes a damaged copy of a shipped scenario, runs the action, and puts the original back. */
    private static void withDamagedScenario(String name, List<Mutation> ms, Runnable action) throws IOException {
        Path file = scenarios.resolve(name);
        String original = Files.readString(file, StandardCharsets.UTF_8);
        Files.write(file, InputMutationProperties.apply(original, ms, false));
        try {
            action.run();
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
    }

    @Property(seed = "20241128", tries = 3000, edgeCases = EdgeCasesMode.NONE)
    void damagedScenarioIsValidOrLocatedBadInput(
            @ForAll("shippedScenario") String name, @ForAll("mutations") List<Mutation> ms) throws IOException {
        withDamagedScenario(name, ms, () -> {
            try {
                assertFinite(ScenarioResult.runAll(
                        shipped,
                        Workspace.scenarios(List.of(scenarios.resolve(name).toString()))));
                Statistics.collect("still valid");
            } catch (InputException e) {
                assertLocated(e);
                Statistics.collect("bad input");
            }
        });
    }

    @Property(seed = "20291231", tries = 1500, edgeCases = EdgeCasesMode.NONE)
    void damagedDataFileIsValidOrLocatedBadInput(
            @ForAll("shippedScenario") String name, @ForAll("mutations") List<Mutation> ms) throws IOException {
        Path damaged = root.resolve("damaged.csv");
        Files.write(damaged, InputMutationProperties.apply(csv, ms, true));
        Workspace ws = Workspace.of(damaged.toString());
        try {
            assertFinite(ScenarioResult.runAll(
                    ws, ws.load(List.of(scenarios.resolve(name).toString()))));
            Statistics.collect("still valid");
        } catch (InputException e) {
            assertLocated(e);
            Statistics.collect("bad input");
        }
    }

    @Property(seed = "20351231", tries = 300, edgeCases = EdgeCasesMode.NONE)
    void commandLineExitsTwoWithLocatedLinesAndWritesNothing(
            @ForAll("shippedScenario") String name, @ForAll("mutations") List<Mutation> ms, @ForAll boolean damageData)
            throws IOException {
        Path out = root.resolve("out");
        Path csvFile = damageData ? root.resolve("damaged.csv") : data;
        if (damageData) {
            Files.write(csvFile, InputMutationProperties.apply(csv, ms, true));
        }
        StringWriter err = new StringWriter();
        int[] code = new int[1];
        Runnable run = () -> code[0] = TargetcastCommand.execute(
                new String[] {
                    "run",
                    scenarios.resolve(name).toString(),
                    "--data",
                    csvFile.toString(),
                    "--out",
                    out.toString(),
                    "--no-charts",
                    "--paths",
                    "1000"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        if (damageData) {
            run.run();
        } else {
            withDamagedScenario(name, ms, run);
        }
        assertTrue(code[0] == 0 || code[0] == 2, "exit " + code[0] + ": " + err);
        Statistics.collect("exit " + code[0]);
        Path current = Files.exists(out) ? out.toRealPath() : null;
        try (var siblings = Files.list(root)) {
            assertEquals(
                    List.of(),
                    siblings.filter(p -> p.getFileName().toString().startsWith(".out-") && !p.equals(current))
                            .toList(),
                    "no staging folder left");
        }
        if (code[0] == 2) {
            assertFalse(Files.exists(out), "nothing written on bad input");
            for (String line : err.toString().split("\\R")) {
                assertTrue(LOCATED.matcher(line).matches(), "not located: " + InputMutationProperties.escape(line));
            }
        } else if (current != null) {
            try (var files = Files.walk(current)) {
                // report.pdf is binary and set from the same document as report.html, which is checked here
                for (Path p : files.filter(Files::isRegularFile)
                        .filter(f -> !f.toString().endsWith(".pdf"))
                        .toList()) {
                    assertFalse(
                            NOT_FINITE
                                    .matcher(Files.readString(p, StandardCharsets.UTF_8))
                                    .find(),
                            p.getFileName() + " holds a value that is not finite, after " + ms);
                }
            }
            try (var files = Files.walk(current)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            Files.deleteIfExists(out);
        }
    }
}
