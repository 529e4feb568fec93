package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gaps a hostile tester found, each kept closed by name. */
class AttackRegressionTest {
    private static final String DATA = "../scenarios/data/observations.csv";

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TargetcastCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void validateRefusesTheUnctadGapRunWouldFind() throws IOException {
        Path data = dir.resolve("obs.csv");
        Files.writeString(
                data,
                Files.readAllLines(Path.of(DATA), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.startsWith("China,2017,digitally_deliverable_unctad,exports"))
                        .collect(Collectors.joining("\n", "", "\n")));
        String[] v = run("validate", "../scenarios/baseline.yaml", "--data", data.toString());
        assertEquals("2", v[0], v[1]);
        assertTrue(v[2].contains("baseline.yaml:14:7: data: history unctad:China, year 2017"), v[2]);
        String[] r = run(
                "run",
                "../scenarios/baseline.yaml",
                "--data",
                data.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--deterministic",
                "--no-charts");
        assertEquals(v[2], r[2], "the same problem, found the same way");
    }

    @Test
    void readsAScenarioOfTwoMebibytesAsTheDocsSay() throws IOException {
        Path file = dir.resolve("big.yaml");
        Files.copy(Path.of("../scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
        StringBuilder sb = new StringBuilder("extends: baseline.yaml\ntitle: Big\ncomponents:\n  digital:\n    fit:\n");
        sb.append("      exclude: [").append("2020, ".repeat(350_000)).append("2020]\n");
        Files.writeString(file, sb);
        assertTrue(Files.size(file) > 2 << 20);
        String[] v = run("validate", file.toString(), "--data", DATA);
        assertFalse(v[2].contains("code points"), "the parser's own limit is not the file limit: " + v[2]);
    }

    @Test
    void aLinkToASystemFileIsRefusedWithoutQuotingIt() throws IOException {
        Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path link = Files.createSymbolicLink(dir.resolve("sys.yaml"), secret);
        String[] v = run("validate", link.toString(), "--data", DATA);
        assertEquals("2", v[0]);
        assertFalse(v[2].contains("root:x"), v[2]);
        assertTrue(v[2].startsWith(link + ":1:1: "), v[2]);
    }

    /** Item 8: a hundred million paths once made sweep print nothing for minutes. */
    @Test
    void workOfMinutesIsRefusedWhereItWasAskedForUnlessAllowed() throws IOException {
        Files.copy(Path.of("../scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
        Path file = dir.resolve("paths.yaml");
        Files.writeString(file, "extends: baseline.yaml\nuncertainty: {method: montecarlo, paths: 100000000}\n");
        String located = file + ":2:42: uncertainty.paths: ";
        long start = System.nanoTime();
        String[] sweep = run(
                "sweep",
                file.toString(),
                "--steps",
                "201",
                "--data",
                DATA,
                "--out",
                dir.resolve("s").toString());
        assertEquals("2", sweep[0], sweep[2]);
        assertTrue(sweep[2].startsWith(located + "sweep would simulate 2.4e9 path-years"), sweep[2]);
        assertTrue(sweep[2].contains("give --allow-long"), sweep[2]);
        String[] validate = run("validate", file.toString(), "--data", DATA);
        assertEquals("2", validate[0]);
        assertTrue(validate[2].startsWith(located + "run would simulate 2.4e9 path-years"), validate[2]);
        String[] runIt = run(
                "run",
                file.toString(),
                "--data",
                DATA,
                "--out",
                dir.resolve("r").toString());
        assertEquals(validate[2], runIt[2], "validate refuses what run refuses, in the same words");
        assertEquals(
                "2",
                run(
                        "sensitivity",
                        file.toString(),
                        "--data",
                        DATA,
                        "--out",
                        dir.resolve("n").toString())[0]);
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "refused in seconds, not simulated");
        assertFalse(Files.exists(dir.resolve("r")) || Files.exists(dir.resolve("s")), "nothing written");
        assertEquals("0", run("validate", file.toString(), "--data", DATA, "--allow-long")[0], "allowed, accepted");
    }

    /** Item 8: the command line's --paths is blamed when it asks for the work. */
    @Test
    void pathsFromTheCommandLineAreRefusedAtTheOption() {
        String[] r = run(
                "run",
                "../scenarios/baseline.yaml",
                "--data",
                DATA,
                "--paths",
                "100000000",
                "--no-charts",
                "--out",
                dir.resolve("r").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("--paths: run would simulate 1.2e9 path-years (1 scenario)"), r[2]);
    }
}
