package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data basis on the command line: {@code run --basis}, the baseline on both bases, {@code data --basis}. */
class BasisCommandTest {
    @TempDir
    Path dir;

    @Test
    void runOnUnctadsBasisWritesThatHistory() throws IOException {
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("u").toString(),
                "--no-charts",
                "--paths",
                "5000",
                "--basis",
                "unctad");
        assertEquals(0, r.code(), r.err());
        List<String> traj = Files.readAllLines(dir.resolve("u/trajectories.csv"));
        assertTrue(
                traj.stream().anyMatch(l -> l.startsWith("baseline,2024,estimated,") && l.contains("published_growth")),
                traj.toString());
        assertTrue(
                traj.stream().anyMatch(l -> l.startsWith("baseline,2015,observed,")),
                "2015 is UNCTAD's own figure on this basis");
        assertTrue(Files.readString(dir.resolve("u/manifest.json")).contains("\"history\": \"china@unctad\""));
    }

    @Test
    void runPrintsTheFirstScenarioOnBothBasesWithTwoSentences() throws IOException {
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("b").toString(),
                "--no-charts",
                "--deterministic");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("The baseline scenario on both data bases:"), r.out());
        assertTrue(
                r.out().lines().anyMatch(l -> l.matches("mofcom +china +2025: 38\\.2% +central \\d+\\.\\d% .*")),
                r.out());
        assertTrue(
                r.out().lines().anyMatch(l -> l.matches("unctad +china@unctad +2025: 38\\.4% +central \\d+\\.\\d% .*")),
                r.out());
        assertTrue(r.out().contains("MOFCOM's and UNCTAD's shares differ most in 2015 (30.6% against 26.6%)"), r.out());
        String report = Files.readString(dir.resolve("b/report.html"));
        assertTrue(
                report.contains("Two data bases") && report.contains("39.5% needs a total of 9769.6"),
                "the report shows both bases and the gaps");
        List<String> traj = Files.readAllLines(dir.resolve("b/trajectories.csv"));
        assertTrue(
                traj.stream().anyMatch(l -> l.startsWith("baseline,2016,estimated,") && l.contains("other_basis")),
                traj.toString());
    }

    @Test
    void anUnknownBasisIsBadInput() {
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS + "/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("x").toString(),
                "--basis",
                "wto");
        assertEquals(2, r.code());
        assertEquals("--basis: expected mofcom, unctad, found 'wto'", r.err().strip());
    }

    @Test
    void dataOnUnctadsBasisChecksItsExtendedYearsAgainstMofcoms() {
        Cli r = Cli.run("data", "--data", Cli.DATA, "--basis", "unctad");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("china@unctad: services trade"), r.out());
        assertTrue(
                r.out().lines().anyMatch(l -> l.matches("2024 +g +38\\.67% +china +38\\.50% +\\+0\\.17 +ok")), r.out());
    }

    @Test
    void fitAndBacktestTakeTheChinaSeriesOnTheBasisAsked() {
        Cli fit = Cli.run("fit", "--data", Cli.DATA, "--basis", "unctad");
        assertEquals(0, fit.code(), fit.err());
        assertTrue(fit.out().startsWith("china@unctad.digital, 16 points (2010-2025)"), fit.out());
        Cli bt = Cli.run("backtest", "--series", "china.share", "--data", Cli.DATA, "--basis", "unctad");
        assertEquals(0, bt.code(), bt.err());
        assertTrue(bt.out().contains("china@unctad.share"), bt.out());
    }
}
