package org.targetcast.model.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.backtest.RollingOrigin;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Component;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.GrowthPath;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.simulation.ClosedForm;
import org.targetcast.model.simulation.ShockEstimator;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.simulation.SimulationPlan;
import org.targetcast.model.trend.TrendFit;

/**
 * Are the uncertainty engine's share bands calibrated? A rolling-origin backtest of the closed-form share
 * distribution: the 80 % band should hold about 80 % of the outcomes.
 *
 * <p>For every origin year o from the {@code minimumTraining}-th observation on that is followed by another:
 * <ol>
 *   <li>the history is cut to the years up to o ({@link ComponentHistory#upTo}); nothing later is seen;</li>
 *   <li>the template scenario is projected on it with {@link Projector} to o + maxHorizon, with the template's
 *       trend families, fit windows and uncertainty settings, but <em>without its explicit growth paths and
 *       level shocks</em> (those are assumptions about the future, not a model that can be backtested: the
 *       fitted trends are used instead) and without its targets;</li>
 *   <li>the shocks are estimated as in a run ({@link ShockEstimator#estimate}), made Gaussian if the template
 *       has Student-t tails (a history model's Student-t predictive from its estimated volatility is kept), and
 *       the closed form ({@link ClosedForm}) gives E L and sd L of
 *       {@code L = ln(D/O)} for o + 1 .. o + maxHorizon;</li>
 *   <li>each year observed later is scored as a {@link ShareCheck}: z, PIT, and whether the share falls in
 *       the central 80 % and 95 % bands.</li>
 * </ol>
 * An origin is skipped (and said so) when either component's fit window holds fewer than
 * {@code minimumFitPoints} observations up to o, or when the projection fails there. The excluded years of a
 * fit window that fall after o are irrelevant: the cut history has none of them.
 *
 * <p>The variance correction and its caveats are described in {@link ShareCalibrationResult}. Pure and
 * immutable; configured by copies: {@code ShareCalibration.withDefaults().withMinimumFitPoints(5)}.
 */
public final class ShareCalibration {
    /** Fewest points in a component's fit window for an origin to be used. */
    public static final int DEFAULT_MINIMUM_FIT_POINTS = 4;

    private final int minimumTraining;
    private final int maxHorizon;
    private final int minimumFitPoints;
    private final Projector projector;

    private ShareCalibration(int minimumTraining, int maxHorizon, int minimumFitPoints, Projector projector) {
        this.minimumTraining = minimumTraining;
        this.maxHorizon = maxHorizon;
        this.minimumFitPoints = minimumFitPoints;
        this.projector = java.util.Objects.requireNonNull(projector, "projector");
    }

    /**
     * @param projector how each origin's scenario is projected: the run's own projector, so that a family
     *     such as {@code pooled} is backtested with the panel it pools over in the run (cut at each origin by
     *     the family itself)
     * @return a copy projecting with it
     */
    public ShareCalibration withProjector(Projector projector) {
        return new ShareCalibration(minimumTraining, maxHorizon, minimumFitPoints, projector);
    }

    /** @return origins from the eighth observation, horizons 1-6, fits of at least 4 points */
    public static ShareCalibration withDefaults() {
        return new ShareCalibration(
                RollingOrigin.DEFAULT_MINIMUM_TRAINING,
                RollingOrigin.DEFAULT_MAX_HORIZON,
                DEFAULT_MINIMUM_FIT_POINTS,
                Projector.withDefaults());
    }

    /**
     * @param observations the least number of observations up to an origin, at least 2
     * @return a copy with origins from that observation on
     */
    public ShareCalibration withMinimumTraining(int observations) {
        if (observations < 2) {
            throw ModelException.of(
                    "calibration: minimum training = %d; at least 2 observations are needed", observations);
        }
        return new ShareCalibration(observations, maxHorizon, minimumFitPoints, projector);
    }

    /**
     * @param horizon the longest horizon, at least 1
     * @return a copy scoring horizons {@code 1 .. horizon}
     */
    public ShareCalibration withMaxHorizon(int horizon) {
        if (horizon < 1) {
            throw ModelException.of("calibration: horizons 1-%d; the longest horizon must be at least 1", horizon);
        }
        return new ShareCalibration(minimumTraining, horizon, minimumFitPoints, projector);
    }

    /**
     * @param points the fewest observations each fit window must hold up to an origin, at least 2
     * @return a copy skipping origins with shorter fits
     */
    public ShareCalibration withMinimumFitPoints(int points) {
        if (points < 2) {
            throw ModelException.of("calibration: minimum fit points = %d; at least 2 are needed", points);
        }
        return new ShareCalibration(minimumTraining, maxHorizon, points, projector);
    }

    /** @return the least number of observations up to an origin */
    public int minimumTraining() {
        return minimumTraining;
    }

    /** @return the longest horizon */
    public int maxHorizon() {
        return maxHorizon;
    }

    /** @return the fewest points a fit window must hold */
    public int minimumFitPoints() {
        return minimumFitPoints;
    }

