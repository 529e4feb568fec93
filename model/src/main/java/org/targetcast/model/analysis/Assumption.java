package org.targetcast.model.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.targetcast.model.ModelException;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.GrowthPath;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.simulation.ShockEstimator;

/**
 * An assumption a planner can vary, and how a value of it changes a scenario. Growth assumptions set a
 * constant yearly growth for every projected year (replacing the trend and any stated growth); the
 * others set the shock model's parameters.
 */
public enum Assumption implements Factor {
    /** Constant yearly growth of digital trade over the projection, e.g. 0.09. */
    DIGITAL_GROWTH("digital_growth", "digital trade growth a year"),
    /** Constant yearly growth of other services trade over the projection. */
    OTHER_GROWTH("other_growth", "other services trade growth a year"),
    /** Standard deviation of digital's yearly log growth shocks. */
    DIGITAL_VOLATILITY("digital_volatility", "volatility of digital growth"),
    /** Standard deviation of other's yearly log growth shocks. */
    OTHER_VOLATILITY("other_volatility", "volatility of other growth"),
    /** Correlation of the two components' shocks. */
    CORRELATION("correlation", "correlation of the shocks"),
    /** A factor on the estimated shock variance (1: as estimated; no shipped scenario states one). */
    VARIANCE_SCALE("variance_scale", "variance scale of the shocks");

    private final String key;
    private final String description;

    Assumption(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** @return the key used on the command line */
    @Override
    public String key() {
        return key;
    }

    /** @return a short description for tables and axes */
    @Override
    public String description() {
        return description;
    }

    /**
     * @param key a key, case-insensitive
     * @return the assumption with that key, if any
     */
    public static Optional<Assumption> fromKey(String key) {
        return Arrays.stream(values())
                .filter(a -> a.key.equals(key.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** @return all keys, in declaration order */
    public static String[] keys() {
        return Arrays.stream(values()).map(Assumption::key).toArray(String[]::new);
    }

    /** @return whether values are growth rates (shown as percentages) */
    public boolean isRate() {
        return this != CORRELATION && this != VARIANCE_SCALE;
    }

    /** @return whether this assumption sets a growth rate for every projected year */
    public boolean isGrowth() {
        return this == DIGITAL_GROWTH || this == OTHER_GROWTH;
    }

    /**
     * The value this assumption has in a projected scenario, on the scale {@link #apply} takes. A growth
     * path may vary by year where {@code apply} sets one constant growth; its value here is the constant
     * yearly growth that reaches the same level at the horizon, {@code (X_H / X_c)^(1/(H − c)) − 1}, the
     * compound mean over the projected years c+1..H. Volatilities and correlation are the shock model's
     * (estimated, or as the scenario sets them); the variance scale is the scenario's.
     *
     * @param projection the scenario's deterministic projection
     * @return the assumption's current value
     */
    public double current(Projection projection) {
        int c = projection.lastObservedYear();
        int h = projection.horizon() - c;
        return switch (this) {
            case DIGITAL_GROWTH ->
                Math.pow(projection.digital(projection.horizon()) / projection.digital(c), 1.0 / h) - 1;
            case OTHER_GROWTH -> Math.pow(projection.other(projection.horizon()) / projection.other(c), 1.0 / h) - 1;
            case DIGITAL_VOLATILITY -> ShockEstimator.model(projection).sigmaDigital();
            case OTHER_VOLATILITY -> ShockEstimator.model(projection).sigmaOther();
            case CORRELATION -> ShockEstimator.model(projection).correlation();
            case VARIANCE_SCALE -> projection.scenario().uncertainty().varianceScale();
        };
    }

    /**
     * @param scenario the scenario to vary
     * @param firstProjectedYear the year after the latest observation
     * @param value the assumption's value
     * @return the scenario with this assumption set to the value
     * @throws ModelException if the value is outside the assumption's range
     */
    public Scenario apply(Scenario scenario, int firstProjectedYear, double value) {
        UncertaintySpec u = scenario.uncertainty();
        return switch (this) {
            case DIGITAL_GROWTH ->
                scenario.withDigital(scenario.digital()
                        .withGrowth(GrowthPath.constant(firstProjectedYear, scenario.horizon(), value)));
            case OTHER_GROWTH ->
                scenario.withOther(scenario.other()
                        .withGrowth(GrowthPath.constant(firstProjectedYear, scenario.horizon(), value)));
            case DIGITAL_VOLATILITY -> scenario.withUncertainty(u.withVolatilities(value, u.volatilityOther()));
            case OTHER_VOLATILITY -> scenario.withUncertainty(u.withVolatilities(u.volatilityDigital(), value));
            case CORRELATION -> scenario.withUncertainty(u.withCorrelation(value));
            case VARIANCE_SCALE -> scenario.withUncertainty(u.withVarianceScale(value));
        };
    }
}
