package org.targetcast.api;

import java.util.Objects;

/**
 * How well one trend family forecast one series at one horizon (0 for all horizons pooled): the scores of
 * {@code targetcast backtest}.
 *
 * <pre>{@code
 * tc.backtest("china.digital").scores().stream().filter(s -> s.horizon() == 0)
 *         .forEach(s -> System.out.printf("%-10s MASE %.2f, 80%% coverage %.0f%%%n", s.model(), s.mase(), 100 * s.coverage80()));
 * }</pre>
 *
 * @param series the series key
 * @param model the trend family's key
 * @param horizon years ahead, or 0 for every horizon of the backtest pooled
 * @param count forecasts scored
 * @param mae mean absolute error
 * @param rmse root mean squared error
 * @param mape mean absolute percentage error, in percent
 * @param mase mean absolute scaled error (Hyndman and Koehler 2006)
 * @param coverage80 share of outcomes inside the 80 % interval, NaN without intervals
 * @param coverage95 share of outcomes inside the 95 % interval
 * @param winkler80 mean Winkler score of the 80 % interval
 */
public record BacktestScore(
        String series,
        String model,
        int horizon,
        long count,
        double mae,
        double rmse,
        double mape,
        double mase,
        double coverage80,
        double coverage95,
        double winkler80) {
    /** Checks for nulls. */
    public BacktestScore {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(model, "model");
    }
}
