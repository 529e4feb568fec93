package org.targetcast.model.simulation;

import java.util.Locale;

/** Where a target's probability or an outlook's quantiles come from. */
public enum ProbabilityMethod {
    /** The closed form, exact where the growth shocks are Gaussian. */
    ANALYTIC,
    /** The Monte Carlo estimate, with its standard error. */
    MONTECARLO;

    /** @return the method's key as the outputs write it, {@code analytic} or {@code montecarlo} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
