package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCommandsTest {
    @TempDir
    Path dir;

    private static final String BASELINE = Cli.SCENARIOS + "/baseline.yaml";

    @Test
    void sweepWritesTheWholeGridAndItsChart() throws IOException {
        Path out = dir.resolve("sweep");
        Cli r = Cli.run("sweep", BASELINE, "--data", Cli.DATA, "--steps", "9", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("exact"));
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("digital_growth,other_growth,probability", csv.get(0));
        assertEquals(1 + 81, csv.size());
        assertTrue(Files.size(out.resolve("sweep.png")) > 1000);
    }

    @Test
    void sweepRejectsAMalformedAxis() {
        Cli r = Cli.run(
                "sweep",
                BASELINE,
                "--data",
                Cli.DATA,
                "--x",
                "digital_growth=0.1",
                "--out",
                dir.resolve("s").toString());
        assertEquals(2, r.code());
        assertEquals(
                "--x: expected ASSUMPTION=FROM:TO such as digital_growth=0.02:0.14, found 'digital_growth=0.1'",
                r.err().strip());
        assertFalse(Files.exists(dir.resolve("s")));
    }

    @Test
    void sweepRejectsAnUnknownAssumption() {
        Cli r = Cli.run(
                "sweep",
                BASELINE,
                "--data",
                Cli.DATA,
                "--y",
                "travel=0:1",
                "--out",
                dir.resolve("s").toString());
        assertEquals(2, r.code());
        assertTrue(
                r.err().startsWith("--y: unknown assumption 'travel'; expected one of digital_growth, other_growth"),
                r.err());
    }

    @Test
    void sweepRejectsTheSameAssumptionTwice() {
        Cli r = Cli.run(
                "sweep",
                BASELINE,
                "--data",
                Cli.DATA,
                "--y",
                "digital_growth=0:0.1",
                "--out",
                dir.resolve("s").toString());
        assertEquals(2, r.code());
        assertEquals(
                "--y: expected an assumption other than --x's digital_growth",
                r.err().strip());
    }

    @Test
    void sensitivityRanksAssumptionsByTheirSwing() throws IOException {
        Path out = dir.resolve("sens");
        Cli r = Cli.run("sensitivity", BASELINE, "--data", Cli.DATA, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals(
                10,
                csv.size(),
                "header, five assumptions, the variance scale, band calibration, model choice and data basis");
        String calibration = csv.stream()
                .filter(l -> l.startsWith("band_calibration,"))
                .findFirst()
                .orElseThrow();
        assertTrue(calibration.endsWith(",none,panel,Band calibration (panel or none),区间校准（面板或不校准）"), calibration);
        assertTrue(
                csv.stream().anyMatch(l -> l.startsWith("variance_scale,0.5,") && l.contains(",2.0,")), csv.toString());
        String model = csv.stream()
                .filter(l -> l.startsWith("model_choice,"))
                .findFirst()
                .orElseThrow();
        assertTrue(model.endsWith(",drift,loglinear,Model choice (trend family),模型选择（趋势族）"), model);
        String basis = csv.stream()
                .filter(l -> l.startsWith("data_basis,"))
                .findFirst()
                .orElseThrow();
        assertTrue(basis.contains(",Data basis (MOFCOM or UNCTAD),数据口径（商务部或贸发会议）"), basis);
        double previous = 1;
        for (String line : csv.subList(1, csv.size())) {
            String[] c = line.split(",", -1);
            double swing = Math.abs(Double.parseDouble(c[4]) - Double.parseDouble(c[2]));
            assertTrue(swing <= previous + 1e-12, "ranked by swing: " + csv);
            previous = swing;
        }
        assertTrue(Files.size(out.resolve("sensitivity.png")) > 1000);
    }

    @Test
    void sensitivityRejectsATargetThatDoesNotExist() {
        Cli r = Cli.run(
                "sensitivity",
                BASELINE,
                "--data",
                Cli.DATA,
                "--target",
                "9",
                "--out",
                dir.resolve("s").toString());
        assertEquals(2, r.code());
        assertEquals(
                "--target: expected 1 to 3 (the targets of " + BASELINE + "), found 9",
                r.err().strip());
    }

    @Test
    void compareShowsEveryScenarioAgainstTheFirst() throws IOException {
        Path out = dir.resolve("cmp");
        Cli r = Cli.run(
                "compare",
                BASELINE,
                Cli.SCENARIOS + "/digital-push.yaml",
                "--data",
                Cli.DATA,
                "--paths",
                "5000",
                "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("share ≥ 45% in 2029") && l.contains("[+")), r.out());
        // the central projection under each probability: the share in the target's year, as compare.csv has it
        String central = r.out()
                .lines()
                .filter(l -> l.startsWith("  central share in 2029"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(r.out()));
        List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
        for (String line : csv) {
            if (line.startsWith("share ≥ 45% in 2029,")) {
                double projected = Double.parseDouble(line.split(",")[2]);
                assertTrue(
                        central.contains(org.targetcast.app.report.Formats.pct(projected)),
                        central + " against " + line);
            }
        }
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  central path, lowest growth")), r.out());
        r.out().lines().forEach(l -> assertTrue(l.length() <= 100, l.length() + " columns: " + l));
        assertEquals(1 + 2 * 3, csv.size());
        assertTrue(Files.size(out.resolve("compare.png")) > 1000);
    }

    @Test
    void solveFindsTheGrowthForAGivenProbability() {
        Cli r = Cli.run("solve", BASELINE, "--data", Cli.DATA, "--probability", "0.8");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("digital growth for P(in year) = 80%"), r.out());
        Cli bad = Cli.run("solve", BASELINE, "--data", Cli.DATA, "--probability", "1.5");
        assertEquals(2, bad.code());
        assertEquals(
                "--probability: expected a probability inside (0, 1), found 1.5",
                bad.err().strip());
    }

    @Test
    void chartDrawsOneKindAtTheSizeAndFormatAsked() throws IOException {
        Path out = dir.resolve("charts");
        Cli r = Cli.run(
                "chart",
                BASELINE,
                "--data",
                Cli.DATA,
                "--kind",
                "decomposition",
                "--preset",
                "print",
                "--formats",
                "pdf",
                "--paths",
                "2000",
                "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(
                        out.resolve("baseline-decomposition.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
        assertEquals(
                List.of(org.targetcast.app.report.OutputGuard.MARKER, "baseline-decomposition.pdf"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void chartRejectsAnUnknownKindAndAYearWithoutATarget() {
        Cli kind = Cli.run(
                "chart",
                BASELINE,
                "--data",
                Cli.DATA,
                "--kind",
                "pie",
                "--out",
                dir.resolve("c").toString());
        assertEquals(2, kind.code());
        assertEquals(
                "--kind: expected one of fan, share, components, decomposition, histogram, panel, found 'pie'",
                kind.err().strip());
        Cli year = Cli.run(
                "chart",
                BASELINE,
                "--data",
                Cli.DATA,
                "--kind",
                "histogram",
                "--year",
                "2031",
                "--paths",
                "2000",
                "--out",
                dir.resolve("c").toString());
        assertEquals(2, year.code());
        assertTrue(year.err().startsWith("--year: no single-year share target in 2031"), year.err());
        assertFalse(Files.exists(dir.resolve("c")));
    }
}
