package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.targetcast.app.cli.PanelBacktest.Row;
import org.targetcast.app.report.BacktestReport;
import org.targetcast.app.report.Formats;
import org.targetcast.app.report.Table;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.Forecast;
import org.targetcast.model.backtest.IntervalScore;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;

/**
 * The {@code backtest --panel} tables: MASE per series and family, a summary per family (MASE on levels and
 * on logs, coverage), how often {@code auto} left drift and whether that paid, and every series skipped or
 * forecast only in part, with the reason.
 */
final class PanelReport {
    private PanelReport() {}

    /**
     * One series' scores.
     *
     * @param row the series and its backtests
     * @param mase MASE on levels by family, in the families' order
     * @param logMase MASE on logs by family
     */
    private record Scores(Row row, Map<TrendFamily, Double> mase, Map<TrendFamily, Double> logMase) {}

    static void print(PrintWriter out, PanelBacktest panel, int from, int to) {
        List<Row> rows = panel.rows();
        List<TrendFamily> families = panel.families();
        Predicate<Forecast> in = f -> f.horizon() >= from && f.horizon() <= to;
        List<Scores> scores = rows.stream()
                .map(r -> new Scores(
                        r,
                        byFamily(families, f -> r.evaluation(f).metrics(in).mase()),
                        byFamily(families, f -> r.evaluation(f).logMase(in))))
                .toList();
        out.printf(
                Locale.ROOT,
                "Panel: %d series, MASE pooled over horizons %d-%d (rolling origins from the 8th observation)%n%n",
                rows.size(),
                from,
                to);
        List<String[]> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("series", "years"));
        families.forEach(f -> header.add(f.key()));
        header.add("auto picks (whole series)");
        table.add(header.toArray(String[]::new));
        List<String> autoWorse = new ArrayList<>();
        for (Scores sc : scores) {
            Row r = sc.row();
            AnnualSeries series = r.series();
            Map<TrendFamily, Double> m = sc.mase();
            List<String> row = new ArrayList<>(List.of(r.key(), series.firstYear() + "-" + series.lastYear()));
            families.forEach(f -> row.add(BacktestReport.fixed(m.get(f), 3)));
            row.add(r.autoPick().key());
            table.add(row.toArray(String[]::new));
            double auto = m.get(TrendFamily.AUTO);
            double drift = m.get(TrendFamily.DRIFT);
            if (auto > drift) {
                autoWorse.add(String.format(Locale.ROOT, "%s (auto %.3f, drift %.3f)", r.key(), auto, drift));
            }
        }
        List<String> mean = new ArrayList<>(List.of("mean", ""));
        families.forEach(f -> mean.add(BacktestReport.fixed(columnMean(scores, Scores::mase, f), 3)));
        mean.add("");
        table.add(mean.toArray(String[]::new));
        Table.print(table, out);

        out.printf(
                Locale.ROOT,
                "%nPer family (MASE on levels as above, and on logs: errors of ln y scaled by the in-sample"
                        + " one-step naive error of ln y; coverage and Winkler pooled over every forecast of every series)%n%n");
        List<String[]> summary = new ArrayList<>();
        summary.add(new String[] {
            "model",
            "mean MASE",
            "median MASE",
            "mean MASE logs",
            "beats drift",
            "forecasts",
            "cover 80%",
            "cover 95%",
            "scaled Winkler 80%"
        });
        for (TrendFamily family : families) {
            double[] col = scores.stream()
                    .mapToDouble(sc -> sc.mase().get(family))
                    .sorted()
                    .toArray();
            long beats = scores.stream()
                    .filter(sc -> sc.mase().get(family) < sc.mase().get(TrendFamily.DRIFT))
                    .count();
            IntervalScore i80 = IntervalScore.empty(0.8);
            IntervalScore i95 = IntervalScore.empty(0.95);
            long n = 0;
            for (Row r : rows) {
                Evaluation e = r.evaluation(family);
                n += e.metrics(in).count();
                i80 = i80.combine(e.interval(0.8, in));
                i95 = i95.combine(e.interval(0.95, in));
            }
            summary.add(new String[] {
                family.key(),
                BacktestReport.fixed(columnMean(scores, Scores::mase, family), 3),
                BacktestReport.fixed(median(col), 3),
                BacktestReport.fixed(columnMean(scores, Scores::logMase, family), 3),
                family == TrendFamily.DRIFT ? "-" : beats + " of " + col.length,
                String.valueOf(n),
                i80.count() == 0 ? "n/a" : Formats.pct(i80.coverage()),
                i95.count() == 0 ? "n/a" : Formats.pct(i95.coverage()),
                i80.count() == 0 ? "n/a" : BacktestReport.fixed(i80.scaledWinkler(), 2)
            });
        }
        Table.print(summary, out);
        out.println();
        out.println(
                autoWorse.isEmpty()
                        ? "auto is at least as accurate as drift (MASE) on every series."
                        : "auto is less accurate than drift (MASE) on: " + String.join("; ", autoWorse) + ".");
        AutoSwitches.print(out, panel, in);
        out.println(
                "damped needs 10 observations, so on 14-year series it forecasts from fewer origins than the others.");
        List<String> partial = new ArrayList<>();
        for (TrendFamily family : families) {
            int origins = 0;
            List<String> where = new ArrayList<>();
            String first = "";
            for (Row r : rows) {
                Evaluation e = r.evaluation(family);
                if (!e.failures().isEmpty()) {
                    origins += e.failures().size();
                    where.add(r.key() + " (" + e.failures().size() + ")");
                    first = first.isEmpty() ? e.failures().get(0) : first;
                }
            }
            if (origins > 0) {
                partial.add(String.format(
                        Locale.ROOT,
                        "%s: no forecast from %d origin(s) of %s; first: %s",
                        family.key(),
                        origins,
                        String.join(", ", where),
                        first));
            }
        }
        if (!partial.isEmpty()) {
            out.printf(Locale.ROOT, "%nForecasts that could not be formed:%n");
            partial.forEach(p -> out.println("  " + p));
        }
        List<String> skipped = panel.skipped();
        if (!skipped.isEmpty()) {
            out.printf(Locale.ROOT, "%nSkipped (%d), the rest scored without them:%n", skipped.size());
            skipped.forEach(p -> out.println("  " + p));
        }
    }

    /** @return a value for every family, in the families' order */
    private static Map<TrendFamily, Double> byFamily(List<TrendFamily> families, ToDoubleFunction<TrendFamily> value) {
        Map<TrendFamily, Double> m = new LinkedHashMap<>();
        families.forEach(f -> m.put(f, value.applyAsDouble(f)));
        return m;
    }

    private static double columnMean(
            List<Scores> scores, Function<Scores, Map<TrendFamily, Double>> table, TrendFamily family) {
        return scores.stream()
                .mapToDouble(sc -> table.apply(sc).get(family))
                .filter(Double::isFinite)
                .average()
                .orElse(Double.NaN);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
