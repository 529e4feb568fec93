package org.targetcast.model.backtest;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.targetcast.model.ModelException;
import org.targetcast.model.trend.TrendFamily;

/**
 * The forecasts of one model on one series in a backtest, with the origins where it could not be fitted.
 * Immutable; every summary is computed from the stored forecasts.
 *
 * @param series the name of the series evaluated
 * @param family the family evaluated
 * @param levels the interval levels of {@link Forecast#lower()} and {@link Forecast#upper()}
 * @param forecasts every forecast, by origin then horizon
 * @param failures one message per origin where the model could not be fitted
 */
public record Evaluation(
        String series, TrendFamily family, double[] levels, List<Forecast> forecasts, List<String> failures) {
    /** Copies the lists and arrays. */
    public Evaluation {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(family, "family");
        levels = levels.clone();
        forecasts = List.copyOf(forecasts);
        failures = List.copyOf(failures);
    }

    /** @return the interval levels, a copy */
    @Override
    public double[] levels() {
        return levels.clone();
    }

    /** @return point accuracy over every forecast */
    public Metrics metrics() {
        return metrics(f -> true);
    }

    /**
     * @param horizon years ahead
     * @return point accuracy of the forecasts at that horizon
     */
    public Metrics metrics(int horizon) {
        return metrics(f -> f.horizon() == horizon);
    }

    /**
     * @param which the forecasts to include
     * @return point accuracy of those forecasts
     */
    public Metrics metrics(Predicate<Forecast> which) {
        Metrics m = Metrics.empty();
        for (Forecast f : forecasts) {
            if (which.test(f)) {
                m = m.add(f.actual(), f.forecast(), f.scale());
            }
        }
        return m;
    }

    /**
     * The mean absolute scaled error on logs: each forecast's {@link Forecast#scaledLogError()}, averaged
     * over those that have one (a forecast or outcome that is not positive has none).
     *
     * @param which the forecasts to include
     * @return the mean, {@code NaN} if none has a scaled log error
     */
    public double logMase(Predicate<Forecast> which) {
        return forecasts.stream()
                .filter(which)
                .mapToDouble(Forecast::scaledLogError)
                .filter(Double::isFinite)
                .average()
                .orElse(Double.NaN);
    }

    /**
     * @param level one of {@link #levels()}
     * @return interval accuracy over every forecast that has an interval at that level (empty if none)
     * @throws ModelException if the level was not evaluated
     */
    public IntervalScore interval(double level) {
        return interval(level, f -> true);
    }

    /**
     * @param level one of {@link #levels()}
     * @param which the forecasts to include
     * @return interval accuracy over those forecasts that have an interval at that level
     * @throws ModelException if the level was not evaluated
     */
    public IntervalScore interval(double level, Predicate<Forecast> which) {
        int k = Arrays.stream(levels).boxed().toList().indexOf(level);
        if (k < 0) {
            throw ModelException.of(
                    "backtest of %s: level %s was not evaluated; levels are %s",
                    series, level, Arrays.toString(levels));
        }
        IntervalScore s = IntervalScore.empty(level);
        for (Forecast f : forecasts) {
            double lo = f.lower()[k];
            double hi = f.upper()[k];
            if (which.test(f) && !Double.isNaN(lo) && !Double.isNaN(hi)) {
                s = s.add(f.actual(), lo, hi, f.scale());
            }
        }
        return s;
    }

    /** @return whether some forecast carries an interval */
    public boolean hasIntervals() {
        return forecasts.stream().anyMatch(f -> Arrays.stream(f.lower()).anyMatch(v -> !Double.isNaN(v)));
    }
}
