package org.targetcast.model.simulation;

import java.util.Objects;

/**
 * One trend family's answer to a share target, as a member of a model average.
 *
 * @param family the family's key ({@code drift}, {@code loglinear}, ...)
 * @param weight its weight in the average, in [0, 1]
 * @param probabilityIn P(share in the target year at or above the target) under this family alone
 * @param reachedBy P(share at or above the target in some year up to the target year) under this family
 *     alone, NaN where it was not computed
 */
public record FamilyProbability(String family, double weight, double probabilityIn, double reachedBy) {
    /** Checks the family and the weight. */
    public FamilyProbability {
        Objects.requireNonNull(family, "family");
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight of " + family + " = " + weight + " must be in [0, 1]");
        }
    }
}
