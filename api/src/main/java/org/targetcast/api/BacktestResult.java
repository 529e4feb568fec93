package org.targetcast.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.Forecast;
import org.targetcast.model.backtest.IntervalScore;
import org.targetcast.model.backtest.Metrics;
import tech.tablesaw.api.Table;

/**
 * A rolling-origin backtest of every trend family on one series: each fitted to the data up to an origin and
 * its forecasts compared with what happened; what {@code targetcast backtest} prints and writes. Immutable.
 *
 * <pre>{@code
 * BacktestResult b = tc.backtest("china.digital");
 * Table scores = b.scoreTable();
 * System.out.println(scores.where(scores.intColumn("horizon").isEqualTo(0)).sortAscendingOn("mase").print());
 * }</pre>
 */
public final class BacktestResult {
    private final String series;
    private final int maxHorizon;
    private final List<Evaluation> evaluations;

    BacktestResult(String series, int maxHorizon, List<Evaluation> evaluations) {
        this.series = series;
        this.maxHorizon = maxHorizon;
        this.evaluations = List.copyOf(evaluations);
    }

    /** @return the series key */
    public String series() {
        return series;
    }

    /** @return the engine's evaluations, one per family */
    public List<Evaluation> evaluations() {
        return evaluations;
    }

    /** @return every forecast, by family, origin and horizon */
    public List<BacktestForecast> forecasts() {
        List<BacktestForecast> out = new ArrayList<>();
        for (Evaluation e : evaluations) {
            for (Forecast f : e.forecasts()) {
                double[] lo = f.lower();
                double[] hi = f.upper();
                out.add(new BacktestForecast(
                        e.series(),
                        e.family().key(),
                        f.origin(),
                        f.horizon(),
                        f.year(),
                        f.actual(),
                        f.forecast(),
                        f.error(),
                        f.scale(),
                        at(lo, 0),
                        at(hi, 0),
                        at(lo, 1),
                        at(hi, 1)));
            }
        }
        return List.copyOf(out);
    }

    /** @return per family, the scores of every horizon pooled (horizon 0) and then of each horizon */
    public List<BacktestScore> scores() {
        List<BacktestScore> out = new ArrayList<>();
        for (Evaluation e : evaluations) {
            out.add(score(e, 0, f -> true));
            for (int h = 1; h <= maxHorizon; h++) {
                int hh = h;
                out.add(score(e, h, f -> f.horizon() == hh));
            }
        }
        return List.copyOf(out);
    }

    /** @return the forecasts as a table with the columns of {@code backtest --csv} */
    public Table forecastTable() {
        return Tables.of("backtest forecasts", forecasts())
                .text("series", BacktestForecast::series)
                .text("model", BacktestForecast::model)
                .integer("origin", BacktestForecast::origin)
                .integer("horizon", BacktestForecast::horizon)
                .integer("year", BacktestForecast::year)
                .number("actual", BacktestForecast::actual)
                .number("forecast", BacktestForecast::forecast)
                .number("error", BacktestForecast::error)
                .number("scale", BacktestForecast::scale)
                .number("lower80", BacktestForecast::lower80)
                .number("upper80", BacktestForecast::upper80)
                .number("lower95", BacktestForecast::lower95)
                .number("upper95", BacktestForecast::upper95)
                .build();
    }

    /** @return the scores as a table: {@code series, model, horizon, count, mae, rmse, mape, mase, coverage80, coverage95, winkler80} */
    public Table scoreTable() {
        return Tables.of("backtest scores", scores())
                .text("series", BacktestScore::series)
                .text("model", BacktestScore::model)
                .integer("horizon", BacktestScore::horizon)
                .integer("count", s -> (int) s.count())
                .number("mae", BacktestScore::mae)
                .number("rmse", BacktestScore::rmse)
                .number("mape", BacktestScore::mape)
                .number("mase", BacktestScore::mase)
                .number("coverage80", BacktestScore::coverage80)
                .number("coverage95", BacktestScore::coverage95)
                .number("winkler80", BacktestScore::winkler80)
                .build();
    }

    private BacktestScore score(Evaluation e, int horizon, Predicate<Forecast> which) {
        Metrics m = e.metrics(which);
        IntervalScore i80 = e.hasIntervals() ? e.interval(0.8, which) : null;
        IntervalScore i95 = e.hasIntervals() ? e.interval(0.95, which) : null;
        return new BacktestScore(
                e.series(),
                e.family().key(),
                horizon,
                m.count(),
                m.mae(),
                m.rmse(),
                m.mape(),
                m.mase(),
                i80 == null ? Double.NaN : i80.coverage(),
                i95 == null ? Double.NaN : i95.coverage(),
                i80 == null ? Double.NaN : i80.winkler());
    }

    private static double at(double[] a, int k) {
        return k < a.length ? a[k] : Double.NaN;
    }
}
