package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.targetcast.app.cli.PanelBacktest.Row;
import org.targetcast.app.report.BacktestReport;
import org.targetcast.app.report.Formats;
import org.targetcast.app.report.Table;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.text.ModelText;
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

    static void print(PrintWriter out, PanelBacktest panel, int from, int to, Lang lang) {
        String na = Glossary.term("backtest.na", lang);
        String dash = lang == Lang.ZH ? "–" : "-";
        List<Row> rows = panel.rows();
        List<TrendFamily> families = panel.families();
        Predicate<Forecast> in = f -> f.horizon() >= from && f.horizon() <= to;
        List<Scores> scores = rows.stream()
                .map(r -> new Scores(
                        r,
                        byFamily(families, f -> r.evaluation(f).metrics(in).mase()),
                        byFamily(families, f -> r.evaluation(f).logMase(in))))
                .toList();
        out.println(Glossary.term("panel.intro", lang, rows.size(), from, to));
        out.println();
        List<String[]> table = new ArrayList<>();
        List<String> header =
                new ArrayList<>(List.of(Glossary.term("panel.series", lang), Glossary.term("panel.years", lang)));
        families.forEach(f -> header.add(ModelText.family(f, lang)));
        header.add(Glossary.term("panel.auto.picks", lang));
        table.add(header.toArray(String[]::new));
        List<String> autoWorse = new ArrayList<>();
        for (Scores sc : scores) {
            Row r = sc.row();
            AnnualSeries series = r.series();
            Map<TrendFamily, Double> m = sc.mase();
            List<String> row = new ArrayList<>(
                    List.of(ModelText.history(r.key(), lang), series.firstYear() + dash + series.lastYear()));
            families.forEach(f -> row.add(BacktestReport.fixed(m.get(f), 3, na)));
            row.add(ModelText.family(r.autoPick(), lang));
            table.add(row.toArray(String[]::new));
            double auto = m.get(TrendFamily.AUTO);
            double drift = m.get(TrendFamily.DRIFT);
            if (auto > drift) {
                autoWorse.add(
                        Glossary.term("panel.auto.worse.one", lang, ModelText.history(r.key(), lang), auto, drift));
            }
        }
        List<String> mean = new ArrayList<>(List.of(Glossary.term("panel.mean", lang), ""));
        families.forEach(f -> mean.add(BacktestReport.fixed(columnMean(scores, Scores::mase, f), 3, na)));
        mean.add("");
        table.add(mean.toArray(String[]::new));
        Table.print(table, out);

        out.println();
        out.println(Glossary.term("panel.per.family", lang));
        out.println();
        List<String[]> summary = new ArrayList<>();
        summary.add(new String[] {
            Glossary.term("backtest.model", lang),
            Glossary.term("panel.mean.mase", lang),
            Glossary.term("panel.median.mase", lang),
            Glossary.term("panel.mean.mase.logs", lang),
            Glossary.term("panel.beats.drift", lang),
            Glossary.term("panel.forecasts", lang),
            Glossary.term("backtest.cover", lang, "80%"),
            Glossary.term("backtest.cover", lang, "95%"),
            Glossary.term("panel.scaled.winkler", lang, "80%")
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
                ModelText.family(family, lang),
                BacktestReport.fixed(columnMean(scores, Scores::mase, family), 3, na),
                BacktestReport.fixed(median(col), 3, na),
                BacktestReport.fixed(columnMean(scores, Scores::logMase, family), 3, na),
                family == TrendFamily.DRIFT ? "-" : Glossary.term("panel.of", lang, beats, col.length),
                String.valueOf(n),
                i80.count() == 0 ? na : Formats.pct(i80.coverage()),
                i95.count() == 0 ? na : Formats.pct(i95.coverage()),
                i80.count() == 0 ? na : BacktestReport.fixed(i80.scaledWinkler(), 2, na)
            });
        }
        Table.print(summary, out);
        out.println();
        out.println(
                autoWorse.isEmpty()
                        ? Glossary.term("panel.auto.fine", lang)
                        : Glossary.term(
                                "panel.auto.worse",
                                lang,
                                String.join(Glossary.term("panel.worse.separator", lang), autoWorse)));
        AutoSwitches.print(out, panel, in, lang);
        out.println(Glossary.term("panel.damped", lang));
        List<String> partial = new ArrayList<>();
        for (TrendFamily family : families) {
            int origins = 0;
            List<String> where = new ArrayList<>();
            String first = "";
            for (Row r : rows) {
                Evaluation e = r.evaluation(family);
                if (!e.failures().isEmpty()) {
                    origins += e.failures().size();
                    where.add(ModelText.history(r.key(), lang)
                            + (lang == Lang.ZH
                                    ? "（" + e.failures().size() + "）"
                                    : " (" + e.failures().size() + ")"));
                    first = first.isEmpty() ? e.failures().get(0) : first;
                }
            }
            if (origins > 0) {
                partial.add(Glossary.term(
                        "panel.partial.one",
                        lang,
                        ModelText.family(family, lang),
                        origins,
                        String.join(Glossary.term("list.separator", lang), where),
                        lang == Lang.ZH
                                ? Glossary.term(
                                        "panel.partial.first",
                                        lang,
                                        first.substring(0, first.indexOf(':')),
                                        ModelText.failure(first, lang))
                                : first));
            }
        }
        if (!partial.isEmpty()) {
            out.println();
            out.println(Glossary.term("panel.partial", lang));
            partial.forEach(p -> out.println("  " + p));
        }
        List<String> skipped = panel.skipped();
        if (!skipped.isEmpty()) {
            out.println();
            out.println(Glossary.term("panel.skipped", lang, skipped.size()));
            skipped.forEach(p -> out.println("  " + skippedLine(p, lang)));
        }
    }

    /**
     * @param line a series skipped, "key: reason"
     * @param lang the language
     * @return in English the line; in Chinese the series by its name and the cause in general words (the reason is
     *     the model's English)
     */
    private static String skippedLine(String line, Lang lang) {
        int colon = line.indexOf(": ");
        if (lang != Lang.ZH || colon < 0) {
            return line;
        }
        return ModelText.series(line.substring(0, colon), lang) + "：" + Glossary.term("panel.skipped.why", lang);
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