    /**
     * @param history the full observed history
     * @return the candidate origins: every year from the {@code minimumTraining}-th observation on with a later one
     */
    public List<Integer> origins(ComponentHistory history) {
        List<Integer> out = new ArrayList<>();
        for (int y = history.firstYear() + minimumTraining - 1; y < history.lastYear(); y++) {
            out.add(y);
        }
        return out;
    }

    /**
     * @param template the scenario whose models, fit windows and uncertainty settings are checked
     * @return the template as backtested: no explicit growth, no level shocks, no targets
     */
    public static Scenario backtestable(Scenario template) {
        return new Scenario(
                template.name(),
                template.title(),
                template.description(),
                template.data(),
                template.horizon(),
                template.baselineYear(),
                fittedOnly(template.digital()),
                fittedOnly(template.other()),
                List.of(),
                template.uncertainty());
    }

    /**
     * The checks of a template asking for no calibration (one asking for the panel needs its fitted value:
     * {@link #evaluate(ComponentHistory, Scenario, ErrorCalibration)}).
     *
     * @param history the full observed history
     * @param template the scenario used as a template (see the class description)
     * @return the checks at every usable origin and horizon
     */
    public ShareCalibrationResult evaluate(ComponentHistory history, Scenario template) {
        return evaluate(
                history,
                template,
                ErrorCalibration.unfitted(template.uncertainty().calibration()));
    }

    /**
     * @param history the full observed history
     * @param template the scenario used as a template (see the class description)
     * @param calibration the calibration every origin's bands are made with (fitted once, on the other
     *     economies, for the template's request)
     * @return the checks at every usable origin and horizon
     */
    public ShareCalibrationResult evaluate(ComponentHistory history, Scenario template, ErrorCalibration calibration) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(calibration, "calibration");
        Scenario base = backtestable(Objects.requireNonNull(template, "template"));
        List<ShareCheck> checks = new ArrayList<>();
        Map<Integer, Integer> fittedThrough = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        LinkedHashSet<String> notes = new LinkedHashSet<>();
        for (int origin : origins(history)) {
            ComponentHistory known = history.upTo(origin);
            int points = Math.min(
                    base.digital().fit().apply(known.digital()).size(),
                    base.other().fit().apply(known.other()).size());
            if (points < minimumFitPoints) {
                skipped.add(String.format(
                        Locale.ROOT,
                        "%d: a fit window has %d points, fewer than %d",
                        origin,
                        points,
                        minimumFitPoints));
                continue;
            }
            Scenario s = new Scenario(
                    base.name(),
                    base.title(),
                    base.description(),
                    base.data(),
                    origin + maxHorizon,
                    base.baselineYear(),
                    base.digital(),
                    base.other(),
                    List.of(),
                    base.uncertainty());
            Projection p;
            try {
                p = projector.project(s, known, calibration);
            } catch (ModelException e) {
                skipped.add(origin + ": " + e.getMessage());
                continue;
            }
            var estimate = ShockEstimator.estimate(p);
            estimate.notes().forEach(n -> notes.add(origin + ": " + n));
            ShockModel m = estimate.model();
            ShockModel gaussian = m.reduced(true, true);
            ShockModel shockOnly = m.reduced(true, false);
            SimulationPlan plan = SimulationPlan.of(p);
            ClosedForm full = ClosedForm.of(plan, gaussian);
            ClosedForm shocks = ClosedForm.of(plan, shockOnly);
            if (!(shocks.sdLogRatio(origin + 1) > 0)) {
                skipped.add(
                        origin + ": the shock variance is 0 (volatilities of 0, or perfectly correlated equal shocks)");
                continue;
            }
            fittedThrough.put(origin, fittedThrough(p));
            for (int h = 1; h <= maxHorizon && origin + h <= history.lastYear(); h++) {
                int y = origin + h;
                double d = history.digital().valueAt(y).orElseThrow();
                double t = history.total().valueAt(y).orElseThrow();
                double vs = sq(shocks.sdLogRatio(y));
                double vp = Math.max(0, sq(full.sdLogRatio(y)) - vs);
                checks.add(new ShareCheck(
                        origin,
                        h,
                        d / t,
                        Math.log(d / (t - d)),
                        full.meanLogRatio(y),
                        vs,
                        vp,
                        m.volatilityDf(),
                        m.errors()));
            }
        }
        return new ShareCalibrationResult(history.economy(), checks, fittedThrough, skipped, List.copyOf(notes));
    }

    private static int fittedThrough(Projection p) {
        int last = Integer.MIN_VALUE;
        for (Component c : Component.values()) {
            last = Math.max(
                    last, p.fit(c).map(TrendFit::data).map(s -> s.lastYear()).orElse(Integer.MIN_VALUE));
        }
        return last;
    }

    private static ComponentSpec fittedOnly(ComponentSpec spec) {
        return spec.withGrowth(GrowthPath.none()).withLevelShocks(Map.of());
    }

    private static double sq(double x) {
        return x * x;
    }
}
