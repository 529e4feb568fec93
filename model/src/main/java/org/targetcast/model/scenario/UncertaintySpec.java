package org.targetcast.model.scenario;

import java.util.List;
import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.trend.Scale;
import org.targetcast.model.trend.TrendFamily;

/**
 * What a scenario says about uncertainty. Absent values ({@code null}) are estimated from the data.
 *
 * @param method how probabilities are computed
 * @param paths number of simulated paths, at least 1,000
 * @param seed seed of the random streams
 * @param volatilityDigital standard deviation of digital's yearly log growth, or {@code null} to estimate it
 * @param volatilityOther standard deviation of other's yearly log growth, or {@code null} to estimate it
 * @param correlation correlation of the two components' growth shocks in [−1, 1], or {@code null} to estimate it
 * @param persistence AR(1) coefficient of the growth shocks in [0, 1): a shock's effect on growth
 *     decays by this factor a year
 * @param parameterUncertainty whether each path draws its trend growth from the estimator's distribution
 * @param tailDf degrees of freedom of Student-t shocks (above 2), or {@code null} for Gaussian shocks
 * @param varianceScale k &gt; 0, a calibration factor on the shock variance: both volatilities, estimated or
 *     stated, are multiplied by √k (so the variance of every yearly shock by k); 1 leaves them as they are.
 *     A backtest estimates it ({@code org.targetcast.model.calibration.ShareCalibration}); see
 *     {@code docs/forecast-quality.md}. A user assumption: no shipped scenario sets it
 * @param shocks where the volatilities, the correlation and the parameter uncertainty come from: the fit
 *     window ({@link ShockSource#FIT_WINDOW}, the earlier default) or the whole history as one random walk
 *     with drift ({@link ShockSource#HISTORY}, what the shipped scenarios use)
 * @param families trend families whose answers are averaged, weighted by the out-of-sample log score of
 *     their share forecasts ({@code org.targetcast.model.calibration.FamilyWeights}); empty for the scenario's
 *     own models alone
 * @param calibration the calibration the scenario asks for against forecast errors made elsewhere: none, or
 *     the panel of the other economies in the data. Only the request: the fitted calibration
 *     ({@link ErrorCalibration}) is a value of the forecast, computed by the run's forecaster and carried by
 *     the projection, never written into a scenario
 */
