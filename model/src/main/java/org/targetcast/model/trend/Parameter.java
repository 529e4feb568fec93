package org.targetcast.model.trend;

import java.util.Objects;

/**
 * One estimated parameter of a trend fit.
 *
 * @param name the parameter name, e.g. {@code slope}
 * @param estimate the point estimate
 * @param standardError its standard error; {@code NaN} where the estimator gives none
 */
public record Parameter(String name, double estimate, double standardError) {
    /** Validates the name and the estimate. */
    public Parameter {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(estimate)) {
            throw new IllegalArgumentException("parameter " + name + " = " + estimate + " is not finite");
        }
    }
}
