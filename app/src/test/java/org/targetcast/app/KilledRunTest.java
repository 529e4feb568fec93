package org.targetcast.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.app.cli.TargetcastCommand;

/**
 * A run killed part-way (in a child JVM, by {@link Process#destroyForcibly()}) leaves the previous output
 * folder byte for byte as it was, and the next run removes what it left behind. Input files are only read.
 * The same for every command that writes a folder: a command killed once its staging folder exists (while
 * it writes or commits) leaves a complete folder, the previous one or (for a command repeated with the same
 * arguments, whose files are the same) the new one, never a missing or half-written one.
 */
class KilledRunTest {
    private static final String DATA = "../scenarios/data/observations.csv";
    private static final String SCENARIOS = "../scenarios";

    @TempDir
    Path dir;

    /** @return every file under the folder (the one it links to, for an output folder), relative path to bytes */
    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        Path root = folder.toRealPath();
        try (var files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    out.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertTrue(Arrays.equals(v, actual.get(k)), k + " changed"));
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                "org.targetcast.app.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    private List<Path> staging() throws IOException {
        return staging("out");
    }

    private List<Path> staging(String folder) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("." + folder + "-staging-"))
                    .toList();
        }
    }

    /** Waits (up to a minute) until the condition holds on the staging folders, while the child runs. */
    private void awaitStaging(Process child, Predicate<List<Path>> condition) throws IOException, InterruptedException {
        awaitStaging(child, "out", condition);
    }

    private void awaitStaging(Process child, String folder, Predicate<List<Path>> condition)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.test(staging(folder))) {
            assertTrue(
                    child.isAlive(),
                    "the run ended before it could be killed: " + Files.readString(dir.resolve("child.log")));
            assertTrue(System.nanoTime() < deadline, "no staging folder appeared");
            Thread.sleep(1);
        }
    }

    private Map<String, byte[]> previousRun(Path out) throws IOException {
        StringWriter err = new StringWriter();
        int code = TargetcastCommand.execute(
                new String[] {
                    "run", SCENARIOS, "--data", DATA, "--out", out.toString(), "--deterministic", "--no-charts"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return snapshot(out);
    }

    private void killAndCheck(Process child, Path out, Map<String, byte[]> before) throws Exception {
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, child.exitValue());
        assertSameFiles(before, snapshot(out));
        assertEquals(1, staging().size(), "the killed run left its staging folder");
        Process next =
                start("run", SCENARIOS, "--data", DATA, "--out", out.toString(), "--deterministic", "--no-charts");
        assertTrue(next.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, next.exitValue(), Files.readString(dir.resolve("child.log")));
        assertEquals(List.of(), staging(), "the next run removed the leftover");
        assertTrue(Files.exists(out.resolve("manifest.json")));
    }

    @Test
    void runKilledDuringTheSimulationLeavesThePreviousOutputIntact() throws Exception {
        Path out = dir.resolve("out");
        Map<String, byte[]> before = previousRun(out);
        Process child = start(
                "run",
                SCENARIOS,
                "--data",
                DATA,
                "--out",
                out.toString(),
                "--method",
                "montecarlo",
                "--paths",
                "20000000",
                "--allow-long",
                "--no-charts");
        awaitStaging(child, s -> !s.isEmpty());
        killAndCheck(child, out, before);
    }

    @Test
    void runKilledWhileWritingFilesLeavesThePreviousOutputIntact() throws Exception {
        Path out = dir.resolve("out");
        Map<String, byte[]> before = previousRun(out);
        Process child = start("run", SCENARIOS, "--data", DATA, "--out", out.toString(), "--deterministic");
        awaitStaging(child, s -> s.stream().anyMatch(p -> Files.exists(p.resolve("summary.csv"))));
        killAndCheck(child, out, before);
    }

    @Test
    void runReadsButNeverModifiesItsInputs() throws IOException {
        Map<String, byte[]> scenarios = snapshot(Path.of(SCENARIOS));
        previousRun(dir.resolve("out"));
        assertSameFiles(scenarios, snapshot(Path.of(SCENARIOS)));
        assertFalse(Files.exists(Path.of(SCENARIOS, "out")));
    }

    /** Everything beside the output folder but the folder itself and its current generation: what a run left behind. */
    private List<String> leftBehind(Path out) throws IOException {
        Path current = Files.exists(out) ? out.toRealPath() : null;
        try (var s = Files.list(dir)) {
            return s.filter(p -> !p.equals(out)
                            && !p.equals(current)
                            && !p.getFileName().toString().equals("child.log"))
                    .map(p -> p.getFileName().toString())
                    .toList();
        }
    }

    /**
     * Runs the command once in-process, starts it again in a child, kills the child as soon as its staging
     * folder exists, and checks the folder; then runs it again in a child and checks nothing is left behind.
     */
    private void killedCommandKeepsACompleteFolder(String folder, String... args) throws Exception {
        Path out = dir.resolve(folder);
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of("--data", DATA, "--out", out.toString()));
        StringWriter err = new StringWriter();
        assertEquals(
                0,
                TargetcastCommand.execute(
                        command.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err)),
                err.toString());
        Map<String, byte[]> before = snapshot(out);
        Process child = start(command.toArray(String[]::new));
        awaitStaging(child, folder, s -> !s.isEmpty());
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.isDirectory(out), "the folder is never missing");
        assertSameFiles(withoutMarker(before), withoutMarker(snapshot(out)));
        Process next = start(command.toArray(String[]::new));
        assertTrue(next.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, next.exitValue(), Files.readString(dir.resolve("child.log")));
        assertEquals(List.of(), leftBehind(out), "the next run removed the leftovers");
        assertSameFiles(withoutMarker(before), withoutMarker(snapshot(out)));
    }

    private static Map<String, byte[]> withoutMarker(Map<String, byte[]> files) {
        Map<String, byte[]> out = new TreeMap<>(files);
        out.remove(org.targetcast.app.report.OutputGuard.MARKER);
        return out;
    }

    @Test
    void chartKilledWhileWritingKeepsEveryChart() throws Exception {
        killedCommandKeepsACompleteFolder(
                "out-charts", "chart", SCENARIOS, "--kind", "components", "--formats", "png,svg", "--deterministic");
    }

    @Test
    void compareKilledWhileWritingLeavesACompleteFolder() throws Exception {
        killedCommandKeepsACompleteFolder("out-compare", "compare", SCENARIOS, "--deterministic");
    }

    @Test
    void sweepKilledWhileWritingLeavesACompleteFolder() throws Exception {
        killedCommandKeepsACompleteFolder("out-sweep", "sweep", SCENARIOS + "/baseline.yaml", "--steps", "21");
    }

    @Test
    void sensitivityKilledWhileWritingLeavesACompleteFolder() throws Exception {
        killedCommandKeepsACompleteFolder("out-sensitivity", "sensitivity", SCENARIOS + "/baseline.yaml");
    }
}
