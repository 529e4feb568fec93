package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
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
     * @return header and rows for {@link Table#print}
     */
    public static List<String[]> metricsTable(List<Evaluation> evaluations, int from, int to, boolean share) {
        List<String[]> rows = new ArrayList<>();
        StringBuilder hs = new StringBuilder("MASE h");
        for (int h = from; h <= to; h++) {
            hs.append(h == from ? "" : " / ").append(h);
        }
        rows.add(new String[] {
            "model",
            "n",
            share ? "MAE (pp)" : "MAE",
            share ? "RMSE (pp)" : "RMSE",
            "MAPE",
            "MASE",
            hs.toString(),
            "cover 80%",
            "cover 95%",
            "Winkler 80%",
            "note"
        });
        for (Evaluation e : evaluations) {
            Predicate<Forecast> in = f -> f.horizon() >= from && f.horizon() <= to;
            Metrics m = e.metrics(in);
            StringBuilder byH = new StringBuilder();
            for (int h = from; h <= to; h++) {
                int hh = h;
                byH.append(h == from ? "" : " ")
                        .append(fixed(e.metrics(f -> f.horizon() == hh).mase(), 2));
            }
            IntervalScore i80 = e.hasIntervals() ? e.interval(0.8, in) : null;
            IntervalScore i95 = e.hasIntervals() ? e.interval(0.95, in) : null;
            double unit = share ? 100 : 1;
            rows.add(new String[] {
                label(e),
                String.valueOf(m.count()),
                sig(unit * m.mae()),
                sig(unit * m.rmse()),
                fixed(m.mape(), 1) + "%",
                fixed(m.mase(), 3),
                byH.toString(),
                i80 == null ? "n/a" : Formats.pct(i80.coverage()),
                i95 == null ? "n/a" : Formats.pct(i95.coverage()),
                i80 == null ? "n/a" : sig(unit * i80.winkler()),
                note(e)
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
     * @return origins that failed, briefly
     */
    public static String note(Evaluation e) {
        if (e.failures().isEmpty()) {
            return e.family() == TrendFamily.COMBO ? "no analytic interval" : "";
        }
        List<String> years =
                e.failures().stream().map(s -> s.substring(0, s.indexOf(':'))).toList();
        String first = e.failures().get(0);
        String why = first.contains("needs at least")
                ? first.substring(first.indexOf("needs at least"))
                : "could not be fitted";
        return "no forecast from "
                + (years.size() == 1 ? years.get(0) : years.get(0) + "-" + years.get(years.size() - 1)) + " (" + why
                + ")";
    }

    /** @return a number with 4 significant digits, {@code n/a} for NaN */
    static String sig(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 1e4 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.4g", v);
    }

    /**
     * @param v a number
     * @param decimals decimals shown
     * @return the number fixed-point, {@code n/a} for NaN
     */
    public static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
