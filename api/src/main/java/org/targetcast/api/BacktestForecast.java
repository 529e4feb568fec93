package org.targetcast.api;

import java.util.Objects;

/**
 * One past forecast of a rolling-origin backtest against what happened: the row of
 * {@code targetcast backtest --csv}.
 *
 * <pre>{@code
 * tc.backtest("china.digital").forecasts().stream()
 *         .filter(f -> f.model().equals("damped") && f.horizon() == 4)
 *         .forEach(f -> System.out.println(f.year() + ": " + f.forecast() + " vs " + f.actual()));
 * }</pre>
 *
 * @param series the series key, e.g. {@code china.digital}
 * @param model the trend family's key
 * @param origin the last year the model saw
 * @param horizon years ahead
 * @param year the year forecast
 * @param actual the outcome
 * @param forecast the point forecast
 * @param error actual minus forecast
 * @param scale the MASE scale of the training data
 * @param lower80 lower bound of the 80 % interval, NaN where the model has none
 * @param upper80 upper bound of the 80 % interval
 * @param lower95 lower bound of the 95 % interval
 * @param upper95 upper bound of the 95 % interval
 */
public record BacktestForecast(
        String series,
        String model,
        int origin,
        int horizon,
        int year,
        double actual,
        double forecast,
        double error,
        double scale,
        double lower80,
        double upper80,
        double lower95,
        double upper95) {
    /** Checks for nulls. */
    public BacktestForecast {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(model, "model");
    }
}
