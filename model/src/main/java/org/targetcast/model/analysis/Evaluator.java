package org.targetcast.model.analysis;

import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.calibration.FamilyWeights;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.outlook.Forecaster;
import org.targetcast.model.outlook.ShareForecast;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.selection.BacktestMemo;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.target.Target;

/**
 * The probability of one target under a variant of a scenario, read from the variant's
 * {@link ShareForecast} made by the run's {@link Forecaster}: the closed form where it holds (for a model
 * average, the weighted mean of each family's), else a simulation with a fixed number of paths and the
 * scenario's seed (common random numbers across variants, so neighbouring variants differ by their
 * assumptions, not by noise). Variants are averaged over the families with the weights of the scenario they
 * vary ({@link #weighing}) and calibrated as it is: a planner's assumption moves the path, not the evidence
 * on which family forecasts best or how wide the errors elsewhere were. The scenario itself, unvaried, is computed exactly as {@code run} computes it
 * ({@link #asRun}). Thread-safe.
 */
public final class Evaluator {
    private final ComponentHistory history;
    private final Forecaster forecaster;
    private final int fallbackPaths;
    private final Scenario weighed;
    private final FamilyWeights weights;
    private final ErrorCalibration calibration;

    private Evaluator(
            ComponentHistory history,
            Forecaster forecaster,
            int fallbackPaths,
            Scenario weighed,
            FamilyWeights weights,
            ErrorCalibration calibration) {
        this.history = Objects.requireNonNull(history, "history");
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
        this.fallbackPaths = fallbackPaths;
        this.weighed = weighed;
        this.weights = weights;
        this.calibration = calibration;
    }

    /**
     * @param history the observed history
     * @return an evaluator with the standard projector (no panel) and 20,000 paths where simulation is needed
     */
    public static Evaluator of(ComponentHistory history) {
        return of(
                history,
                Forecaster.of(Projector.withDefaults().withModels(SharedFits.create()), BacktestMemo.create()));
    }

    /**
     * @param history the observed history
     * @param forecaster the run's forecaster (its panels, memo and weights), the one {@code run} uses
     * @return an evaluator over it, with 20,000 paths where simulation is needed
     */
    public static Evaluator of(ComponentHistory history, Forecaster forecaster) {
        return new Evaluator(history, forecaster, 20_000, null, null, null);
    }

    /**
     * @param paths paths per variant where simulation is needed
     * @return a copy with that number of paths
     */
    public Evaluator withFallbackPaths(int paths) {
        if (paths < 1_000) {
            throw ModelException.of("paths per variant = %d must be at least 1000", paths);
        }
        return new Evaluator(history, forecaster, paths, weighed, weights, calibration);
    }

    /**
     * @param scenario the scenario whose variants are to be evaluated
     * @return a copy averaging every variant over the families with this scenario's weights (estimated once)
     *     and calibrating it with this scenario's calibration (fitted once)
     */
    public Evaluator weighing(Scenario scenario) {
        if (scenario.equals(weighed)) {
            return this;
        }
        ErrorCalibration c = forecaster.calibration(scenario, history);
        return new Evaluator(
                history,
                forecaster,
                fallbackPaths,
                scenario,
                forecaster.weights(scenario, history, c).orElse(null),
                c);
    }

    /** @return the history variants are projected from */
    public ComponentHistory history() {
        return history;
    }

    /** @return the forecaster every variant is forecast with */
    public Forecaster forecaster() {
        return forecaster;
    }

    /**
     * @param scenario a scenario (variant)
     * @return its deterministic projection
     */
    public Projection project(Scenario scenario) {
        return forecaster.project(scenario, history, calibration(scenario));
    }

    /**
     * @param scenario a scenario (variant)
     * @return its calibration: the weighed scenario's when it asks for the same, else as it asks
     */
    public ErrorCalibration calibration(Scenario scenario) {
        boolean same = weighed != null
                && scenario.uncertainty().calibration() == weighed.uncertainty().calibration();
        return same ? calibration : forecaster.calibration(scenario, history);
    }

    /**
     * @param scenario a scenario (variant)
     * @return its forecast, averaged with the weighed scenario's weights when it has the same families
     */
    public ShareForecast forecast(Scenario scenario) {
        boolean same = weights != null
                && scenario.uncertainty()
                        .families()
                        .equals(weighed.uncertainty().families());
        return forecaster.forecast(scenario, history, same ? weights : null, calibration(scenario));
    }

    /**
     * @param scenario a scenario (variant)
     * @param target index of the target in the scenario
     * @return the probability that the target is met
     */
    public double probability(Scenario scenario, int target) {
        ShareForecast f = forecast(scenario);
        Target t = scenario.targets().get(target);
        double exact = f.exactProbabilities().get(t);
        if (!Double.isNaN(exact)) {
            return exact;
        }
        Outlook o = Simulator.withDefaults()
                .withForecaster(forecaster)
                .withThreads(1)
                .withOverrides(fallbackPaths, null, null)
                .run(f);
        return find(o, scenario, t).simulated();
    }

    /**
     * The scenario's own probability as {@code run} gives it: its forecast, simulated with its own paths,
     * seed and method by a simulator over the same forecaster.
     *
     * @param simulator the run's simulator (its paths, seed and method overrides and threads)
     * @param scenario the scenario, unvaried
     * @param target index of the target
     * @return the probability {@code run} reports for the target
     */
    public double asRun(Simulator simulator, Scenario scenario, int target) {
        Outlook o = simulator.withForecaster(forecaster).run(forecaster.forecast(scenario, history));
        return find(o, scenario, scenario.targets().get(target)).probability();
    }

    /**
     * @param simulator the run's simulator (its paths override)
     * @param scenario the scenario, unvaried
     * @return the path-years {@link #asRun} simulates for it ({@link Simulator#pathYears}), counted before it
     *     starts
     */
    public long asRunPathYears(Simulator simulator, Scenario scenario) {
        return simulator.pathYears(project(scenario));
    }

    private static org.targetcast.model.simulation.TargetOutlook find(Outlook o, Scenario scenario, Target t) {
        return o.targets().stream()
                .filter(x -> x.target().equals(t))
                .findFirst()
                .orElseThrow(
                        () -> ModelException.of("the outlook of %s lacks the target %s", scenario.name(), t.label()));
    }

    /**
     * @param scenario a scenario (variant)
     * @param target index of the target
     * @return the path-years {@link #probability} simulates for it ({@link Simulator#pathYears}): none where it
     *     is exact
     */
    public long pathYears(Scenario scenario, int target) {
        return isExact(scenario, target)
                ? 0
                : Simulator.withDefaults()
                        .withOverrides(fallbackPaths, null, null)
                        .pathYears(project(scenario));
    }

    /**
     * @param scenario a scenario
     * @param target index of a target
     * @return whether {@link #probability} is exact for it (no simulation needed)
     */
    public boolean isExact(Scenario scenario, int target) {
        return !Double.isNaN(
                forecast(scenario).exactProbabilities().get(scenario.targets().get(target)));
    }
}
