package org.targetcast.model.calibration;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.targetcast.model.ModelException;

/**
 * The rare events of one component (digital or other) as fitted on a panel by {@link JumpEstimator}: a
 * yearly jump frequency λ and a normal distribution of the jump's size on the yearly log change, mean μ_J
 * (signed: a travel collapse is a negative jump of {@code other}) and standard deviation σ_J, each with its
 * interval, apart from each economy's ordinary drift and volatility. A year of economy i changes the
 * component's log level by {@code μ_i + ε + B·Y}, ε ~ N(0, σ_i²), B ~ Bernoulli(λ), Y ~ N(μ_J, σ_J²);
 * {@link #predictive(double, double, int)} gives the distribution of the change over h years.
 *
 * <p>A size of −0.25 on the log change is a fall of 1 − e^−0.25 ≈ 22 % in the level. Immutable.
 *
 * @param component the component, e.g. {@code other}
 * @param frequency λ, the probability of a jump in an economy-year, with its interval
 * @param sizeMean μ_J, the mean jump on the yearly log change, with its interval
 * @param sizeSd σ_J, the jumps' standard deviation, with its interval
 * @param economies the number of economies fitted
 * @param economyYears the number of yearly changes fitted
 * @param ordinary each economy's ordinary drift and volatility at the fit, in the order given
 * @param jumpsByYear per calendar year, the expected number of jumps in it (the sum over economies of the
 *     posterior jump probabilities): where the panel's jumps fall
 * @param sizeVarianceFloor the least σ_J² the fit allowed (the identifiability guard, {@link JumpEstimator})
 * @param logLikelihood the fit's objective: the log likelihood plus (N/2) ln c, the restricted-likelihood term
 *     of the ordinary variances' common factor ({@link JumpEstimator})
 * @param replicates the number of bootstrap replicates behind the intervals
 * @param seed the seed of the bootstrap
 */
public record JumpComponent(
        String component,
        BlockBootstrap.Interval frequency,
        BlockBootstrap.Interval sizeMean,
        BlockBootstrap.Interval sizeSd,
        int economies,
        int economyYears,
        List<Ordinary> ordinary,
        SortedMap<Integer, Double> jumpsByYear,
        double sizeVarianceFloor,
        double logLikelihood,
        int replicates,
        long seed) {

    /**
     * One economy's ordinary yearly change, as fitted with the jumps: drift μ_i and volatility σ_i.
     *
     * @param economy the economy
     * @param drift μ_i
     * @param volatility σ_i
     * @param years the number of yearly changes of the economy
     * @param expectedJumps the expected number of jumps among them (sum of posterior jump probabilities)
     */
    public record Ordinary(String economy, double drift, double volatility, int years, double expectedJumps) {
        /** The least degrees of freedom of an ordinary variance's estimate used for its posterior mean. */
        public static final double MIN_DF = 3;

        /** Checks the economy and the volatility. */
        public Ordinary {
            Objects.requireNonNull(economy, "economy");
            if (!(volatility > 0)) {
                throw ModelException.of("ordinary volatility of %s = %s must be positive", economy, volatility);
            }
        }

        /**
         * @return ν = years − expected jumps − 1, the degrees of freedom of the ordinary variance's estimate
         *     (its expected ordinary years less one for the drift), at least {@value #MIN_DF}
         */
        public double degreesOfFreedom() {
            return Math.max(years - expectedJumps - 1, MIN_DF);
        }

        /**
         * The ordinary variance a forecast from this economy's own fit should use: the mean of the
         * variance's posterior under the reference prior, {@code σ_i² ν/(ν − 2)} (the scaled inverse-χ²
         * posterior of a normal variance, Gelman et al., Bayesian Data Analysis, 3rd ed., section 3.2), so
         * that the bands carry the uncertainty of a volatility estimated from a dozen years.
         *
         * @return σ_i² ν/(ν − 2)
         */
        public double predictiveVariance() {
            double nu = degreesOfFreedom();
            return volatility * volatility * nu / (nu - 2);
        }

        /**
         * The variance of the drift's estimate, the predictive variance over the expected ordinary years
         * (the years less the expected jumps): what {@link JumpMixture#withDriftVariance} takes for a
         * forecast from this economy's own fit.
         *
         * @return {@link #predictiveVariance()} / (years − expectedJumps)
         */
        public double driftVariance() {
            return predictiveVariance() / Math.max(years - expectedJumps, 1);
        }
    }

    /** Copies the collections and checks the sizes. */
    public JumpComponent {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(sizeMean, "sizeMean");
        Objects.requireNonNull(sizeSd, "sizeSd");
        ordinary = List.copyOf(ordinary);
        jumpsByYear = Collections.unmodifiableSortedMap(new TreeMap<>(jumpsByYear));
        if (ordinary.size() != economies) {
            throw ModelException.of(
                    "jumps of %s: %d economies but %d ordinary fits", component, economies, ordinary.size());
        }
    }

    /** @return λ, the point estimate of the yearly jump frequency */
    public double lambda() {
        return frequency.estimate();
    }

    /** @return the median over economies of the ordinary volatility σ_i */
    public double medianVolatility() {
        double[] v = ordinary.stream().mapToDouble(Ordinary::volatility).toArray();
        return JumpEm.median(v);
    }

    /**
     * @param economy an economy of the fit
     * @return its ordinary drift and volatility
     * @throws ModelException if the fit has no such economy
     */
    public Ordinary ordinary(String economy) {
        return ordinary.stream()
                .filter(o -> o.economy().equals(economy))
                .findFirst()
                .orElseThrow(() -> ModelException.of("jumps of %s: no economy %s in the fit", component, economy));
    }

    /**
     * @param drift μ, an ordinary yearly log change
     * @param volatility σ, its standard deviation
     * @param horizon h
     * @return the distribution of the log change over h years with this component's jumps at their point
     *     estimates (known drift; see {@link JumpMixture#withDriftVariance})
     */
    public JumpMixture predictive(double drift, double volatility, int horizon) {
        return JumpMixture.of(horizon, drift, volatility, lambda(), sizeMean.estimate(), sizeSd.estimate());
    }

    /**
     * @param economy an economy of the fit
     * @param horizon h
     * @return the distribution of that economy's log change over h years from its own fit, with the
     *     uncertainty of its ordinary parameters: the volatility's posterior mean
     *     ({@link Ordinary#predictiveVariance()}) and the drift's estimation variance
     *     ({@link Ordinary#driftVariance()})
     */
    public JumpMixture predictive(String economy, int horizon) {
        Ordinary o = ordinary(economy);
        return predictive(o.drift(), Math.sqrt(o.predictiveVariance()), horizon).withDriftVariance(o.driftVariance());
    }

    /**
     * @param years how many of the years with most jumps
     * @return those years with their expected jumps, most first (ties by year)
     */
    public List<Map.Entry<Integer, Double>> busiestYears(int years) {
        return jumpsByYear.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(years)
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "%s: λ=%.4f [%.4f, %.4f], μ_J=%.4f [%.4f, %.4f], σ_J=%.4f [%.4f, %.4f], %d economies, %d years",
                component,
                frequency.estimate(),
                frequency.lower(),
                frequency.upper(),
                sizeMean.estimate(),
                sizeMean.lower(),
                sizeMean.upper(),
                sizeSd.estimate(),
                sizeSd.lower(),
                sizeSd.upper(),
                economies,
                economyYears);
    }
}
