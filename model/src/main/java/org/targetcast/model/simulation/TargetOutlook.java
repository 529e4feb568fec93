package org.targetcast.model.simulation;

import java.util.List;
import java.util.Objects;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * The probability that a target is met.
 *
 * @param target the target
 * @param probability the reported probability (closed form where it holds and is chosen, else simulated)
 * @param standardError its standard error: 0 for the closed form, the Monte Carlo one otherwise
 * @param method where {@link #probability()} comes from
 * @param analytic the closed-form probability, NaN where there is none
 * @param simulated the Monte Carlo estimate
 * @param simulatedSe its standard error sqrt(p(1 − p)/N)
 * @param firstYear for share targets, fractions of paths by first year reached ([0] the latest observed
 *     year, [k] k years later, [last] never by the horizon); empty for growth targets
 * @param lastObservedYear the latest observed year, the year of {@code firstYear[0]}
 * @param families for a model average, each family's probabilities and weight; empty when the scenario's
 *     probability comes from one model
 */
public record TargetOutlook(
        Target target,
        double probability,
        double standardError,
        ProbabilityMethod method,
        double analytic,
        double simulated,
        double simulatedSe,
        double[] firstYear,
        int lastObservedYear,
        List<FamilyProbability> families) {
    /** Checks the target and copies the distribution. */
    public TargetOutlook {
        Objects.requireNonNull(target, "target");
        firstYear = firstYear.clone();
        families = List.copyOf(families);
    }

    /**
     * The probability that the share is at or above the target in some year up to the target year,
     * observed years from the latest one included: the "reached by" reading, from the simulated first
     * years. For a target that is itself judged as reached-by this is its {@link #probability()}.
     *
     * @return P(reached in any year up to the target year), NaN for growth targets
     */
    public double reachedBy() {
        if (!(target instanceof ShareTarget st) || firstYear.length == 0) {
            return Double.NaN;
        }
        int last = Math.min(st.year() - lastObservedYear, firstYear.length - 2);
        double p = 0;
        for (int k = 0; k <= last; k++) {
            p += firstYear[k];
        }
        return Math.min(1, p);
    }

    /** @return the lowest probability among the families with positive weight, or {@link #probability()} */
    public double lowest() {
        return families.stream()
                .filter(f -> f.weight() > 0)
                .mapToDouble(FamilyProbability::probabilityIn)
                .min()
                .orElse(probability);
    }

    /** @return the highest probability among the families with positive weight, or {@link #probability()} */
    public double highest() {
        return families.stream()
                .filter(f -> f.weight() > 0)
                .mapToDouble(FamilyProbability::probabilityIn)
                .max()
                .orElse(probability);
    }

    /**
     * @return the simulated median first year as an offset from the latest observed year, or −1 if fewer
     *     than half of the paths reach the target by the horizon
     */
    public int medianFirstYearOffset() {
        double cum = 0;
        for (int k = 0; k < firstYear.length - 1; k++) {
            cum += firstYear[k];
            if (cum >= 0.5) {
                return k;
            }
        }
        return -1;
    }
}