public record UncertaintySpec(
        Method method,
        int paths,
        long seed,
        Double volatilityDigital,
        Double volatilityOther,
        Double correlation,
        double persistence,
        boolean parameterUncertainty,
        Double tailDf,
        double varianceScale,
        ShockSource shocks,
        List<TrendFamily> families,
        ErrorCalibration.Source calibration) {

    /** Where the shock model's estimates come from. */
    public enum ShockSource {
        /**
         * Volatilities and correlation from the yearly log growth inside each component's fit window;
         * parameter uncertainty (when asked for) from the fitted trend's own standard error.
         */
        FIT_WINDOW("fit_window"),
        /**
         * One random walk with drift in logs per component: volatilities and correlation from every pair of
         * consecutive years of the history, rare years (the pandemic) included; the uncertainty of each
         * trend's growth from the same shocks, {@code σ_c/√n_c} over the n_c yearly changes its fit window
         * holds, always drawn, correlated between the components as their shared years make them.
         */
        HISTORY("history");

        private final String key;

        ShockSource(String key) {
            this.key = key;
        }

        /** @return the scenario key ({@code fit_window}, {@code history}) */
        public String key() {
            return key;
        }
    }

    /** How target probabilities and quantiles are computed. */
    public enum Method {
        /** The closed form where it holds, simulation elsewhere. */
        AUTO,
        /** The closed form only; an error where it does not hold. */
        ANALYTIC,
        /** Simulation everywhere. */
        MONTECARLO
    }

    /** Default number of paths. */
    public static final int DEFAULT_PATHS = 100_000;
    /** Default seed (the date the Opinions were published, 2024-11-28). */
    public static final long DEFAULT_SEED = 20241128L;

    /** Validates every field; messages name the scenario key. */
    public UncertaintySpec {
        Objects.requireNonNull(method, "method");
        if (paths < 1_000 || paths > 100_000_000) {
            throw ModelException.of("uncertainty.paths = %d must be from 1000 to 100000000", paths);
        }
        checkVolatility("components.digital.volatility", volatilityDigital);
        checkVolatility("components.other.volatility", volatilityOther);
        if (correlation != null && !(correlation >= -1 && correlation <= 1)) {
            throw ModelException.of("uncertainty.correlation = %s must be from -1 to 1", correlation);
        }
        if (!(persistence >= 0 && persistence < 1)) {
            throw ModelException.of("uncertainty.persistence = %s must be from 0 up to (not including) 1", persistence);
        }
        if (tailDf != null && !(tailDf > 2 && tailDf <= 1e6)) {
            throw ModelException.of(
                    "uncertainty.tail_df = %s must be above 2 (the variance is infinite otherwise)", tailDf);
        }
        if (method == Method.ANALYTIC && tailDf != null) {
            throw ModelException.of(
                    "uncertainty.method = analytic needs Gaussian shocks, but tail_df = %s is set", tailDf);
        }
        if (!(varianceScale > 0 && varianceScale <= 1e4)) {
            throw ModelException.of(
                    "uncertainty.variance_scale = %s must be above 0 (and at most 10000)", varianceScale);
        }
        Objects.requireNonNull(shocks, "shocks");
        families = List.copyOf(families);
        for (TrendFamily f : families) {
            if (f.isSelection() || f.scale() != Scale.LEVEL) {
                throw ModelException.of(
                        "uncertainty.families: %s cannot be averaged; a family fitted to a component's level is"
                                + " needed (drift, loglinear, damped, linear)",
                        f.key());
            }
        }
        if (families.stream().distinct().count() != families.size()) {
            throw ModelException.of("uncertainty.families lists a family twice: %s", families);
        }
        Objects.requireNonNull(calibration, "calibration");
    }

    /**
     * The settings without a calibration.
     *
     * @param method how probabilities are computed
     * @param paths number of simulated paths
     * @param seed seed of the random streams
     * @param volatilityDigital sd of digital's yearly log growth, or {@code null} to estimate it
     * @param volatilityOther sd of other's yearly log growth, or {@code null} to estimate it
     * @param correlation correlation of the shocks, or {@code null} to estimate it
     * @param persistence AR(1) coefficient of the shocks
     * @param parameterUncertainty whether paths draw their trend growth
     * @param tailDf Student-t degrees of freedom, or {@code null} for Gaussian shocks
     * @param varianceScale the factor on the shock variance
     * @param shocks where the shock estimates come from
     * @param families trend families to average, empty for none
     */
    public UncertaintySpec(
            Method method,
            int paths,
            long seed,
            Double volatilityDigital,
            Double volatilityOther,
            Double correlation,
            double persistence,
            boolean parameterUncertainty,
            Double tailDf,
            double varianceScale,
            ShockSource shocks,
            List<TrendFamily> families) {
        this(
                method,
                paths,
                seed,
                volatilityDigital,
                volatilityOther,
                correlation,
                persistence,
                parameterUncertainty,
                tailDf,
                varianceScale,
                shocks,
                families,
                ErrorCalibration.Source.NONE);
    }

    /**
     * The settings of one model (no average).
     *
     * @param method how probabilities are computed
     * @param paths number of simulated paths
     * @param seed seed of the random streams
     * @param volatilityDigital sd of digital's yearly log growth, or {@code null} to estimate it
     * @param volatilityOther sd of other's yearly log growth, or {@code null} to estimate it
     * @param correlation correlation of the shocks, or {@code null} to estimate it
     * @param persistence AR(1) coefficient of the shocks
     * @param parameterUncertainty whether paths draw their trend growth
     * @param tailDf Student-t degrees of freedom, or {@code null} for Gaussian shocks
     * @param varianceScale the factor on the shock variance
     * @param shocks where the shock estimates come from
     */
    public UncertaintySpec(
            Method method,
            int paths,
            long seed,
            Double volatilityDigital,
            Double volatilityOther,
            Double correlation,
            double persistence,
            boolean parameterUncertainty,
            Double tailDf,
            double varianceScale,
            ShockSource shocks) {
        this(
                method,
                paths,
                seed,
                volatilityDigital,
                volatilityOther,
                correlation,
                persistence,
                parameterUncertainty,
                tailDf,
                varianceScale,
                shocks,
                List.of());
    }

    /**
     * The settings with shocks estimated on the fit windows.
     *
     * @param method how probabilities are computed
     * @param paths number of simulated paths
     * @param seed seed of the random streams
     * @param volatilityDigital sd of digital's yearly log growth, or {@code null} to estimate it
     * @param volatilityOther sd of other's yearly log growth, or {@code null} to estimate it
     * @param correlation correlation of the shocks, or {@code null} to estimate it
     * @param persistence AR(1) coefficient of the shocks
     * @param parameterUncertainty whether paths draw their trend growth
     * @param tailDf Student-t degrees of freedom, or {@code null} for Gaussian shocks
     * @param varianceScale the factor on the shock variance
     */
    public UncertaintySpec(
            Method method,
            int paths,
            long seed,
            Double volatilityDigital,
            Double volatilityOther,
            Double correlation,
            double persistence,
            boolean parameterUncertainty,
            Double tailDf,
            double varianceScale) {
        this(
                method,
                paths,
                seed,
                volatilityDigital,
                volatilityOther,
                correlation,
                persistence,
                parameterUncertainty,
                tailDf,
                varianceScale,
                ShockSource.FIT_WINDOW);
    }

    /**
     * The settings without a variance scale (k = 1).
     *
     * @param method how probabilities are computed
     * @param paths number of simulated paths
     * @param seed seed of the random streams
     * @param volatilityDigital sd of digital's yearly log growth, or {@code null} to estimate it
     * @param volatilityOther sd of other's yearly log growth, or {@code null} to estimate it
     * @param correlation correlation of the shocks, or {@code null} to estimate it
     * @param persistence AR(1) coefficient of the shocks
     * @param parameterUncertainty whether paths draw their trend growth
     * @param tailDf Student-t degrees of freedom, or {@code null} for Gaussian shocks
     */
    public UncertaintySpec(
            Method method,
            int paths,
            long seed,
            Double volatilityDigital,
            Double volatilityOther,
            Double correlation,
            double persistence,
            boolean parameterUncertainty,
            Double tailDf) {
        this(
                method,
                paths,
                seed,
                volatilityDigital,
                volatilityOther,
                correlation,
                persistence,
                parameterUncertainty,
                tailDf,
                1.0);
    }

    /** @return the defaults: auto method, 100,000 paths, seed 20241128, everything else estimated or off */
    public static UncertaintySpec defaults() {
        return new UncertaintySpec(Method.AUTO, DEFAULT_PATHS, DEFAULT_SEED, null, null, null, 0, false, null);
    }

    /**
     * @param newPaths number of paths
     * @param newSeed seed
     * @return a copy with those run settings
     */
    public UncertaintySpec withRun(int newPaths, long newSeed) {
        Copy c = new Copy(this);
        c.paths = newPaths;
        c.seed = newSeed;
        return c.build();
    }

    /**
     * @param newMethod the method
     * @return a copy with that method
     */
    public UncertaintySpec withMethod(Method newMethod) {
        Copy c = new Copy(this);
        c.method = newMethod;
        return c.build();
    }

    /**
     * @param k the factor on the shock variance, above 0
     * @return a copy with that variance scale
     */
    public UncertaintySpec withVarianceScale(double k) {
        Copy c = new Copy(this);
        c.varianceScale = k;
        return c.build();
    }

    /**
     * @param source where the shock estimates come from
     * @return a copy estimating the shocks there
     */
    public UncertaintySpec withShocks(ShockSource source) {
        Copy c = new Copy(this);
        c.shocks = source;
        return c.build();
    }

    /**
     * @param list the families to average, empty for none
     * @return a copy averaging them
     */
    public UncertaintySpec withFamilies(List<TrendFamily> list) {
        Copy c = new Copy(this);
        c.families = list;
        return c.build();
    }

    /**
     * @param calibration the calibration asked for
     * @return a copy asking for it
     */
    public UncertaintySpec withCalibration(ErrorCalibration.Source calibration) {
        Copy c = new Copy(this);
        c.calibration = calibration;
        return c.build();
    }

    /**
     * @param digital sd of digital's yearly log growth, or {@code null} to estimate it
     * @param other the same for other
     * @return a copy with those volatilities
     */
    public UncertaintySpec withVolatilities(Double digital, Double other) {
        Copy c = new Copy(this);
        c.volatilityDigital = digital;
        c.volatilityOther = other;
        return c.build();
    }

    /**
     * @param rho the correlation of the shocks, or {@code null} to estimate it
     * @return a copy with that correlation
     */
    public UncertaintySpec withCorrelation(Double rho) {
        Copy c = new Copy(this);
        c.correlation = rho;
        return c.build();
    }

    /** The fields of a spec being copied with some changed; {@link #build} validates them as a new spec. */
    private static final class Copy {
        private Method method;
        private int paths;
        private long seed;
        private Double volatilityDigital;
        private Double volatilityOther;
        private Double correlation;
        private final double persistence;
        private final boolean parameterUncertainty;
        private final Double tailDf;
        private double varianceScale;
        private ShockSource shocks;
        private List<TrendFamily> families;
        private ErrorCalibration.Source calibration;

        Copy(UncertaintySpec u) {
            method = u.method;
            paths = u.paths;
            seed = u.seed;
            volatilityDigital = u.volatilityDigital;
            volatilityOther = u.volatilityOther;
            correlation = u.correlation;
            persistence = u.persistence;
            parameterUncertainty = u.parameterUncertainty;
            tailDf = u.tailDf;
            varianceScale = u.varianceScale;
            shocks = u.shocks;
            families = u.families;
            calibration = u.calibration;
        }

        UncertaintySpec build() {
            return new UncertaintySpec(
                    method,
                    paths,
                    seed,
                    volatilityDigital,
                    volatilityOther,
                    correlation,
                    persistence,
                    parameterUncertainty,
                    tailDf,
                    varianceScale,
                    shocks,
                    families,
                    calibration);
        }
    }

    private static void checkVolatility(String key, Double v) {
        if (v != null && !(v >= 0 && v <= 2)) {
            throw ModelException.of("%s = %s must be from 0 to 2 (a standard deviation of yearly log growth)", key, v);
        }
    }
}
