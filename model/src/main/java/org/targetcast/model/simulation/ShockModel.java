package org.targetcast.model.simulation;

import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.scenario.HorizonErrors;

/**
 * The random part of yearly log growth. For component c ∈ {D, O} in projected year k,
 * {@code growth_c(k) = g_c(k) + δ_c·[k trend-driven] + u_c(k)} with
 * {@code u_c(k) = φ·u_c(k−1) + σ_c·ε_c(k)}, {@code u_c(0) = 0}, where (ε_D, ε_O) have unit variance and
 * correlation ρ, Gaussian or (scaled) bivariate Student-t with ν degrees of freedom, independent across
 * years; (δ_D, δ_O) is drawn once per path (parameter uncertainty in the trend growth), Gaussian with
 * standard deviations τ_c and correlation ρ_δ (the two drifts estimated from overlapping years share the
 * correlation of the shocks they average).
 *
 * @param sigmaDigital σ_D, standard deviation of digital's yearly log growth shock
 * @param sigmaOther σ_O, the same for other
 * @param correlation ρ in [−1, 1]
 * @param persistence φ in [0, 1)
 * @param tailDf ν above 2, or {@code +∞} for Gaussian shocks
 * @param parameterSdDigital τ_D, 0 for none
 * @param parameterSdOther τ_O, 0 for none
 * @param parameterCorrelation ρ_δ in [−1, 1], the correlation of the two parameter draws
 * @param volatilityDf m − 1 when the volatilities are estimated from m yearly changes and that estimate's own
 *     uncertainty is carried (each path draws its scale {@code s² = (m−1)/χ²_{m−1}} once and multiplies every
 *     shock and parameter draw by s, which makes ln(D/O) Student-t with m − 1 degrees of freedom, the exact
 *     predictive of a Gaussian random walk with drift), or {@code +∞} for volatilities taken as known
 * @param errors where not {@link HorizonErrors#none()}, the distribution of ln(D/O) in each year is its
 *     central forecast plus these errors (other economies' errors at that horizon): the shocks above then give
 *     only how the years move together. A path's ln(D/O) in year k is mapped through its Gaussian quantile:
 *     {@code L' = E L + Q_k(Φ((L − E L)/sd L))}, with E L and sd L those of the shocks above, Gaussian with a
 *     known scale (a Gaussian copula with the errors' marginals)
 */
