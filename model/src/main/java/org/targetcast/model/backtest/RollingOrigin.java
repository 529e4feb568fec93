package org.targetcast.model.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.PredictionInterval;
import org.targetcast.model.trend.TrendFit;
import org.targetcast.model.trend.TrendModel;

/**
 * Rolling-origin evaluation (Tashman 2000, "Out-of-sample tests of forecasting accuracy", International
 * Journal of Forecasting 16(4), 437-450; Hyndman and Athanasopoulos, <i>Forecasting: Principles and
 * Practice</i>, 3rd ed., section 5.10, "time series cross-validation").
 *
 * <p>For every observation from the {@code minimumTraining}-th on that is followed by another, the origin is
 * its year {@code T}: the model is fitted to the observations up to {@code T} only, and its forecasts for
 * {@code T + 1 .. T + maxHorizon} are compared with the observations in those years that exist. Each
 * forecast carries the MASE scale of its own training data, the mean absolute one-step naive error
 * {@code (1/(k-1)) sum |y_i - y_{i-1}|} over its {@code k} training observations (Hyndman and Koehler 2006),
 * and the bounds of the model's own prediction intervals where it has them
 * ({@link TrendFit#interval(int, double)}). An origin where the model cannot be fitted is recorded as a
 * failure, not an error.
 *
 * <p>The share is evaluated through its components: both are fitted up to {@code T} with the same model
 * and the forecast share is {@code D / (D + O)} ({@link #evaluateShare}); no interval is formed for it.
 *
 * <p>Immutable; configured by copies: {@code RollingOrigin.withDefaults().withMaxHorizon(3)}.
 */
public final class RollingOrigin {
    /** Origins start at the eighth observation. */
    public static final int DEFAULT_MINIMUM_TRAINING = 8;
    /** Horizons 1 to 6. */
    public static final int DEFAULT_MAX_HORIZON = 6;

    private static final double[] DEFAULT_LEVELS = {0.8, 0.95};

    private final int minimumTraining;
    private final int maxHorizon;
    private final double[] levels;

    private RollingOrigin(int minimumTraining, int maxHorizon, double[] levels) {
        this.minimumTraining = minimumTraining;
        this.maxHorizon = maxHorizon;
        this.levels = levels;
    }

    /** @return origins from the eighth observation, horizons 1-6, intervals at 80 % and 95 % */
    public static RollingOrigin withDefaults() {
        return new RollingOrigin(DEFAULT_MINIMUM_TRAINING, DEFAULT_MAX_HORIZON, DEFAULT_LEVELS.clone());
    }

    /**
     * @param observations the least number of observations a model is fitted to, at least 2
     * @return a copy with origins from that observation on
     */
    public RollingOrigin withMinimumTraining(int observations) {
        if (observations < 2) {
            throw ModelException.of(
                    "backtest: minimum training = %d; at least 2 observations are needed", observations);
        }
        return new RollingOrigin(observations, maxHorizon, levels);
    }

    /**
     * @param horizon the longest horizon evaluated, at least 1
     * @return a copy with horizons {@code 1 .. horizon}
     */
    public RollingOrigin withMaxHorizon(int horizon) {
        if (horizon < 1) {
            throw ModelException.of("backtest: horizons 1-%d; the longest horizon must be at least 1", horizon);
        }
        return new RollingOrigin(minimumTraining, horizon, levels);
    }

    /**
     * @param newLevels interval levels in (0, 1); none to skip intervals
     * @return a copy evaluating intervals at those levels
     */
    public RollingOrigin withLevels(double... newLevels) {
        for (double l : newLevels) {
            PredictionInterval.requireLevel(l);
        }
        return new RollingOrigin(minimumTraining, maxHorizon, newLevels.clone());
    }

    /** @return the least number of training observations */
    public int minimumTraining() {
        return minimumTraining;
    }

    /** @return the longest horizon */
    public int maxHorizon() {
        return maxHorizon;
    }

    /** @return the interval levels, a copy */
    public double[] levels() {
        return levels.clone();
    }

