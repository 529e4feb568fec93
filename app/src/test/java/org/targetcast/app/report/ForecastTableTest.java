package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.app.cli.Cli;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.simulation.QuantileLevels;

/**
 * The forecast table ({@code run --table}, {@code forecast.csv}, the report's section) reads the run's own
 * forecast: the baseline's central share and 80 % range in 2029 are, to the last digit written, the share
 * and the 10 % and 90 % quantiles of {@code trajectories.csv} and the central path of {@code summary.csv};
 * the file has one row per scenario, projected year and quantity with its ends in order; the terminal
 * table says what its numbers are, in both languages, within 100 columns.
 */
class ForecastTableTest {
    @TempDir
    static Path dir;

    private static Cli english;
    private static Cli chinese;
    private static List<Map<String, String>> forecast;
    private static List<Map<String, String>> trajectories;
    private static List<Map<String, String>> summary;

    @BeforeAll
    static void run() throws IOException {
        english = Cli.run(
                "run",
                "../scenarios/baseline.yaml",
                "../scenarios/recent-pace.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("en").toString(),
                "--paths",
                "2000",
                "--no-charts",
                "--table");
        assertEquals(0, english.code(), english.err());
        chinese = Cli.run(
                "run",
                "../scenarios/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("zh").toString(),
                "--paths",
                "2000",
                "--no-charts",
                "--table",
                "--lang",
                "zh");
        assertEquals(0, chinese.code(), chinese.err());
        forecast = csv(dir.resolve("en/forecast.csv"));
        trajectories = csv(dir.resolve("en/trajectories.csv"));
        summary = csv(dir.resolve("en/summary.csv"));
    }

