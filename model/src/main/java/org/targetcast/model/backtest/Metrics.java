package org.targetcast.model.backtest;

import java.util.Locale;
import org.targetcast.model.ModelException;

/**
 * Point forecast accuracy: an immutable accumulator of errors {@code e = y - yhat} that combines, so
 * that per-horizon, per-series and panel summaries are sums of the same parts.
 *
 * <pre>
 *   MAE  = mean |e|
 *   RMSE = sqrt(mean e^2)
 *   MAPE = 100 mean |e / y|                   (percent; infinite if some y = 0)
 *   MASE = mean |e| / Q                       (Q: the scale passed with each error)
 * </pre>
 * For MASE, Hyndman and Koehler (2006, "Another look at measures of forecast accuracy", International
 * Journal of Forecasting 22(4), 679-688, doi:10.1016/j.ijforecast.2006.03.001) scale each error by the
 * in-sample mean absolute one-step naive error of the series the forecast was made from,
 * {@code Q = (1/(n-1)) sum_{i=2..n} |y_i - y_{i-1}|}; {@link RollingOrigin} computes it per origin from the
 * training data only. A MASE below 1 beats the in-sample one-step naive forecast. Errors passed with a
 * scale that is not positive and finite (a constant training series) count in every measure but MASE.
 *
 * <p>Edge cases: with no errors every measure is {@code NaN}. Combining is exact (sums) and associative.
 */
public final class Metrics {
    private static final Metrics EMPTY = new Metrics(0, 0, 0, 0, 0, 0);

    private final long count;
    private final double sumAbs;
    private final double sumSquares;
    private final double sumAbsPercent;
    private final long scaledCount;
    private final double sumScaled;

    private Metrics(
            long count, double sumAbs, double sumSquares, double sumAbsPercent, long scaledCount, double sumScaled) {
        this.count = count;
        this.sumAbs = sumAbs;
        this.sumSquares = sumSquares;
        this.sumAbsPercent = sumAbsPercent;
        this.scaledCount = scaledCount;
        this.sumScaled = sumScaled;
    }

    /** @return the accumulator with no errors */
    public static Metrics empty() {
        return EMPTY;
    }

    /**
     * @param actual what happened
     * @param forecast what was forecast
     * @param scale the MASE scale {@code Q} of the forecast's training data
     * @return this accumulator with one more error
     * @throws ModelException if {@code actual} or {@code forecast} is not finite
     */
    public Metrics add(double actual, double forecast, double scale) {
        if (!Double.isFinite(actual) || !Double.isFinite(forecast)) {
            throw ModelException.of("metrics: actual %s and forecast %s must both be finite", actual, forecast);
        }
        double e = actual - forecast;
        boolean scaled = scale > 0 && Double.isFinite(scale);
        return new Metrics(
                count + 1,
                sumAbs + Math.abs(e),
                sumSquares + e * e,
                sumAbsPercent + 100 * Math.abs(e / actual),
                scaledCount + (scaled ? 1 : 0),
                sumScaled + (scaled ? Math.abs(e) / scale : 0));
    }

    /**
     * @param other another accumulator
     * @return the accumulator of both sets of errors
     */
    public Metrics combine(Metrics other) {
        return new Metrics(
                count + other.count,
                sumAbs + other.sumAbs,
                sumSquares + other.sumSquares,
                sumAbsPercent + other.sumAbsPercent,
                scaledCount + other.scaledCount,
                sumScaled + other.sumScaled);
    }

    /** @return the number of errors */
    public long count() {
        return count;
    }

    /** @return mean absolute error, in the data's units; {@code NaN} if empty */
    public double mae() {
        return count == 0 ? Double.NaN : sumAbs / count;
    }

    /** @return root mean squared error, in the data's units; {@code NaN} if empty */
    public double rmse() {
        return count == 0 ? Double.NaN : Math.sqrt(sumSquares / count);
    }

    /** @return mean absolute percentage error, in percent; {@code NaN} if empty */
    public double mape() {
        return count == 0 ? Double.NaN : sumAbsPercent / count;
    }

    /** @return mean absolute scaled error; {@code NaN} if no error had a usable scale */
    public double mase() {
        return scaledCount == 0 ? Double.NaN : sumScaled / scaledCount;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Metrics[n=%d, MAE=%.4g, RMSE=%.4g, MAPE=%.2f%%, MASE=%.3f]",
                count,
                mae(),
                rmse(),
                mape(),
                mase());
    }
}
