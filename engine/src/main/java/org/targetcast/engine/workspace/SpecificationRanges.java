package org.targetcast.engine.workspace;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.targetcast.engine.io.Hashes;
import org.targetcast.model.ModelException;
import org.targetcast.model.analysis.Evaluator;
import org.targetcast.model.analysis.SpecificationRange;
import org.targetcast.model.data.Basis;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.target.ShareTarget;

/**
 * The {@link SpecificationRange} of a run's scenario, over every data basis its history has (China's two),
 * each projected by that basis's forecaster, as a run on that basis projects it.
 */
public final class SpecificationRanges {
    /** The version of how a range is computed, part of its cache key. */
    static final String METHOD = "specification-range/1";

    private SpecificationRanges() {}

    /**
     * @param ws the workspace the scenario was run in
     * @param r the scenario's result, simulated (its forecast is the range's centre)
     * @return its specification range, empty when it has no target on the share in a year or its own
     *     specification cannot be ranged (the reason is then in the model's message, not shown); read from
     *     the cache folder when a run of the same scenario, data and build kept it ({@link RangeCache})
     */
    public static Optional<SpecificationRange.Result> of(Workspace ws, ScenarioResult r) {
        if (r.forecast() == null) {
            return Optional.empty();
        }
        Scenario scenario = r.projection().scenario();
        List<ShareTarget> targets = scenario.targets().stream()
                .filter(t -> t instanceof ShareTarget s && !s.reachedBy())
                .map(t -> (ShareTarget) t)
                .toList();
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        RangeCache.Lookup l =
                RangeCache.range(ws.calibrationCache().dir(), fingerprint(ws, scenario), targets, () -> compute(ws, r));
        return l == null ? Optional.empty() : Optional.of(l.result());
    }

    /**
     * What a scenario's range depends on, as a SHA-256: the scenario as resolved (extensions applied), the
     * data (its panel calibration is a function of both), the basis the command forces, and the build.
     *
     * @param ws the workspace the scenario was run in
     * @param scenario the scenario as run
     * @return the fingerprint
     */
    static String fingerprint(Workspace ws, Scenario scenario) {
        String text = String.join(
                "\n",
                METHOD,
                Version.get(),
                Version.build(),
                ws.dataHash(),
                String.valueOf(ws.basis()),
                scenario.toString());
        return Hashes.sha256(text.getBytes(StandardCharsets.UTF_8), List.of());
    }

    private static SpecificationRange.Result compute(Workspace ws, ScenarioResult r) {
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
            return SpecificationRange.of(r.forecast(), ownKey, bases);
        } catch (ModelException e) {
            return null;
        }
    }
}