    /**
     * @param series the data
     * @return the origin years: every observation from the {@code minimumTraining}-th on with a later one
     */
    public List<Integer> origins(AnnualSeries series) {
        List<Integer> out = new ArrayList<>();
        for (int i = minimumTraining - 1; i < series.size() - 1; i++) {
            out.add(series.year(i));
        }
        return out;
    }

    /**
     * @param series positive levels (or shares for a share family)
     * @param model the model evaluated
     * @return its forecasts at every origin and horizon
     */
    public Evaluation evaluate(AnnualSeries series, TrendModel model) {
        Objects.requireNonNull(model, "model");
        return run(series.name(), series, model, origins(series), maxHorizon, (origin, steps) -> {
            TrendFit fit = model.fit(series.window(series.firstYear(), origin));
            return new Prediction(fit.forecast(steps), bounds(fit, steps));
        });
    }

    /**
     * Evaluates the share {@code D / (D + O)} through its two components, each fitted with {@code model}.
     *
     * @param digital the digital component's levels
     * @param other the other component's levels, same years
     * @param model the model used for both
     * @return the share forecasts at every origin and horizon, without intervals
     */
    public Evaluation evaluateShare(AnnualSeries digital, AnnualSeries other, TrendModel model) {
        return evaluateShare(digital, other, model, model);
    }

    /**
     * {@link #evaluateShare(AnnualSeries, AnnualSeries, TrendModel)} with one model per component, of the same
     * family (a pooled model pools each component over its own panel).
     *
     * @param digital the digital component's levels
     * @param other the other component's levels, same years
     * @param digitalModel the model for digital
     * @param otherModel the model for other, of the same family
     * @return the share forecasts at every origin and horizon, without intervals
     */
    public Evaluation evaluateShare(
            AnnualSeries digital, AnnualSeries other, TrendModel digitalModel, TrendModel otherModel) {
        if (digitalModel.family() != otherModel.family()) {
            throw ModelException.of(
                    "backtest: the share needs one family for both components, not %s and %s",
                    digitalModel.family().key(), otherModel.family().key());
        }
        AnnualSeries share = share(digital, other);
        return run(
                share.name(),
                share,
                digitalModel,
                origins(share),
                maxHorizon,
                shareForecaster(digital, other, digitalModel, otherModel));
    }

    /**
     * The forecasts made from one origin for every later year of the data ("would it have called it").
     *
     * @param series the data
     * @param model the model
     * @param origin the last year the model sees; must be a year of the series before its last
     * @return the forecasts for {@code origin + 1 .. lastYear}
     */
    public Evaluation fromOrigin(AnnualSeries series, TrendModel model, int origin) {
        requireOrigin(series, origin);
        return run(series.name(), series, model, List.of(origin), series.lastYear() - origin, (o, steps) -> {
            TrendFit fit = model.fit(series.window(series.firstYear(), o));
            return new Prediction(fit.forecast(steps), bounds(fit, steps));
        });
    }

    /**
     * {@link #fromOrigin} for the share through its components.
     *
     * @param digital the digital component's levels
     * @param other the other component's levels, same years
     * @param model the model used for both
     * @param origin the last year the models see
     * @return the share forecasts for {@code origin + 1 .. lastYear}
     */
    public Evaluation fromOriginShare(AnnualSeries digital, AnnualSeries other, TrendModel model, int origin) {
        return fromOriginShare(digital, other, model, model, origin);
    }

    /**
     * {@link #fromOriginShare(AnnualSeries, AnnualSeries, TrendModel, int)} with one model per component, of
     * the same family.
     *
     * @param digital the digital component's levels
     * @param other the other component's levels, same years
     * @param digitalModel the model for digital
     * @param otherModel the model for other
     * @param origin the last year the models see
     * @return the share forecasts for {@code origin + 1 .. lastYear}
     */
    public Evaluation fromOriginShare(
            AnnualSeries digital, AnnualSeries other, TrendModel digitalModel, TrendModel otherModel, int origin) {
        AnnualSeries share = share(digital, other);
        requireOrigin(share, origin);
        return run(
                share.name(),
                share,
                digitalModel,
                List.of(origin),
                share.lastYear() - origin,
                shareForecaster(digital, other, digitalModel, otherModel));
    }

