package org.targetcast.model.outlook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.targetcast.model.ModelException;
import org.targetcast.model.calibration.CalibrationSource;
import org.targetcast.model.calibration.FamilyWeights;
import org.targetcast.model.calibration.WeightsStore;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.selection.BacktestMemo;
import org.targetcast.model.trend.TrendFamily;

/**
 * The one way a scenario becomes a {@link ShareForecast}: its calibration fitted for what it asks
 * ({@link #calibration}, from the run's {@link CalibrationSource}), projected with the run's projector (its
 * panels, so that {@code pooled} pools wherever it is named, and its shared fits), the families it averages
 * weighted by stacking ({@link FamilyWeights}, remembered in the run's memo) and projected with the same
 * projector and calibration. Every command, the explorer and the library hold one forecaster per data basis
 * and ask it; none projects, weighs or calibrates on its own, so the same scenario gives the same numbers
 * through every door. The calibration is a value of the forecast ({@link Projection#calibration()}), never
 * written into the scenario.
 *
 * <p>A variant of a scenario (a planner's sweep, sensitivity or goal seek) is forecast with the weights and
 * the calibration of the scenario it varies ({@link #forecast(Scenario, ComponentHistory, ShareForecast)}):
 * the variant moves an assumption, not the evidence on which family forecasts best or how wide the errors
 * elsewhere were.
 *
 * <p>Immutable and thread-safe when its memo is (a run's memo is).
 */
public final class Forecaster {
    private final Projector projector;
    private final BacktestMemo memo;
    private final CalibrationSource calibrations;
    private final WeightsStore store;

