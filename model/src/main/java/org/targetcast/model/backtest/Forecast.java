package org.targetcast.model.backtest;

import java.util.Arrays;

/**
 * One forecast of a backtest: made at {@code origin} (the last year the model saw) for
 * {@code origin + horizon}, with the outcome.
 *
 * @param origin the last year of the training data
 * @param horizon years ahead, at least 1
 * @param actual the observed value in {@code origin + horizon}
 * @param forecast the point forecast
 * @param scale the MASE scale of the training data (mean absolute one-step naive error)
 * @param logScale the same on the log of the training data ({@code NaN} if some value is not positive)
 * @param lower lower interval bounds, one per level of the backtest ({@code NaN} where the model has none)
 * @param upper upper interval bounds, likewise
 */
public record Forecast(
        int origin,
        int horizon,
        double actual,
        double forecast,
        double scale,
        double logScale,
        double[] lower,
        double[] upper) {
    /** Copies the bound arrays. */
    public Forecast {
        lower = lower.clone();
        upper = upper.clone();
    }

    /** @return the year forecast, {@code origin + horizon} */
    public int year() {
        return origin + horizon;
    }

    /** @return the forecast error {@code actual - forecast} */
    public double error() {
        return actual - forecast;
    }

    /**
     * @return the absolute error on the log scale over {@link #logScale()}, the scaled error of the
     *     forecasting literature on logs; {@code NaN} if a value is not positive or the scale is not
     *     positive and finite
     */
    public double scaledLogError() {
        if (actual <= 0 || forecast <= 0 || !(logScale > 0) || !Double.isFinite(logScale)) {
            return Double.NaN;
        }
        return Math.abs(Math.log(actual) - Math.log(forecast)) / logScale;
    }

    /** @return lower bounds, a copy */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** @return upper bounds, a copy */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Forecast f
                && origin == f.origin
                && horizon == f.horizon
                && Double.compare(actual, f.actual) == 0
                && Double.compare(forecast, f.forecast) == 0
                && Double.compare(scale, f.scale) == 0
                && Double.compare(logScale, f.logScale) == 0
                && Arrays.equals(lower, f.lower)
                && Arrays.equals(upper, f.upper);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * origin + horizon) + Double.hashCode(forecast)) + Arrays.hashCode(lower);
    }

    @Override
    public String toString() {
        return "Forecast[" + origin + "+" + horizon + ": " + forecast + " vs " + actual + "]";
    }
}
