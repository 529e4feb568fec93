package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.text.ModelText;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.Forecast;
import org.targetcast.model.backtest.IntervalScore;
import org.targetcast.model.backtest.Metrics;
import org.targetcast.model.trend.TrendFamily;

/** Tables and CSV rows for {@code targetcast backtest}. */
public final class BacktestReport {
    /** Header of the forecasts CSV. */
    public static final String CSV_HEADER =
            "series,model,origin,horizon,year,actual,forecast,error,scale,lower80,upper80,lower95,upper95";

    private BacktestReport() {}

    /**
     * One row per model: forecasts, MAE, RMSE, MAPE, MASE (pooled and by horizon), 80 % and 95 % coverage,
     * 80 % Winkler score, failures.
     *
     * @param evaluations one per model, same series
     * @param from first horizon reported
     * @param to last horizon reported
     * @param share whether the series is a share (errors shown in percentage points)
     * @param lang the language of the header, the models' names and the notes
     * @return header and rows for {@link Table#print}
     */
    public static List<String[]> metricsTable(
            List<Evaluation> evaluations, int from, int to, boolean share, Lang lang) {
        List<String[]> rows = new ArrayList<>();
        StringBuilder hs = new StringBuilder();
        for (int h = from; h <= to; h++) {
            hs.append(h == from ? "" : " / ").append(h);
        }
        rows.add(new String[] {
            Glossary.term("backtest.model", lang),
            Glossary.term("backtest.n", lang),
            Glossary.term(share ? "backtest.mae.pp" : "backtest.mae", lang),
            Glossary.term(share ? "backtest.rmse.pp" : "backtest.rmse", lang),
            "MAPE",
            "MASE",
            Glossary.term("backtest.mase.h", lang, hs.toString()),
            Glossary.term("backtest.cover", lang, "80%"),
            Glossary.term("backtest.cover", lang, "95%"),
            Glossary.term("backtest.winkler", lang, "80%"),
            Glossary.term("note", lang)
        });
        String na = Glossary.term("backtest.na", lang);
        for (Evaluation e : evaluations) {
            Predicate<Forecast> in = f -> f.horizon() >= from && f.horizon() <= to;
            Metrics m = e.metrics(in);
            StringBuilder byH = new StringBuilder();
            for (int h = from; h <= to; h++) {
                int hh = h;
                byH.append(h == from ? "" : " ")
                        .append(fixed(e.metrics(f -> f.horizon() == hh).mase(), 2, na));
            }
            IntervalScore i80 = e.hasIntervals() ? e.interval(0.8, in) : null;
            IntervalScore i95 = e.hasIntervals() ? e.interval(0.95, in) : null;
            double unit = share ? 100 : 1;
            rows.add(new String[] {
                ModelText.family(e.family(), lang),
                String.valueOf(m.count()),
                sig(unit * m.mae(), na),
                sig(unit * m.rmse(), na),
                fixed(m.mape(), 1, na) + (Double.isNaN(m.mape()) ? "" : "%"),
                fixed(m.mase(), 3, na),
                byH.toString(),
                i80 == null ? na : Formats.pct(i80.coverage()),
                i95 == null ? na : Formats.pct(i95.coverage()),
                i80 == null ? na : sig(unit * i80.winkler(), na),
                note(e, lang)
            });
        }
        return rows;
    }

    /**
     * @param e an evaluation
     * @return every forecast as a CSV line (no header)
     */
    public static List<String> csvLines(Evaluation e) {
        List<String> out = new ArrayList<>();
        for (Forecast f : e.forecasts()) {
            StringBuilder sb = new StringBuilder();
            sb.append(Formats.csvText(e.series()))
                    .append(',')
                    .append(label(e))
                    .append(',')
                    .append(f.origin())
                    .append(',')
                    .append(f.horizon())
                    .append(',')
                    .append(f.year())
                    .append(',')
                    .append(Formats.csv(f.actual()))
                    .append(',')
                    .append(Formats.csv(f.forecast()))
                    .append(',')
                    .append(Formats.csv(f.error()))
                    .append(',')
                    .append(Formats.csv(f.scale()));
            double[] lo = f.lower();
            double[] hi = f.upper();
            for (int k = 0; k < 2; k++) {
                sb.append(',')
                        .append(k < lo.length ? Formats.csv(lo[k]) : "")
                        .append(',')
                        .append(k < hi.length ? Formats.csv(hi[k]) : "");
            }
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * @param e an evaluation
     * @return the model label: the family key, {@code logistic (share)} for a direct share fit
     */
    public static String label(Evaluation e) {
        return e.family().key();
    }

    /**
     * @param e an evaluation
     * @param lang the language
     * @return origins that failed, briefly
     */
    public static String note(Evaluation e, Lang lang) {
        if (e.failures().isEmpty()) {
            return e.family() == TrendFamily.COMBO ? Glossary.term("backtest.no.interval", lang) : "";
        }
        List<String> years =
                e.failures().stream().map(s -> s.substring(0, s.indexOf(':'))).toList();
        String span = years.size() == 1
                ? years.get(0)
                : years.get(0) + (lang == Lang.ZH ? "–" : "-") + years.get(years.size() - 1);
        return Glossary.term(
                "backtest.no.forecast",
                lang,
                span,
                ModelText.failure(e.failures().get(0), lang));
    }

    /** @return a number with 4 significant digits, {@code na} for NaN */
    static String sig(double v, String na) {
        if (Double.isNaN(v)) {
            return na;
        }
        return Math.abs(v) >= 1e4 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.4g", v);
    }

    /**
     * @param v a number
     * @param decimals decimals shown
     * @return the number fixed-point, {@code n/a} for NaN
     */
    public static String fixed(double v, int decimals) {
        return fixed(v, decimals, "n/a");
    }

    /**
     * @param v a number
     * @param decimals decimals shown
     * @param na what a NaN shows
     * @return the number fixed-point, {@code na} for NaN
     */
    public static String fixed(double v, int decimals, String na) {
        return Double.isNaN(v) ? na : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
