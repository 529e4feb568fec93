package org.targetcast.model.trend;

/**
 * The small-sample corrected Akaike criterion for Gaussian errors, as used by every trend family.
 *
 * <p>With {@code n} residuals, residual sum of squares {@code SSE} and {@code k} estimated quantities
 * (coefficients, initial states and the error variance itself):
 * <pre>
 *   logL = -n/2 (ln(2 pi SSE / n) + 1)                 (Gaussian log-likelihood at the MLE of sigma)
 *   AICc = -2 logL + 2k + 2k(k + 1) / (n - k - 1)
 * </pre>
 * This is R's {@code AIC(fit)} for {@code lm} and {@code nls} fits plus the Hurvich and Tsai (1989)
 * correction. Edge cases: {@code +Infinity} when {@code n - k - 1 <= 0} (too few points for the
 * correction); {@code -Infinity} when {@code SSE = 0} (a perfect fit).
 */
final class InformationCriteria {
    private InformationCriteria() {}

    /**
     * @param sse residual sum of squares on the estimation scale
     * @param n number of residuals
     * @param k number of estimated quantities, counting sigma
     * @return the AICc as defined in the class comment
     */
    static double gaussianAicc(double sse, int n, int k) {
        if (n - k - 1 <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double minusTwoLogL = n * (Math.log(2 * Math.PI * sse / n) + 1);
        return minusTwoLogL + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
    }
}
