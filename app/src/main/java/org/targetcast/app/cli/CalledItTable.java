package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.targetcast.app.report.Table;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.text.ModelText;
import org.targetcast.model.ModelException;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.Forecast;
import org.targetcast.model.backtest.RollingOrigin;
import org.targetcast.model.data.HistoryBuilder;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;

/** "Would it have called it": what each model projected from a few origins against what happened. */
final class CalledItTable {
    private CalledItTable() {}

    static void print(PrintWriter out, HistoryBuilder builder, String key, boolean share, Lang lang) {
        AnnualSeries target = builder.series(key);
        List<TrendFamily> families = new ArrayList<>(BacktestCommand.levelFamilies());
        if (share) {
            families.add(TrendFamily.LOGISTIC);
        }
        RollingOrigin ro = RollingOrigin.withDefaults().withLevels();
        out.println(Glossary.term(
                "called.intro",
                lang,
                ModelText.series(key, lang),
                Glossary.term(share ? "called.error.pp" : "called.error.pct", lang)));
        out.println();
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(
                Glossary.term("called.origin", lang),
                Glossary.term("year", lang),
                Glossary.term("called.actual", lang)));
        families.forEach(f -> header.add(ModelText.family(f, lang)));
        rows.add(header.toArray(String[]::new));
        for (int origin : BacktestCommand.CALLED_IT_ORIGINS) {
            if (!target.contains(origin) || origin >= target.lastYear()) {
                continue;
            }
            List<Evaluation> ev = new ArrayList<>();
            for (TrendFamily f : families) {
                ev.add(evaluate(builder, key, share, ro, f, origin));
            }
            for (int year = origin + 1; year <= target.lastYear(); year++) {
                double actual = target.valueAt(year).orElseThrow();
                List<String> row =
                        new ArrayList<>(List.of(String.valueOf(origin), String.valueOf(year), value(actual, share)));
                for (Evaluation e : ev) {
                    int y = year;
                    OptionalDouble f = e == null
                            ? OptionalDouble.empty()
                            : e.forecasts().stream()
                                    .filter(x -> x.year() == y)
                                    .mapToDouble(Forecast::forecast)
                                    .findFirst();
                    row.add(
                            f.isEmpty()
                                    ? Glossary.term("backtest.na", lang)
                                    : value(f.getAsDouble(), share) + " (" + error(f.getAsDouble(), actual, share, lang)
                                            + ")");
                }
                rows.add(row.toArray(String[]::new));
            }
        }
        Table.print(rows, out);
        out.println();
        out.println(Glossary.term("called.note", lang));
    }

    private static Evaluation evaluate(
            HistoryBuilder builder, String key, boolean share, RollingOrigin ro, TrendFamily f, int origin) {
        try {
            Evaluation e;
            if (share && f != TrendFamily.LOGISTIC) {
                String h = BacktestCommand.history(key);
                e = ro.fromOriginShare(
                        builder.series(h + ".digital"),
                        builder.series(h + ".other"),
                        TrendModels.of(
                                f, PanelSeries.around(builder, key, "digital").series()),
                        TrendModels.of(
                                f, PanelSeries.around(builder, key, "other").series()),
                        origin);
            } else {
                e = ro.fromOrigin(
                        builder.series(key),
                        TrendModels.of(
                                f,
                                PanelSeries.around(builder, key, key.substring(key.lastIndexOf('.') + 1))
                                        .series()),
                        origin);
            }
            return e.failures().isEmpty() ? e : null;
        } catch (ModelException e) {
            return null;
        }
    }

    private static String value(double v, boolean share) {
        return share ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : String.format(Locale.ROOT, "%.0f", v);
    }

    /** @return the error: in points of a share ({@code +1.2pp}; the unit in the intro in Chinese), in percent of a level */
    private static String error(double forecast, double actual, boolean share, Lang lang) {
        return share
                ? String.format(Locale.ROOT, lang == Lang.ZH ? "%+.1f" : "%+.1fpp", 100 * (forecast - actual))
                : String.format(Locale.ROOT, lang == Lang.ZH ? "%+.0f" : "%+.0f%%", 100 * (forecast / actual - 1));
    }
}
