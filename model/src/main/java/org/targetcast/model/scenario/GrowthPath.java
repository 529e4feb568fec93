package org.targetcast.model.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.targetcast.model.ModelException;

/**
 * Explicit yearly growth rates for a component, by year: {@code 0.09} means the level grows 9 % over the
 * previous year. Years without a rate follow the fitted trend.
 *
 * @param rates growth rate by year; each rate must be finite and above −1
 */
public record GrowthPath(SortedMap<Integer, Double> rates) {
    private static final GrowthPath NONE = new GrowthPath(new TreeMap<>());

    /** Validates every rate and makes the map unmodifiable. */
    public GrowthPath {
        for (Map.Entry<Integer, Double> e : rates.entrySet()) {
            double g = e.getValue();
            if (!Double.isFinite(g) || g <= -1) {
                throw ModelException.of("growth for %d = %s must be above -1 (a fall of 100 %%)", e.getKey(), g);
            }
        }
        rates = Collections.unmodifiableSortedMap(new TreeMap<>(rates));
    }

    /** @return the path with no explicit rates */
    public static GrowthPath none() {
        return NONE;
    }

    /**
     * @param from first year, inclusive
     * @param to last year, inclusive
     * @param rate growth rate in every year of the range
     * @return a path with one rate over a range of years
     */
    public static GrowthPath constant(int from, int to, double rate) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (int y = from; y <= to; y++) {
            m.put(y, rate);
        }
        return new GrowthPath(m);
    }

    /**
     * @param year a year
     * @return the explicit rate for that year, if any
     */
    public OptionalDouble rate(int year) {
        Double g = rates.get(year);
        return g == null ? OptionalDouble.empty() : OptionalDouble.of(g);
    }

    /** @return whether no year has an explicit rate */
    public boolean isEmpty() {
        return rates.isEmpty();
    }
}
