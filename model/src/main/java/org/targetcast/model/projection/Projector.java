package org.targetcast.model.projection;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.GrowthPath;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.PooledDriftTrend;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;
import org.targetcast.model.trend.TrendModel;

/**
 * Projects a scenario deterministically from the last observed year to its horizon.
 *
 * <p>For a level component with level L, the projected level in year t is
 * {@code L(t) = L(t−1) · exp(g(t)) · (1 + shock(t))}, starting from the last <em>observed</em> level, where
 * {@code g(t) = ln(1 + rate(t))} if the scenario states a rate for t, and otherwise the trend's own log
 * growth {@code ln F(t) − ln F(t−1)}, with F the fitted trend's path ({@link TrendFit#base()} in the last
 * fitted year, {@link TrendFit#forecast(int)} after it). A trend fitted on an earlier window (say up to
 * 2019) thus contributes its growth, not its level.
 *
 * <p>When {@code digital} uses a share family (logistic), the share follows the fitted curve's logit
 * increments from the last observed share, and {@code D(t) = s(t) / (1 − s(t)) · O(t)}; explicit digital
 * rates and shocks still apply on top in their years.
 *
 * <p>Immutable and thread-safe.
 */
public final class Projector {
    private final Function<TrendFamily, TrendModel> models;
    private final Map<Component, TrendModel> pooled;

    private Projector(Function<TrendFamily, TrendModel> models) {
        this(models, Map.of());
    }

    private Projector(Function<TrendFamily, TrendModel> models, Map<Component, TrendModel> pooled) {
        this.models = models;
        this.pooled = pooled;
    }

    /** @return a projector using the standard trend models */
    public static Projector withDefaults() {
        return new Projector(TrendModels::of);
    }

    /**
     * @param source the trend model for each family
     * @return a copy using those models
     */
    public Projector withModels(Function<TrendFamily, TrendModel> source) {
        return new Projector(Objects.requireNonNull(source, "source"), pooled);
    }

    /**
     * The panel a component with {@code model: pooled} pools over ({@link PooledDriftTrend}): for each
     * component, the same component of every history of a panel (the scenario's own history among them or
     * not). Without a panel for a component, {@code pooled} there is the random walk with drift, and its fit
     * note says so.
     *
     * @param panels the series of each component's panel
     * @return a copy pooling over them
     */
    public Projector withPanels(Map<Component, List<AnnualSeries>> panels) {
        Map<Component, TrendModel> m = new EnumMap<>(Component.class);
        panels.forEach((c, series) -> m.put(c, PooledDriftTrend.over(series)));
        return new Projector(models, Map.copyOf(m));
    }

    /**
     * A projection without a fitted calibration: {@link ErrorCalibration#none()}, or
     * {@link ErrorCalibration#unresolved()} for a scenario asking for the panel (its central path is known, its
     * predictive cannot be simulated). A run's projections come from its forecaster, which fits the calibration.
     *
     * @param scenario the assumptions
     * @param history the observed history
     * @return the projection to the scenario's horizon
     * @throws ModelException if the horizon is not after the last observed year or a trend cannot be fitted
     */
    public Projection project(Scenario scenario, ComponentHistory history) {
        return project(
                scenario,
                history,
                ErrorCalibration.unfitted(scenario.uncertainty().calibration()));
    }

    /**
     * @param scenario the assumptions
     * @param history the observed history
     * @param calibration the calibration of the projection's predictive, as fitted for the scenario's request
     * @return the projection to the scenario's horizon
     * @throws ModelException if the horizon is not after the last observed year or a trend cannot be fitted
     */
    public Projection project(Scenario scenario, ComponentHistory history, ErrorCalibration calibration) {
        Objects.requireNonNull(calibration, "calibration");
        int last = history.lastYear();
        int steps = scenario.horizon() - last;
        if (steps < 1) {
            throw ModelException.of(
                    "scenario %s: horizon %d must be after the last observed year %d",
                    scenario.name(), scenario.horizon(), last);
        }
        Map<Component, TrendFit> fits = new EnumMap<>(Component.class);
        AnnualSeries other = history.other();
        double[] o = projectLevel(scenario, Component.OTHER, scenario.other(), other, steps, last, fits);
        double[] d;
        if (scenario.digital().modelsShare()) {
            d = projectThroughShare(
                    scenario,
                    scenario.digital(),
                    history.share(),
                    history.digital().lastValue(),
                    o,
                    steps,
                    last,
                    fits);
        } else {
            d = projectLevel(scenario, Component.DIGITAL, scenario.digital(), history.digital(), steps, last, fits);
        }
        return new Projection(scenario, history, d, o, fits, calibration);
    }

