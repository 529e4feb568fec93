package org.targetcast.model.trend;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Quantiles of the normal and Student t distributions for prediction intervals (commons-math). */
final class Quantiles {
    /** Absolute accuracy of the t quantile's root search, well below the tests' tolerances. */
    private static final double T_ACCURACY = 1e-13;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Quantiles() {}

    /**
     * @param p a probability in (0, 1)
     * @return the standard normal quantile, R's {@code qnorm(p)}
     */
    static double normal(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /**
     * @param p a probability in (0, 1)
     * @param df degrees of freedom, at least 1
     * @return the Student t quantile, R's {@code qt(p, df)}
     */
    static double student(double p, int df) {
        return new TDistribution(null, df, T_ACCURACY).inverseCumulativeProbability(p);
    }
}
