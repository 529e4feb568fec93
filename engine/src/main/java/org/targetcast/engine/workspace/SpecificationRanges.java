package org.targetcast.engine.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.targetcast.model.ModelException;
import org.targetcast.model.analysis.Evaluator;
import org.targetcast.model.analysis.SpecificationRange;
import org.targetcast.model.data.Basis;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.Scenario;

/**
 * The {@link SpecificationRange} of a run's scenario, over every data basis its history has (China's two),
 * each projected by that basis's forecaster, as a run on that basis projects it.
 */
public final class SpecificationRanges {
    private SpecificationRanges() {}

    /**
     * @param ws the workspace the scenario was run in
     * @param r the scenario's result, simulated (its forecast is the range's centre)
     * @return its specification range, empty when it has no target on the share in a year or its own
     *     specification cannot be ranged (the reason is then in the model's message, not shown)
     */
    public static Optional<SpecificationRange.Result> of(Workspace ws, ScenarioResult r) {
        if (r.forecast() == null) {
            return Optional.empty();
        }
        Scenario scenario = r.projection().scenario();
        ComponentHistory own = r.history();
        Basis ownBasis = Basis.ofHistory(own.economy());
        Map<String, Evaluator> bases = new LinkedHashMap<>();
        String ownKey;
        if (ownBasis == null) {
            ownKey = "data";
            bases.put(ownKey, Evaluator.of(own, ws.forecaster()));
        } else {
            ownKey = ownBasis.key();
            for (Basis b : Basis.values()) {
                Workspace on = ws.onBasis(b);
                ComponentHistory h = b == ownBasis ? own : on.history(scenario.data());
                bases.put(b.key(), Evaluator.of(h, on.forecaster()));
            }
        }
        try {
            return Optional.of(SpecificationRange.of(r.forecast(), ownKey, bases));
        } catch (ModelException e) {
            return Optional.empty();
        }
    }
}
