package org.targetcast.app.explore;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.model.ModelException;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.scenario.Scenario;

/**
 * What the explorer shows: a scenario as loaded from its file, and the assumptions the user has moved away
 * from it. An assumption without an override is as the scenario has it (its fitted trend or stated growth,
 * its estimated or stated volatility and correlation). Immutable; every change is a new state.
 *
 * @param source the scenario file as loaded
 * @param overrides the values set by the user, by assumption (growth as a yearly rate, volatility as the
 *     standard deviation of yearly log growth, correlation in [−1, 1])
 */
public record ExplorerState(LoadedScenario source, Map<Assumption, Double> overrides) {
    /** Validates each override and copies the map. */
    public ExplorerState {
        Objects.requireNonNull(source, "source");
        EnumMap<Assumption, Double> copy = new EnumMap<>(Assumption.class);
        for (Map.Entry<Assumption, Double> e : overrides.entrySet()) {
            check(e.getKey(), e.getValue());
            copy.put(e.getKey(), e.getValue());
        }
        overrides = Collections.unmodifiableMap(copy);
    }

    /**
     * @param source a scenario as loaded
     * @return the state showing it as it is
     */
    public static ExplorerState of(LoadedScenario source) {
        return new ExplorerState(source, Map.of());
    }

    /**
     * @param a an assumption
     * @param value its new value
     * @return a copy with that override
     * @throws ModelException if the value is outside the assumption's range
     */
    public ExplorerState with(Assumption a, double value) {
        EnumMap<Assumption, Double> m = new EnumMap<>(Assumption.class);
        m.putAll(overrides);
        m.put(a, value);
        return new ExplorerState(source, m);
    }

    /**
     * @param a an assumption
     * @return a copy where that assumption is back to the scenario's own
     */
    public ExplorerState reset(Assumption a) {
        EnumMap<Assumption, Double> m = new EnumMap<>(Assumption.class);
        m.putAll(overrides);
        m.remove(a);
        return new ExplorerState(source, m);
    }

    /** @return a copy with no overrides */
    public ExplorerState resetAll() {
        return new ExplorerState(source, Map.of());
    }

    /**
     * @param reloaded the scenario file as reloaded
     * @return a copy over the new scenario, keeping the overrides
     */
    public ExplorerState withSource(LoadedScenario reloaded) {
        return new ExplorerState(reloaded, overrides);
    }

    /**
     * @param a an assumption
     * @return the user's value, if it was moved
     */
    public OptionalDouble override(Assumption a) {
        Double v = overrides.get(a);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * The scenario this state stands for: the loaded one with each override applied by
     * {@link Assumption#apply} (growth: a constant rate in every projected year, replacing the trend and
     * any stated growth; volatility and correlation: the shock model's value), in declaration order.
     *
     * @param firstProjectedYear the year after the latest observation
     * @return the scenario
     */
    public Scenario scenario(int firstProjectedYear) {
        Scenario s = source.scenario();
        for (Map.Entry<Assumption, Double> e : overrides.entrySet()) {
            s = e.getKey().apply(s, firstProjectedYear, e.getValue());
        }
        return s;
    }

    private static void check(Assumption a, Double v) {
        Objects.requireNonNull(a, "assumption");
        if (v == null || !Double.isFinite(v)) {
            throw ModelException.of("%s = %s must be a finite number", a.key(), v);
        }
        boolean ok =
                switch (a) {
                    case DIGITAL_GROWTH, OTHER_GROWTH -> v > -1 && v <= 10;
                    case DIGITAL_VOLATILITY, OTHER_VOLATILITY -> v >= 0 && v <= 2;
                    case CORRELATION -> v >= -1 && v <= 1;
                    case VARIANCE_SCALE -> v > 0 && v <= 1e4;
                };
        if (!ok) {
            throw ModelException.of(
                    "%s = %s is outside its range (growth above -1, volatility 0 to 2, correlation -1 to 1, variance scale above 0)",
                    a.key(), v);
        }
    }
}
