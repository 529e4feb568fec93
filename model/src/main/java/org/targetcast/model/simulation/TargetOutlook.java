package org.targetcast.model.simulation;

import java.util.Objects;
import org.targetcast.model.target.Target;

/**
 * The probability that a target is met.
 *
 * @param target the target
 * @param probability the reported probability (closed form where it holds and is chosen, else simulated)
 * @param standardError its standard error: 0 for the closed form, the Monte Carlo one otherwise
 * @param method {@code analytic} or {@code montecarlo}: where {@link #probability()} comes from
 * @param analytic the closed-form probability, NaN where there is none
 * @param simulated the Monte Carlo estimate
 * @param simulatedSe its standard error sqrt(p(1 − p)/N)
 * @param firstYear for share targets, fractions of paths by first year reached ([0] the latest observed
 *     year, [k] k years later, [last] never by the horizon); empty for growth targets
 */
public record TargetOutlook(Target target, double probability, double standardError, String method, double analytic,
        double simulated, double simulatedSe, double[] firstYear) {
    /** Checks the target and copies the distribution. */
    public TargetOutlook {
        Objects.requireNonNull(target, "target");
        firstYear = firstYear.clone();
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
