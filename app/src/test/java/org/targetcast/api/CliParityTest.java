package org.targetcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.app.cli.Cli;
import org.targetcast.app.report.Formats;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The facade and the command line, on the same data, scenarios and seed, give the same numbers. */
class CliParityTest {
    private static final long SEED = 7;

    @TempDir
    static Path dir;

    private static Path out;
    private static RunResult facade;

    @BeforeAll
    static void runBoth() {
        out = dir.resolve("run");
        Cli cli = Cli.run(
                "run",
                Cli.SCENARIOS,
                "--data",
                Cli.DATA,
                "--out",
                out.toString(),
                "--no-charts",
                "--seed",
                String.valueOf(SEED),
                "--paths",
                "20000");
        assertEquals(0, cli.code(), cli.err());
        facade = Targetcast.data(Path.of(Cli.DATA))
                .withSeed(SEED)
                .withPaths(20_000)
                .run(Scenarios.readAll(Path.of(Cli.SCENARIOS)));
    }

    @Test
    void trajectoryTableEqualsTrajectoriesCsvCellForCell() throws IOException {
        Csv csv = Csv.read(out.resolve("trajectories.csv"));
        Table t = facade.trajectoryTable();
        assertEquals(csv.header(), t.columnNames(), "same columns in the same order");
        assertEquals(csv.rows().size(), t.rowCount(), "same rows");
        int quantileCells = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < t.columnCount(); c++) {
                String expected = csv.rows().get(r).get(c);
                Column<?> col = t.column(c);
                String where = "row " + (r + 2) + ", column " + col.name();
                if (col instanceof DoubleColumn) {
                    double v = t.doubleColumn(c).getDouble(r);
                    if (expected.isEmpty()) {
                        assertTrue(Double.isNaN(v), where + ": expected missing, found " + v);
                    } else {
                        // the file rounds shares to 4 decimals and trade levels to 6 significant digits
                        String written =
                                col.name().startsWith("share") ? Formats.csvFraction(v) : Formats.csvSignificant(v, 6);
                        assertEquals(expected, written, where);
                        quantileCells += col.name().startsWith("share_q") ? 1 : 0;
                    }
                } else if (col instanceof IntColumn) {
                    assertEquals(Integer.parseInt(expected), t.intColumn(c).getInt(r), where);
                } else {
                    assertEquals(expected, t.stringColumn(c).get(r), where);
                }
            }
        }
        assertTrue(
                quantileCells > 100,
                "the simulated quantiles are compared too, not only missing cells: " + quantileCells);
        assertTrue(t.stringColumn("flags").asList().stream().anyMatch(f -> !f.isEmpty()), "flags are compared");
        assertTrue(t.stringColumn("sources").asList().stream().anyMatch(f -> f.contains("/")), "sources are compared");
    }

    @Test
    void probabilitiesEqualSummaryCsv() throws IOException {
        Csv csv = Csv.read(out.resolve("summary.csv"));
        List<VerdictRow> rows = facade.verdicts();
        assertEquals(csv.rows().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> line = csv.rows().get(i);
            VerdictRow v = rows.get(i);
            assertEquals(line.get(csv.column("scenario")), v.scenario());
            assertEquals(line.get(csv.column("target")), v.target());
            assertEquals(line.get(csv.column("kind")), v.kind());
            assertEquals(line.get(csv.column("projected")), Formats.csvFraction(v.projected()));
            assertEquals(
                    line.get(csv.column("probability")),
                    Formats.csvFraction(v.probability()),
                    v.scenario() + " " + v.target());
            assertEquals(line.get(csv.column("probability_se")), Formats.csvFraction(v.standardError()));
            assertEquals(line.get(csv.column("probability_method")), v.method());
            String median = line.get(csv.column("median_first_year"));
            assertEquals(median.isEmpty() ? null : Integer.valueOf(median), v.medianFirstYear());
        }
        Table t = facade.verdictTable();
        assertEquals(rows.size(), t.rowCount());
        assertEquals(rows.get(0).probability(), t.doubleColumn("probability").getDouble(0), 0.0);
    }

    @Test
    void reachedByIsAtLeastTheInYearProbabilityForShareTargets() {
        List<VerdictRow> share = facade.verdicts().stream()
                .filter(v -> v.kind().equals("share_in_year"))
                .toList();
        assertFalse(share.isEmpty());
        for (VerdictRow v : share) {
            // reached by T counts every path at or above the target in T, and those above earlier
            assertTrue(v.reachedBy() >= v.probability() - 4 * v.standardError() - 0.02, v.toString());
            assertTrue(v.lowest() <= v.probability() && v.probability() <= v.highest(), v.toString());
        }
    }

    @Test
    void shippedDataInTheJarIsTheRepositorysFile() {
        Targetcast shipped = Targetcast.shippedData();
        assertEquals(Targetcast.data(Path.of(Cli.DATA)).dataSha256(), shipped.dataSha256());
        assertEquals(Targetcast.SHIPPED_DATA, shipped.dataFile());
    }
}
