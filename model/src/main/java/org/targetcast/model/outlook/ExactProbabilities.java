package org.targetcast.model.outlook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.simulation.ClosedForm;
import org.targetcast.model.simulation.ShockEstimator;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.simulation.SimulationPlan;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * The closed form of one projection, from one estimate of its shocks: each target's exact probability, keyed
 * by the target, and the closed form itself (the share's distribution, its quantiles) where the shocks are
 * Gaussian. A target has no exact probability under fat tails, for first passage ("reached by") or, for a
 * growth target, where the years' shocks are dependent.
 *
 * @param byTarget per target, in the scenario's order, the exact probability; NaN where there is none
 * @param closedForm the closed form, if the shocks are Gaussian
 */
public record ExactProbabilities(Map<Target, Double> byTarget, Optional<ClosedForm> closedForm) {
    /** Copies the map, keeping its order. */
    public ExactProbabilities {
        byTarget = Collections.unmodifiableMap(new LinkedHashMap<>(byTarget));
        Objects.requireNonNull(closedForm, "closedForm");
    }

    /**
     * @param projection a deterministic projection
     * @return its exact probabilities, the shocks estimated once
     */
    public static ExactProbabilities of(Projection projection) {
        ShockModel shocks = ShockEstimator.model(projection);
        SimulationPlan plan = SimulationPlan.of(projection);
        ClosedForm exact = shocks.isGaussian() ? ClosedForm.of(plan, shocks) : null;
        // a growth target keeps digital's own volatility: the calibration was fitted on errors of the share. Its
        // exact probability here needs independent years, which parameter draws or persistence (present with or
        // without the calibration) rule out before digital's own shocks are estimated again
        boolean calibrated = projection.calibration().applies();
        boolean growthTargets = plan.targets().stream().anyMatch(GrowthTarget.class::isInstance);
        boolean dependent = shocks.persistence() != 0 || shocks.parameterSdDigital() > 0;
        boolean ownShocks = calibrated && growthTargets && !dependent;
        ShockModel growthShocks = ownShocks ? ShockEstimator.uncalibratedModel(projection) : shocks;
        ClosedForm growthForm =
                !ownShocks ? exact : growthShocks.isGaussian() ? ClosedForm.of(plan, growthShocks) : null;
        Map<Target, Double> p = new LinkedHashMap<>();
        for (Target t : plan.targets()) {
            if (t instanceof GrowthTarget g) {
                boolean none = growthForm == null || calibrated && dependent;
                p.put(t, none ? Double.NaN : growth(growthForm, growthShocks, g));
            } else {
                p.put(t, exact == null ? Double.NaN : analytic(exact, shocks, t));
            }
        }
        return new ExactProbabilities(p, Optional.ofNullable(exact));
    }

    /**
     * @param target a target of the projection
     * @return whether it has an exact probability
     */
    public boolean isExact(Target target) {
        return !Double.isNaN(byTarget.getOrDefault(target, Double.NaN));
    }

    /** @return the exact probability of a target under the closed form, NaN where there is none */
    static double analytic(ClosedForm exact, ShockModel shocks, Target t) {
        if (t instanceof ShareTarget st) {
            return st.reachedBy() ? Double.NaN : exact.probability(st);
        }
        return growth(exact, shocks, (GrowthTarget) t);
    }

    /**
     * The growth target's exact probability where it is a plain product over independent years; where a
     * path's draws make the years dependent the integral over them ({@link ClosedForm#growthProbability}) is
     * left to {@link Simulator}, which takes it instead of simulating digital's own shocks a second time:
     * sweeps ask this class for thousands of variants, and the integral costs milliseconds.
     *
     * @param form the closed form of digital's own shocks (uncalibrated where the scenario calibrates its bands)
     * @param shocks those shocks
     * @param t a growth target
     * @return its exact probability, NaN where the years are dependent
     */
    static double growth(ClosedForm form, ShockModel shocks, GrowthTarget t) {
        return shocks.isIndependentAcrossYears() ? form.growthProbability(t) : Double.NaN;
    }
}
