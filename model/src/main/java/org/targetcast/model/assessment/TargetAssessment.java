package org.targetcast.model.assessment;

import java.util.Objects;
import java.util.Optional;
import org.targetcast.model.simulation.ProbabilityMethod;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.Likelihood;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import org.targetcast.model.target.Verdict;

/**
 * One target of a scenario, judged: the central-path verdict and, when the run computed uncertainty,
 * the outlook of the same target (checked, not assumed from a position in a list).
 *
 * @param verdict the central-path verdict
 * @param outlook the probabilities, quantile-free per-target part of the outlook; empty for a
 *     deterministic run
 */
public record TargetAssessment(Verdict verdict, Optional<TargetOutlook> outlook) {
    /** Checks that verdict and outlook speak of the same target. */
    public TargetAssessment {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(outlook, "outlook");
        outlook.ifPresent(o -> {
            if (!o.target().equals(verdict.target())) {
                throw new IllegalArgumentException("outlook of " + o.target().label() + " paired with the verdict on "
                        + verdict.target().label());
            }
        });
    }

    /** @return the target */
    public Target target() {
        return verdict.target();
    }

    /**
     * @return the headline probability: P(share in the target year ≥ target) for a share target judged
     *     in its year, P(reached in some year up to it) for a reached-by target, P(growth ≥ the minimum in
     *     every year) for a growth target; NaN without an outlook
     */
    public double probability() {
        return outlook.map(TargetOutlook::probability).orElse(Double.NaN);
    }

    /** @return P(reached in some year up to the target year) for a share target; NaN otherwise or without an outlook */
    public double reachedBy() {
        return outlook.map(TargetOutlook::reachedBy).orElse(Double.NaN);
    }

    /** @return whether the headline probability is the reached-by reading itself */
    public boolean headlineIsReachedBy() {
        return verdict.target() instanceof ShareTarget s && s.reachedBy();
    }

    /** @return the method of the headline probability, if there is one */
    public Optional<ProbabilityMethod> method() {
        return outlook.map(TargetOutlook::method);
    }

    /** @return the headline probability in words, if there is one */
    public Optional<Likelihood> likelihood() {
        return outlook.map(o -> Likelihood.of(Math.max(0, Math.min(1, o.probability()))));
    }
}
