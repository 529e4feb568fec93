package org.targetcast.model.assessment;

import java.util.Locale;

/** Where a target's headline probability comes from. */
public enum ProbabilityMethod {
    /** The closed form, exact where the growth shocks are Gaussian. */
    ANALYTIC,
    /** The Monte Carlo estimate, with its standard error. */
    MONTECARLO;

    /**
     * @param key {@code analytic} or {@code montecarlo}, as a target outlook names its method
     * @return the method
     * @throws IllegalArgumentException for any other key
     */
    public static ProbabilityMethod of(String key) {
        for (ProbabilityMethod m : values()) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("probability method '" + key + "' is neither analytic nor montecarlo");
    }

    /** @return the method's key, {@code analytic} or {@code montecarlo} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