    private double[] projectLevel(
            Scenario scenario,
            Component component,
            ComponentSpec spec,
            AnnualSeries observed,
            int steps,
            int last,
            Map<Component, TrendFit> fits) {
        double[] trendGrowth = needsTrend(spec.growth(), last, steps)
                ? trendLogGrowth(scenario, component, spec, observed, last, steps, fits)
                : new double[steps];
        double[] out = new double[steps];
        double level = observed.lastValue();
        for (int h = 1; h <= steps; h++) {
            int year = last + h;
            OptionalDouble rate = spec.growth().rate(year);
            double g = rate.isPresent() ? Math.log1p(rate.getAsDouble()) : trendGrowth[h - 1];
            level *= Math.exp(g) * (1 + spec.levelShocks().getOrDefault(year, 0.0));
            out[h - 1] = level;
        }
        return out;
    }

    private double[] projectThroughShare(
            Scenario scenario,
            ComponentSpec spec,
            AnnualSeries share,
            double lastDigital,
            double[] other,
            int steps,
            int last,
            Map<Component, TrendFit> fits) {
        TrendFit fit = fitOn(scenario, Component.DIGITAL, spec, share);
        fits.put(Component.DIGITAL, fit);
        double[] path = trendPath(fit, last, steps);
        double[] out = new double[steps];
        double logit = logit(share.lastValue());
        double previous = lastDigital;
        for (int h = 1; h <= steps; h++) {
            int year = last + h;
            logit += logit(path[h]) - logit(path[h - 1]);
            OptionalDouble rate = spec.growth().rate(year);
            double d = rate.isPresent() ? previous * (1 + rate.getAsDouble()) : Math.exp(logit) * other[h - 1];
            d *= 1 + spec.levelShocks().getOrDefault(year, 0.0);
            out[h - 1] = d;
            previous = d;
            logit = Math.log(d / other[h - 1]);
        }
        return out;
    }

    private double[] trendLogGrowth(
            Scenario scenario,
            Component component,
            ComponentSpec spec,
            AnnualSeries observed,
            int last,
            int steps,
            Map<Component, TrendFit> fits) {
        TrendFit fit = fitOn(scenario, component, spec, observed);
        fits.put(component, fit);
        double[] path = trendPath(fit, last, steps);
        double[] g = new double[steps];
        for (int h = 1; h <= steps; h++) {
            if (!(path[h] > 0)) {
                throw ModelException.of(
                                "scenario %s: the %s trend for %s falls to %.1f in %d; choose another model or state growth",
                                scenario.name(), fit.family().key(), component.key(), path[h], last + h)
                        .atKey(modelKey(component));
            }
            g[h - 1] = Math.log(path[h] / path[h - 1]);
        }
        return g;
    }

    /**
     * The trend's values in years {@code last .. last + steps} (index 0 is {@code last}), continuing the fit
     * from its own last year, which may be before {@code last}.
     */
    private static double[] trendPath(TrendFit fit, int last, int steps) {
        int fitLast = fit.data().lastYear();
        int offset = last - fitLast;
        double[] forecast = fit.forecast(offset + steps);
        double[] path = new double[steps + 1];
        for (int h = 0; h <= steps; h++) {
            int k = offset + h;
            path[h] = k == 0 ? fit.base() : forecast[k - 1];
        }
        return path;
    }

    private TrendFit fitOn(Scenario scenario, Component component, ComponentSpec spec, AnnualSeries observed) {
        AnnualSeries window = spec.fit().apply(observed);
        try {
            TrendModel model = spec.model() == TrendFamily.POOLED && pooled.containsKey(component)
                    ? pooled.get(component)
                    : models.apply(spec.model());
            return model.fit(window, spec.fit().shocksWithin(observed));
        } catch (ModelException e) {
            throw ModelException.of("scenario %s, %s: %s", scenario.name(), component.key(), e.getMessage())
                    .atKey(modelKey(component));
        }
    }

    /** @return the scenario key of a component's trend family, where a failure of its trend is located */
    private static String modelKey(Component component) {
        return "components." + component.key() + ".model";
    }

    private static boolean needsTrend(GrowthPath growth, int last, int steps) {
        for (int h = 1; h <= steps; h++) {
            if (growth.rate(last + h).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
