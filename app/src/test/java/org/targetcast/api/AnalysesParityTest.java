package org.targetcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.app.cli.Cli;
import org.targetcast.app.report.Formats;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** compare, sweep, sensitivity, solve and backtest through the facade give the command line's numbers. */
class AnalysesParityTest {
    private static final Path BASELINE = Path.of(Cli.SCENARIOS, "baseline.yaml");
    private static final Path PUSH = Path.of(Cli.SCENARIOS, "digital-push.yaml");

    @TempDir
    Path dir;

    private final Targetcast tc = Targetcast.data(Path.of(Cli.DATA)).withPaths(20_000);

    @Test
    void compareEqualsCompareCsv() throws IOException {
        Path out = dir.resolve("compare");
        Cli cli = Cli.run(
                "compare",
                BASELINE.toString(),
                PUSH.toString(),
                "--data",
                Cli.DATA,
                "--out",
                out.toString(),
                "--no-charts",
                "--paths",
                "20000");
        assertEquals(0, cli.code(), cli.err());
        assertTable(
                Csv.read(out.resolve("compare.csv")),
                tc.compare(Scenarios.read(BASELINE), Scenarios.read(PUSH)).table());
    }

    @Test
    void sweepEqualsSweepCsv() throws IOException {
        Path out = dir.resolve("sweep");
        Cli cli = Cli.run(
                "sweep",
                BASELINE.toString(),
                "--x",
                "digital_growth=0.04:0.12",
                "--y",
                "other_growth=0.02:0.08",
                "--steps",
                "5",
                "--data",
                Cli.DATA,
                "--out",
                out.toString(),
                "--no-charts");
        assertEquals(0, cli.code(), cli.err());
        SweepResult map = tc.sweep(
                Scenarios.read(BASELINE),
                0,
                Axis.of("digital_growth", 0.04, 0.12),
                Axis.of("other_growth", 0.02, 0.08),
                5);
        assertEquals(25, map.cells().size());
        assertTable(Csv.read(out.resolve("sweep.csv")), map.table());
    }

    @Test
    void sensitivityEqualsSensitivityCsv() throws IOException {
        Path out = dir.resolve("sens");
        Cli cli =
                Cli.run("sensitivity", BASELINE.toString(), "--data", Cli.DATA, "--out", out.toString(), "--no-charts");
        assertEquals(0, cli.code(), cli.err());
        Csv csv = Csv.read(out.resolve("sensitivity.csv"));
        SensitivityResult s = tc.sensitivity(Scenarios.read(BASELINE), 0);
        assertEquals(csv.rows().size(), s.rows().size());
        for (int i = 0; i < csv.rows().size(); i++) {
            List<String> line = csv.rows().get(i);
            SensitivityRow r = s.rows().get(i);
            assertEquals(line.get(0), r.assumption());
            assertEquals(line.get(1), Formats.csv(r.low()));
            assertEquals(line.get(2), Formats.csv(r.atLow()));
            assertEquals(line.get(3), Formats.csv(r.high()));
            assertEquals(line.get(4), Formats.csv(r.atHigh()));
            assertEquals(line.get(5), Formats.csv(s.base()));
            assertEquals(line.get(6), r.lowOption() == null ? "" : r.lowOption());
            assertEquals(line.get(7), r.highOption() == null ? "" : r.highOption());
        }
    }

    @Test
    void solveEqualsTheSolveTable() {
        Cli cli = Cli.run("solve", BASELINE.toString(), "--data", Cli.DATA, "--probability", "0.8");
        assertEquals(0, cli.code(), cli.err());
        List<Requirement> rs = tc.solve(List.of(Scenarios.read(BASELINE)), 0.8);
        assertEquals(2, rs.size(), "the two share targets");
        for (Requirement r : rs) {
            String row = cli.out()
                    .lines()
                    .filter(l -> l.contains(r.target()))
                    .findFirst()
                    .orElseThrow();
            assertTrue(row.contains(growth(r.requiredGrowth())), row + " / " + r);
            assertTrue(row.contains(growth(r.scenarioGrowth())), row + " / " + r);
            assertTrue(row.contains(growth(r.otherGrowth())), row + " / " + r);
            assertTrue(row.contains(growth(r.growthForProbability())), row + " / " + r);
        }
    }

    @Test
    void backtestForecastsEqualBacktestCsv() throws IOException {
        Path csv = dir.resolve("bt.csv");
        Cli cli = Cli.run("backtest", "--series", "china.digital", "--data", Cli.DATA, "--csv", csv.toString());
        assertEquals(0, cli.code(), cli.err());
        BacktestResult b = tc.backtest("china.digital");
        assertTable(Csv.read(csv), b.forecastTable());
        Table scores = b.scoreTable();
        assertTrue(scores.rowCount() > 0);
        String dampedPooled = cli.out()
                .lines()
                .filter(l -> l.startsWith("damped "))
                .findFirst()
                .orElseThrow();
        double mase = scores.where(scores.stringColumn("model")
                        .isEqualTo("damped")
                        .and(scores.intColumn("horizon").isEqualTo(0)))
                .doubleColumn("mase")
                .getDouble(0);
        assertTrue(dampedPooled.contains(String.format(Locale.ROOT, "%.3f", mase)), dampedPooled + " / " + mase);
    }

    private static String growth(double g) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * g);
    }

    /** Every cell: text equal, numbers equal as the one CSV rule writes them ({@link Formats#csv}), empty cells missing. */
    static void assertTable(Csv csv, Table t) {
        assertEquals(csv.header(), t.columnNames());
        assertEquals(csv.rows().size(), t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < t.columnCount(); c++) {
                String expected = csv.rows().get(r).get(c);
                String where = "row " + (r + 2) + ", column " + t.column(c).name();
                if (t.column(c) instanceof DoubleColumn) {
                    double v = t.doubleColumn(c).getDouble(r);
                    if (expected.isEmpty()) {
                        assertTrue(Double.isNaN(v), where);
                    } else {
                        assertEquals(expected, Formats.csv(v), where);
                    }
                } else if (t.column(c) instanceof IntColumn) {
                    assertEquals(Integer.parseInt(expected), t.intColumn(c).getInt(r), where);
                } else {
                    assertEquals(expected, t.stringColumn(c).get(r), where);
                }
            }
        }
    }
}