    /** Rows by column name; no field of these files' numeric rows holds a comma inside quotes. */
    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        return lines.subList(1, lines.size()).stream()
                .map(l -> {
                    String[] f = l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                    Map<String, String> m = new HashMap<>();
                    for (int i = 0; i < header.length; i++) {
                        m.put(header[i], f[i]);
                    }
                    return m;
                })
                .toList();
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String... keyValues) {
        return rows.stream()
                .filter(r -> {
                    for (int i = 0; i < keyValues.length; i += 2) {
                        if (!keyValues[i + 1].equals(r.get(keyValues[i]))) {
                            return false;
                        }
                    }
                    return true;
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + Arrays.toString(keyValues)));
    }

    @Test
    void baselineCentralShareAnd80PercentRangeIn2029AreThoseOfTrajectoriesAndSummary() {
        Map<String, String> table = row(forecast, "scenario", "baseline", "year", "2029", "quantity", "share");
        Map<String, String> path = row(trajectories, "scenario", "baseline", "year", "2029");
        Map<String, String> verdict = row(summary, "scenario", "baseline", "kind", "share_in_year", "year", "2029");
        assertEquals(path.get("share"), table.get("central"));
        assertEquals(verdict.get("projected"), table.get("central"));
        assertEquals(path.get("share_q10"), table.get("lo80"));
        assertEquals(path.get("share_q90"), table.get("hi80"));
        assertEquals(path.get("share_q25"), table.get("lo50"));
        assertEquals(path.get("share_q75"), table.get("hi50"));
        Map<String, String> digital = row(forecast, "scenario", "baseline", "year", "2029", "quantity", "digital");
        assertEquals(path.get("digital"), digital.get("central"));
        Map<String, String> other = row(forecast, "scenario", "baseline", "year", "2029", "quantity", "other");
        assertEquals(path.get("other"), other.get("central"));
    }

    private static ScenarioResult baseline() {
        Workspace ws = Workspace.of(Cli.DATA);
        return ScenarioResult.runAll(
                        ws,
                        ws.load(List.of("../scenarios/baseline.yaml")),
                        Simulator.withDefaults().withOverrides(2_000, 7L, null))
                .get(0);
    }

    @Test
    void tableReadsTheResultsOwnOutlookNotAnotherForecast() {
        ScenarioResult baseline = baseline();
        ForecastTable.Row share = ForecastTable.share(baseline, 2029);
        assertEquals(baseline.projection().share(2029), share.central(), 1e-15);
        // bit for bit the outlook's quantiles, which the fan chart draws and trajectories.csv writes
        assertEquals(
                baseline.outlook().quantile(2029, QuantileLevels.indexOf(0.1)),
                share.low().get(1));
        assertEquals(
                baseline.outlook().quantile(2029, QuantileLevels.indexOf(0.9)),
                share.high().get(1));
        assertEquals(
                baseline.outlook().projected().share().quantile(2029, 0.025),
                share.low().get(2));
        assertEquals(
                baseline.outlook().projected().share().quantile(2029, 0.975),
                share.high().get(2));
    }

    @Test
    void csvHasOneRowPerScenarioYearAndQuantityWithItsEndsInOrder() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("en/forecast.csv"));
        assertEquals("scenario,year,quantity,unit,central,lo50,hi50,lo80,hi80,lo95,hi95", lines.get(0));
        // two scenarios, 2026-2035, three quantities
        assertEquals(2 * 10 * 3, forecast.size());
        for (Map<String, String> r : forecast) {
            assertEquals(r.get("quantity").equals("share") ? "fraction" : "USD_100m", r.get("unit"));
            // the ranges nest; the central path lies inside the 95 % range, not always inside the 50 % one
            // (the bands take the side the other economies' errors leaned to)
            String[] order = {"lo95", "lo80", "lo50", "hi50", "hi80", "hi95"};
            for (int i = 1; i < order.length; i++) {
                BigDecimal a = new BigDecimal(r.get(order[i - 1]));
                BigDecimal b = new BigDecimal(r.get(order[i]));
                assertTrue(a.compareTo(b) <= 0, order[i - 1] + " > " + order[i] + " in " + r);
            }
            BigDecimal central = new BigDecimal(r.get("central"));
            assertTrue(
                    central.compareTo(new BigDecimal(r.get("lo95"))) >= 0
                            && central.compareTo(new BigDecimal(r.get("hi95"))) <= 0,
                    "central outside the 95% range in " + r);
            for (String c : new String[] {"lo95", "lo80", "lo50", "central", "hi50", "hi80", "hi95"}) {
                assertTrue(new BigDecimal(r.get(c)).stripTrailingZeros().precision() <= 6, c + " in " + r);
            }
        }
        assertTrue(Files.readString(dir.resolve("en/manifest.json")).contains("\"forecast.csv\""));
    }

    @Test
    void terminalTableSaysWhatTheNumbersAreWithin100Columns() {
        String out = english.out();
        assertTrue(out.contains("baseline: the forecast, year by year."), out);
        assertTrue(out.contains("recent-pace: the forecast, year by year."), out);
        assertTrue(out.contains("USD 100 million"), out);
        assertTrue(out.contains("50% (25–75%)  80% (10–90%)  95% (2.5–97.5%)"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("share in 2029 (%)")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  digital")), out);
        String zh = chinese.out();
        assertTrue(zh.contains("baseline情景逐年预测"), zh);
        assertTrue(zh.contains("亿美元"), zh);
        assertTrue(zh.lines().anyMatch(l -> l.startsWith("2029年占比（%）")), zh);
        for (org.targetcast.charts.Lang lang : org.targetcast.charts.Lang.values()) {
            java.io.StringWriter printed = new java.io.StringWriter();
            ForecastSection.print(List.of(baseline()), lang, new java.io.PrintWriter(printed));
            printed.toString()
                    .lines()
                    .forEach(l -> assertTrue(Table.displayWidth(l) <= 100, Table.displayWidth(l) + " columns: " + l));
        }
        Cli plain = Cli.run(
                "run",
                "../scenarios/baseline.yaml",
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("plain").toString(),
                "--paths",
                "2000",
                "--no-charts");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(!plain.out().contains("the forecast, year by year"), "the table is printed only with --table");
    }

    @Test
    void reportHasTheBaselinesTable() throws IOException {
        String html = Files.readString(dir.resolve("en/report.html"));
        assertTrue(html.contains("The forecast, year by year"), "report.html has the section");
        assertTrue(html.contains("share in 2029 (%)"), "report.html has the baseline's rows");
        String zh = Files.readString(dir.resolve("zh/report.html"));
        assertTrue(zh.contains("逐年预测"), "the Chinese report has the section");
    }
}
