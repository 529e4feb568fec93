package org.targetcast.model.analysis;

import java.util.List;
import java.util.Map;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.projection.Component;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.target.Target;

/**
 * The probability of one target under a variant of a scenario: the closed form where it holds, else a
 * simulation with a fixed number of paths and the scenario's seed (common random numbers across variants,
 * so neighbouring variants differ by their assumptions, not by noise). Trend fits are shared between
 * variants with the same fit window ({@link MemoizedModels}). Thread-safe.
 */
public final class Evaluator {
    private final ComponentHistory history;
    private final Projector projector;
    private final int fallbackPaths;

    private Evaluator(ComponentHistory history, Projector projector, int fallbackPaths) {
        this.history = history;
        this.projector = projector;
        this.fallbackPaths = fallbackPaths;
    }

    /**
     * @param history the observed history
     * @return an evaluator with the standard projector and 20,000 paths where simulation is needed
     */
    public static Evaluator of(ComponentHistory history) {
        return new Evaluator(history, Projector.withDefaults().withModels(new MemoizedModels()), 20_000);
    }

    /**
     * @param panels the series each component's {@code model: pooled} pools over (see
     *     {@link Projector#withPanels})
     * @return a copy pooling over them
     */
    public Evaluator withPanels(Map<Component, List<AnnualSeries>> panels) {
        return new Evaluator(history, projector.withPanels(panels), fallbackPaths);
    }

    /**
     * @param paths paths per variant where simulation is needed
     * @return a copy with that number of paths
     */
    public Evaluator withFallbackPaths(int paths) {
        if (paths < 1_000) {
            throw ModelException.of("paths per variant = %d must be at least 1000", paths);
        }
        return new Evaluator(history, projector, paths);
    }

    /** @return the history variants are projected from */
    public ComponentHistory history() {
        return history;
    }

    /**
     * @param scenario a scenario (variant)
     * @return its deterministic projection
     */
    public Projection project(Scenario scenario) {
        return projector.project(scenario, history);
    }

    /**
     * @param scenario a scenario (variant)
     * @param target index of the target in the scenario
     * @return the probability that the target is met
     */
    public double probability(Scenario scenario, int target) {
        Projection p = project(scenario);
        Target t = scenario.targets().get(target);
        double exact = Simulator.exactProbabilitiesByTarget(p).get(t);
        if (!Double.isNaN(exact)) {
            return exact;
        }
        Outlook o = Simulator.withDefaults()
                .withThreads(1)
                .withOverrides(fallbackPaths, null, null)
                .run(p);
        return o.targets().stream()
                .filter(x -> x.target().equals(t))
                .findFirst()
                .orElseThrow(
                        () -> ModelException.of("the outlook of %s lacks the target %s", scenario.name(), t.label()))
                .simulated();
    }

    /**
     * @param scenario a scenario
     * @param target index of a target
     * @return whether {@link #probability} is exact for it (no simulation needed)
     */
    public boolean isExact(Scenario scenario, int target) {
        return !Double.isNaN(Simulator.exactProbabilitiesByTarget(project(scenario))
                .get(scenario.targets().get(target)));
    }
}