public record ShockModel(
        double sigmaDigital,
        double sigmaOther,
        double correlation,
        double persistence,
        double tailDf,
        double parameterSdDigital,
        double parameterSdOther,
        double parameterCorrelation,
        double volatilityDf,
        HorizonErrors errors) {
    /** Validates the ranges. */
    public ShockModel {
        Objects.requireNonNull(errors, "errors");
        if (!errors.isEmpty() && (tailDf != Double.POSITIVE_INFINITY || volatilityDf != Double.POSITIVE_INFINITY)) {
            throw ModelException.of(
                    "shocks mapped to forecast errors must be Gaussian with a known scale (tail df %s, volatility df %s)",
                    tailDf, volatilityDf);
        }
        nonNegative("volatility of digital", sigmaDigital);
        nonNegative("volatility of other", sigmaOther);
        nonNegative("parameter uncertainty of digital", parameterSdDigital);
        nonNegative("parameter uncertainty of other", parameterSdOther);
        if (!(correlation >= -1 && correlation <= 1)) {
            throw ModelException.of("shock correlation = %s must be from -1 to 1", correlation);
        }
        if (!(parameterCorrelation >= -1 && parameterCorrelation <= 1)) {
            throw ModelException.of("parameter correlation = %s must be from -1 to 1", parameterCorrelation);
        }
        if (!(volatilityDf >= 1)) {
            throw ModelException.of("volatility degrees of freedom = %s must be at least 1", volatilityDf);
        }
        if (!(persistence >= 0 && persistence < 1)) {
            throw ModelException.of("shock persistence = %s must be from 0 up to 1", persistence);
        }
        if (!(tailDf > 2)) {
            throw ModelException.of("tail degrees of freedom = %s must be above 2", tailDf);
        }
    }

    /**
     * Shocks without forecast errors.
     *
     * @param sigmaDigital σ_D
     * @param sigmaOther σ_O
     * @param correlation ρ
     * @param persistence φ
     * @param tailDf ν, or {@code +∞}
     * @param parameterSdDigital τ_D
     * @param parameterSdOther τ_O
     * @param parameterCorrelation ρ_δ
     * @param volatilityDf the volatility estimate's degrees of freedom, or {@code +∞}
     */
    public ShockModel(
            double sigmaDigital,
            double sigmaOther,
            double correlation,
            double persistence,
            double tailDf,
            double parameterSdDigital,
            double parameterSdOther,
            double parameterCorrelation,
            double volatilityDf) {
        this(
                sigmaDigital,
                sigmaOther,
                correlation,
                persistence,
                tailDf,
                parameterSdDigital,
                parameterSdOther,
                parameterCorrelation,
                volatilityDf,
                HorizonErrors.none());
    }

    /**
     * Shocks with independent parameter draws (ρ_δ = 0).
     *
     * @param sigmaDigital σ_D
     * @param sigmaOther σ_O
     * @param correlation ρ
     * @param persistence φ
     * @param tailDf ν, or {@code +∞}
     * @param parameterSdDigital τ_D
     * @param parameterSdOther τ_O
     */
    public ShockModel(
            double sigmaDigital,
            double sigmaOther,
            double correlation,
            double persistence,
            double tailDf,
            double parameterSdDigital,
            double parameterSdOther) {
        this(
                sigmaDigital,
                sigmaOther,
                correlation,
                persistence,
                tailDf,
                parameterSdDigital,
                parameterSdOther,
                0,
                Double.POSITIVE_INFINITY);
    }

    /**
     * @param sigmaDigital σ_D
     * @param sigmaOther σ_O
     * @param correlation ρ
     * @return iid Gaussian shocks without persistence or parameter uncertainty
     */
    public static ShockModel gaussian(double sigmaDigital, double sigmaOther, double correlation) {
        return new ShockModel(sigmaDigital, sigmaOther, correlation, 0, Double.POSITIVE_INFINITY, 0, 0);
    }

    /** @return whether the shocks are Gaussian (then ln(D/O) is Gaussian in every year) */
    public boolean isGaussian() {
        return tailDf == Double.POSITIVE_INFINITY;
    }

    /** @return whether the volatilities are taken as known (no per-path scale draw) */
    public boolean isScaleKnown() {
        return volatilityDf == Double.POSITIVE_INFINITY;
    }

    /** @return whether yearly growth is independent across years (Gaussian, no persistence, no parameter or scale draw) */
    public boolean isIndependentAcrossYears() {
        return isGaussian() && isScaleKnown() && persistence == 0 && parameterSdDigital == 0 && parameterSdOther == 0;
    }

    /** @return the variance of one year's shock to ln(D/O): σ_D² + σ_O² − 2ρσ_Dσ_O */
    public double logRatioVariance() {
        return Math.max(
                0, sigmaDigital * sigmaDigital + sigmaOther * sigmaOther - 2 * correlation * sigmaDigital * sigmaOther);
    }

    /**
     * @param trendYearsDigital n_D, the trend-driven years of digital so far
     * @param trendYearsOther n_O, the same for other
     * @return the variance of the parameter draws' contribution to ln(D/O):
     *     {@code τ_D² n_D² + τ_O² n_O² − 2 ρ_δ τ_D τ_O n_D n_O}
     */
    public double parameterLogRatioVariance(int trendYearsDigital, int trendYearsOther) {
        double a = parameterSdDigital * trendYearsDigital;
        double b = parameterSdOther * trendYearsOther;
        return Math.max(0, a * a + b * b - 2 * parameterCorrelation * a * b);
    }

    /**
     * @param gaussianTails whether to drop the Student-t tails
     * @param parameters whether to keep the parameter draws
     * @return a copy with Gaussian shocks and/or without parameter draws
     */
    public ShockModel reduced(boolean gaussianTails, boolean parameters) {
        return new ShockModel(
                sigmaDigital,
                sigmaOther,
                correlation,
                persistence,
                gaussianTails ? Double.POSITIVE_INFINITY : tailDf,
                parameters ? parameterSdDigital : 0,
                parameters ? parameterSdOther : 0,
                parameters ? parameterCorrelation : 0,
                volatilityDf,
                errors);
    }

    /** @return whether ln(D/O) is mapped to forecast errors ({@link #errors()}) */
    public boolean byErrors() {
        return !errors.isEmpty();
    }

    /** @return the same shocks without the errors: the Gaussian model whose quantiles are mapped */
    public ShockModel withoutErrors() {
        return withErrors(HorizonErrors.none());
    }

    /**
     * @param e the errors each year's ln(D/O) is to be mapped to ({@link HorizonErrors#none()} for none)
     * @return the same shocks with those errors
     */
    public ShockModel withErrors(HorizonErrors e) {
        return new ShockModel(
                sigmaDigital,
                sigmaOther,
                correlation,
                persistence,
                tailDf,
                parameterSdDigital,
                parameterSdOther,
                parameterCorrelation,
                volatilityDf,
                e);
    }

    private static void nonNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw ModelException.of("%s = %s must be a finite number, 0 or above", what, v);
        }
    }
}