    /**
     * @param digital digital levels
     * @param other other levels, same years
     * @return {@code D / (D + O)}, named after the digital series with {@code .share}
     */
    public static AnnualSeries share(AnnualSeries digital, AnnualSeries other) {
        if (!Arrays.equals(digital.years(), other.years())) {
            throw ModelException.of("backtest: %s and %s must cover the same years", digital.name(), other.name());
        }
        double[] s = new double[digital.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = digital.value(i) / (digital.value(i) + other.value(i));
        }
        String name = digital.name().endsWith(".digital")
                ? digital.name().substring(0, digital.name().length() - ".digital".length()) + ".share"
                : digital.name() + ".share";
        return AnnualSeries.of(name, digital.years(), s);
    }

    /**
     * @param series a training series
     * @return its MASE scale, the mean absolute one-step naive error; {@code NaN} with fewer than two points
     */
    public static double naiveScale(AnnualSeries series) {
        if (series.size() < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 1; i < series.size(); i++) {
            sum += Math.abs(series.value(i) - series.value(i - 1));
        }
        return sum / (series.size() - 1);
    }

    private Forecaster shareForecaster(
            AnnualSeries digital, AnnualSeries other, TrendModel digitalModel, TrendModel otherModel) {
        return (origin, steps) -> {
            double[] d = digitalModel
                    .fit(digital.window(digital.firstYear(), origin))
                    .forecast(steps);
            double[] o = otherModel.fit(other.window(other.firstYear(), origin)).forecast(steps);
            double[] s = new double[steps];
            for (int h = 0; h < steps; h++) {
                s[h] = d[h] / (d[h] + o[h]);
            }
            return new Prediction(s, null);
        };
    }

    private double[][] bounds(TrendFit fit, int steps) {
        double[][] b = new double[2 * levels.length][];
        for (int k = 0; k < levels.length; k++) {
            try {
                PredictionInterval pi = fit.interval(steps, levels[k]);
                b[2 * k] = pi.lower();
                b[2 * k + 1] = pi.upper();
            } catch (ModelException e) {
                // This family has no analytic interval: the forecast carries NaN bounds at this level.
                b[2 * k] = nans(steps);
                b[2 * k + 1] = nans(steps);
            }
        }
        return b;
    }

    private Evaluation run(
            String name,
            AnnualSeries target,
            TrendModel model,
            List<Integer> origins,
            int steps,
            Forecaster forecaster) {
        List<Forecast> out = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int origin : origins) {
            AnnualSeries training = target.window(target.firstYear(), origin);
            double scale = naiveScale(training);
            double logScale = Arrays.stream(training.values()).allMatch(v -> v > 0)
                    ? naiveScale(training.map(training.name(), Math::log))
                    : Double.NaN;
            Prediction p;
            try {
                p = forecaster.at(origin, steps);
            } catch (ModelException e) {
                failures.add(origin + ": " + e.getMessage());
                continue;
            }
            for (int h = 1; h <= steps; h++) {
                var actual = target.valueAt(origin + h);
                if (actual.isEmpty()) {
                    continue;
                }
                double[] lo = new double[levels.length];
                double[] hi = new double[levels.length];
                for (int k = 0; k < levels.length; k++) {
                    lo[k] = p.bounds() == null ? Double.NaN : p.bounds()[2 * k][h - 1];
                    hi[k] = p.bounds() == null ? Double.NaN : p.bounds()[2 * k + 1][h - 1];
                }
                out.add(new Forecast(origin, h, actual.getAsDouble(), p.point()[h - 1], scale, logScale, lo, hi));
            }
        }
        return new Evaluation(name, model.family(), levels, out, failures);
    }

    private static void requireOrigin(AnnualSeries series, int origin) {
        if (!series.contains(origin) || origin >= series.lastYear()) {
            throw ModelException.of(
                    "backtest of %s: origin %d must be a year of the data before its last year %s",
                    series.name(), origin, series.isEmpty() ? "(none)" : String.valueOf(series.lastYear()));
        }
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** What a model forecasts from one origin; {@code bounds} is lower/upper per level, or null. */
    private record Prediction(double[] point, double[][] bounds) {}

    /** Forecasts from an origin using data up to that origin only. */
    @FunctionalInterface
    private interface Forecaster {
        Prediction at(int origin, int steps);
    }
}
