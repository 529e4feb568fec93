package org.targetcast.engine.workspace;

import java.util.EnumMap;
import java.util.Map;
import org.targetcast.model.analysis.Evaluator;
import org.targetcast.model.data.Basis;
import org.targetcast.model.data.ComponentHistory;

/**
 * One {@link Evaluator} per data basis for a scenario on a China history: what the sensitivity's data
 * basis bar compares. Each pools over its own basis's panel, as a run on that basis does.
 */
public final class BasisEvaluators {
    private BasisEvaluators() {}

    /**
     * @param ws the workspace
     * @param own the scenario's history on the workspace's basis
     * @param data the scenario's {@code data} key
     * @param where the scenario's file, for located errors
     * @return an evaluator per basis, in {@link Basis} order; empty if the history is not China's
     */
    public static Map<Basis, Evaluator> of(Workspace ws, ComponentHistory own, String data, String where) {
        Map<Basis, Evaluator> out = new EnumMap<>(Basis.class);
        if (Basis.ofHistory(own.economy()) == null) {
            return out;
        }
        for (Basis b : Basis.values()) {
            Workspace on = ws.onBasis(b);
            out.put(b, Evaluator.of(on.history(data, where), on.forecaster()));
        }
        return out;
    }
}
