package org.targetcast.model.outlook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.targetcast.model.ModelException;
import org.targetcast.model.calibration.FamilyWeights;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.selection.BacktestMemo;
import org.targetcast.model.trend.TrendFamily;

/**
 * The one way a scenario becomes a {@link ShareForecast}: projected with the run's projector (its panels,
 * so that {@code pooled} pools wherever it is named, and its shared fits), the families it averages
 * weighted by stacking ({@link FamilyWeights}, remembered in the run's memo) and projected with the same
 * projector. Every command, the explorer and the library hold one forecaster per data basis and ask it;
 * none projects or weighs on its own, so the same scenario gives the same numbers through every door.
 *
 * <p>A variant of a scenario (a planner's sweep, sensitivity or goal seek) is forecast with the weights of
 * the scenario it varies ({@link #forecast(Projection, FamilyWeights)}): the variant moves an assumption,
 * not the evidence on which family forecasts best.
 *
 * <p>Immutable and thread-safe when its memo is (a run's memo is).
 */
public final class Forecaster {
    private final Projector projector;
    private final BacktestMemo memo;

    private Forecaster(Projector projector, BacktestMemo memo) {
        this.projector = Objects.requireNonNull(projector, "projector");
        this.memo = Objects.requireNonNull(memo, "memo");
    }

    /** @return a forecaster with the standard projector (no panel: {@code pooled} is the drift) and no memo */
    public static Forecaster withDefaults() {
        return new Forecaster(Projector.withDefaults(), BacktestMemo.none());
    }

    /**
     * @param projector the run's projector, with its panels
     * @param memo where weights and backtests are remembered for the run
     * @return a forecaster over them
     */
    public static Forecaster of(Projector projector, BacktestMemo memo) {
        return new Forecaster(projector, memo);
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
     * @param scenario a scenario, its calibration resolved
     * @param history the observed history
     * @return the scenario's own projection (the central path)
     * @throws ModelException if a trend cannot be fitted
     */
    public Projection project(Scenario scenario, ComponentHistory history) {
        return projector.project(scenario, history);
    }

    /**
     * @param scenario a scenario, its calibration resolved
     * @param history the observed history
     * @return its forecast, the families weighted on its own backtests
     */
    public ShareForecast forecast(Scenario scenario, ComponentHistory history) {
        return forecast(project(scenario, history), null);
    }

    /**
     * @param scenario a scenario (a variant of another), its calibration resolved
     * @param history the observed history
     * @param weights the weights to average with (those of the scenario it varies), or null to weigh its
     *     families on its own backtests
     * @return its forecast
     */
    public ShareForecast forecast(Scenario scenario, ComponentHistory history, FamilyWeights weights) {
        return forecast(project(scenario, history), weights);
    }

    /**
     * @param own the scenario's own projection, made by {@link #project}
     * @return its forecast, the families weighted on its own backtests
     */
    public ShareForecast forecast(Projection own) {
        return forecast(own, null);
    }

    /**
     * @param scenario a scenario whose families are to be weighed
     * @param history the observed history
     * @return the stacking weights of its families, empty when it averages none
     */
    public Optional<FamilyWeights> weights(Scenario scenario, ComponentHistory history) {
        List<TrendFamily> families = scenario.uncertainty().families();
        return families.isEmpty()
                ? Optional.empty()
                : Optional.of(FamilyWeights.estimate(scenario, history, families, memo, projector));
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
        FamilyWeights estimated =
                weights != null ? weights : FamilyWeights.estimate(scenario, own.history(), families, memo, projector);
        List<ShareForecast.Member> members = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (TrendFamily f : families) {
            Scenario sf = FamilyWeights.withFamily(scenario, f);
            try {
                members.add(new ShareForecast.Member(f, projector.project(sf, own.history())));
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