    private Forecaster(Projector projector, BacktestMemo memo, CalibrationSource calibrations, WeightsStore store) {
        this.projector = Objects.requireNonNull(projector, "projector");
        this.memo = Objects.requireNonNull(memo, "memo");
        this.calibrations = Objects.requireNonNull(calibrations, "calibrations");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * @return a forecaster with the standard projector (no panel: {@code pooled} is the drift), no memo and no
     *     panel to calibrate on
     */
    public static Forecaster withDefaults() {
        return of(Projector.withDefaults(), BacktestMemo.none());
    }

    /**
     * @param projector the run's projector, with its panels
     * @param memo where weights and backtests are remembered for the run
     * @return a forecaster over them, with no panel to calibrate on ({@link CalibrationSource#unavailable()})
     */
    public static Forecaster of(Projector projector, BacktestMemo memo) {
        return new Forecaster(projector, memo, CalibrationSource.unavailable(), WeightsStore.none());
    }

    /**
     * @param source where the calibrations scenarios ask for are fitted: the run's panel
     * @return a copy calibrating from it
     */
    public Forecaster withCalibrations(CalibrationSource source) {
        return new Forecaster(projector, memo, source, store);
    }

    /**
     * @param kept where the weights of a scenario's own forecast ({@link #forecast(Projection)}) are kept
     *     between runs
     * @return a copy keeping them there
     */
    public Forecaster withWeightsKept(WeightsStore kept) {
        return new Forecaster(projector, memo, calibrations, kept);
    }

    /**
     * @param scenario a scenario as loaded
     * @param history the history it is forecast from
     * @return the calibration it asks for: {@link ErrorCalibration#none()}, or the panel's, fitted leaving the
     *     history's economy out
     */
    public ErrorCalibration calibration(Scenario scenario, ComponentHistory history) {
        return scenario.uncertainty().calibration() == ErrorCalibration.Source.NONE
                ? ErrorCalibration.none()
                : calibrations.calibration(scenario, history);
    }

    /** @return the projector every forecast is projected with */
    public Projector projector() {
        return projector;
    }

    /** @return the run's memo */
    public BacktestMemo memo() {
        return memo;
    }

    /**
     * @param scenario a scenario as loaded
     * @param history the observed history
     * @return the scenario's own projection (the central path), with its {@link #calibration}
     * @throws ModelException if a trend cannot be fitted
     */
    public Projection project(Scenario scenario, ComponentHistory history) {
        return project(scenario, history, calibration(scenario, history));
    }

    /**
     * @param scenario a scenario (a variant of another)
     * @param history the observed history
     * @param calibration the calibration of the scenario it varies
     * @return the scenario's own projection (the central path), with that calibration
     * @throws ModelException if a trend cannot be fitted
     */
    public Projection project(Scenario scenario, ComponentHistory history, ErrorCalibration calibration) {
        return projector.project(scenario, history, calibration);
    }

    /**
     * @param scenario a scenario as loaded
     * @param history the observed history
     * @return its forecast, calibrated as it asks, the families weighted on its own backtests
     */
    public ShareForecast forecast(Scenario scenario, ComponentHistory history) {
        return forecast(project(scenario, history), null);
    }

    /**
     * @param variant a variant of the scenario of {@code varied}
     * @param history the observed history
     * @param varied the forecast of the scenario it varies: its weights and calibration are the variant's
     * @return the variant's forecast
     */
    public ShareForecast forecast(Scenario variant, ComponentHistory history, ShareForecast varied) {
        return forecast(
                project(variant, history, varied.projection().calibration()),
                varied.weights().orElse(null));
    }

    /**
     * @param scenario a scenario (a variant of another)
     * @param history the observed history
     * @param weights the weights to average with (those of the scenario it varies), or null to weigh its
     *     families on its own backtests
     * @param calibration the calibration of the scenario it varies
     * @return its forecast
     */
    public ShareForecast forecast(
            Scenario scenario, ComponentHistory history, FamilyWeights weights, ErrorCalibration calibration) {
        return forecast(project(scenario, history, calibration), weights);
    }

    /**
     * @param own the scenario's own projection, made by {@link #project}
     * @return its forecast, the families weighted on its own backtests (the weights read from the forecaster's
     *     {@link WeightsStore} when an earlier run of the same inputs kept them)
     */
    public ShareForecast forecast(Projection own) {
        Scenario scenario = own.scenario();
        List<TrendFamily> families = scenario.uncertainty().families();
        if (families.isEmpty()) {
            return forecast(own, null);
        }
        return forecast(
                own,
                store.weights(
                        scenario,
                        own.history(),
                        own.calibration(),
                        () -> FamilyWeights.estimate(
                                scenario, own.history(), families, memo, projector, own.calibration())));
    }

    /**
     * @param scenario a scenario whose families are to be weighed
     * @param history the observed history
     * @param calibration its calibration, as {@link #calibration} fits it
     * @return the stacking weights of its families, empty when it averages none
     */
    public Optional<FamilyWeights> weights(Scenario scenario, ComponentHistory history, ErrorCalibration calibration) {
        List<TrendFamily> families = scenario.uncertainty().families();
        return families.isEmpty()
                ? Optional.empty()
                : Optional.of(FamilyWeights.estimate(scenario, history, families, memo, projector, calibration));
    }

    /**
     * @param own the scenario's own projection, made by {@link #project}
     * @param weights the weights to average with (those of the scenario this one varies), or null to weigh
     *     the scenario's families on its own backtests; ignored when the scenario averages nothing
     * @return the forecast; a family that cannot be fitted is left out and its weight shared among the
     *     others, with a note
     * @throws ModelException if none of the families can be fitted
     */
    public ShareForecast forecast(Projection own, FamilyWeights weights) {
        Scenario scenario = own.scenario();
        List<TrendFamily> families = scenario.uncertainty().families();
        if (families.isEmpty()) {
            return new ShareForecast(own, List.of(), Optional.empty());
        }
        FamilyWeights estimated = weights != null
                ? weights
                : FamilyWeights.estimate(scenario, own.history(), families, memo, projector, own.calibration());
        List<ShareForecast.Member> members = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (TrendFamily f : families) {
            Scenario sf = FamilyWeights.withFamily(scenario, f);
            try {
                members.add(new ShareForecast.Member(f, projector.project(sf, own.history(), own.calibration())));
                kept.add(estimated.weight(f));
            } catch (ModelException e) {
                dropped.add(f.key() + " left out of the average (weight "
                        + String.format(Locale.ROOT, "%.3f", estimated.weight(f))
                        + " shared among the others): " + e.getMessage());
            }
        }
        if (members.isEmpty()) {
            throw ModelException.of("scenario %s: none of the families %s can be fitted", scenario.name(), families);
        }
        List<String> notes = new ArrayList<>(estimated.notes());
        notes.addAll(dropped);
        double total = kept.stream().mapToDouble(Double::doubleValue).sum();
        List<TrendFamily> keptFamilies =
                members.stream().map(ShareForecast.Member::family).toList();
        FamilyWeights renormalised = new FamilyWeights(
                keptFamilies,
                kept.stream()
                        .mapToDouble(w -> total > 0 ? w / total : 1.0 / kept.size())
                        .toArray(),
                keptFamilies.stream()
                        .mapToDouble(f -> {
                            int i = estimated.families().indexOf(f);
                            return i < 0 ? Double.NaN : estimated.meanLogScores()[i];
                        })
                        .toArray(),
                estimated.checks(),
                notes,
                keptFamilies.stream()
                        .mapToDouble(f -> estimated.lower()[estimated.families().indexOf(f)])
                        .toArray(),
                keptFamilies.stream()
                        .mapToDouble(f -> estimated.upper()[estimated.families().indexOf(f)])
                        .toArray());
        return new ShareForecast(own, members, Optional.of(renormalised));
    }
}
