package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
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

    static void print(PrintWriter out, PanelBacktest panel, int from, int to) {
        List<String> keys = panel.keys();
        List<AnnualSeries> data = panel.series();
        List<List<Evaluation>> perSeries = panel.evaluations();
        List<String> skipped = panel.skipped();
        Predicate<Forecast> in = f -> f.horizon() >= from && f.horizon() <= to;
        List<TrendFamily> families =
                perSeries.get(0).stream().map(Evaluation::family).toList();
        int drift = families.indexOf(TrendFamily.DRIFT);
        int auto = families.indexOf(TrendFamily.AUTO);
        out.printf(
                Locale.ROOT,
                "Panel: %d series, MASE pooled over horizons %d-%d (rolling origins from the 8th observation)%n%n",
                keys.size(),
                from,
                to);
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("series", "years"));
        families.forEach(f -> header.add(f.key()));
        header.add("auto picks (whole series)");
        rows.add(header.toArray(String[]::new));
        double[][] mase = new double[keys.size()][families.size()];
        double[][] logMase = new double[keys.size()][families.size()];
        List<String> autoWorse = new ArrayList<>();
        for (int s = 0; s < keys.size(); s++) {
            AnnualSeries series = data.get(s);
            List<String> row = new ArrayList<>(List.of(keys.get(s), series.firstYear() + "-" + series.lastYear()));
            for (int k = 0; k < families.size(); k++) {
                mase[s][k] = perSeries.get(s).get(k).metrics(in).mase();
                logMase[s][k] = perSeries.get(s).get(k).logMase(in);
                row.add(BacktestReport.fixed(mase[s][k], 3));
            }
            row.add(panel.rows().get(s).autoPick().key());
            rows.add(row.toArray(String[]::new));
            if (mase[s][auto] > mase[s][drift]) {
                autoWorse.add(String.format(
                        Locale.ROOT, "%s (auto %.3f, drift %.3f)", keys.get(s), mase[s][auto], mase[s][drift]));
            }
        }
        List<String> mean = new ArrayList<>(List.of("mean", ""));
        for (int k = 0; k < families.size(); k++) {
            mean.add(BacktestReport.fixed(columnMean(mase, k), 3));
        }
        mean.add("");
        rows.add(mean.toArray(String[]::new));
        Table.print(rows, out);

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
        for (int k = 0; k < families.size(); k++) {
            int kk = k;
            double[] col = Arrays.stream(mase).mapToDouble(r -> r[kk]).sorted().toArray();
            long beats = Arrays.stream(mase).filter(r -> r[kk] < r[drift]).count();
            IntervalScore i80 = IntervalScore.empty(0.8);
            IntervalScore i95 = IntervalScore.empty(0.95);
            long n = 0;
            for (List<Evaluation> ev : perSeries) {
                Evaluation e = ev.get(k);
                n += e.metrics(in).count();
                i80 = i80.combine(e.interval(0.8, in));
                i95 = i95.combine(e.interval(0.95, in));
            }
            summary.add(new String[] {
                families.get(k).key(),
                BacktestReport.fixed(columnMean(mase, k), 3),
                BacktestReport.fixed(median(col), 3),
                BacktestReport.fixed(columnMean(logMase, k), 3),
                k == drift ? "-" : beats + " of " + col.length,
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
        AutoSwitches.print(out, panel.auto(), keys, data, perSeries, families, in);
        out.println(
                "damped needs 10 observations, so on 14-year series it forecasts from fewer origins than the others.");
        List<String> partial = new ArrayList<>();
        for (int k = 0; k < families.size(); k++) {
            int origins = 0;
            List<String> where = new ArrayList<>();
            String first = "";
            for (int s = 0; s < keys.size(); s++) {
                Evaluation e = perSeries.get(s).get(k);
                if (!e.failures().isEmpty()) {
                    origins += e.failures().size();
                    where.add(keys.get(s) + " (" + e.failures().size() + ")");
                    first = first.isEmpty() ? e.failures().get(0) : first;
                }
            }
            if (origins > 0) {
                partial.add(String.format(
                        Locale.ROOT,
                        "%s: no forecast from %d origin(s) of %s; first: %s",
                        families.get(k).key(),
                        origins,
                        String.join(", ", where),
                        first));
            }
        }
        if (!partial.isEmpty()) {
            out.printf(Locale.ROOT, "%nForecasts that could not be formed:%n");
            partial.forEach(p -> out.println("  " + p));
        }
        if (!skipped.isEmpty()) {
            out.printf(Locale.ROOT, "%nSkipped (%d), the rest scored without them:%n", skipped.size());
            skipped.forEach(p -> out.println("  " + p));
        }
    }

    private static double columnMean(double[][] table, int k) {
        return Arrays.stream(table)
                .mapToDouble(r -> r[k])
                .filter(Double::isFinite)
                .average()
                .orElse(Double.NaN);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
