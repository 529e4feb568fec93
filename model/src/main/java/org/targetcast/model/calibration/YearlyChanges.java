package org.targetcast.model.calibration;

import java.util.Arrays;
import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/**
 * One economy's yearly log changes of a component, {@code Δln X_t = ln X_t − ln X_{t−1}}, each labelled by the
 * year it ends in (the change from 2019 to 2020 is 2020's). The input of {@link JumpEstimator}.
 *
 * @param economy the economy, e.g. {@code india}
 * @param firstYear the year of the first change; the others follow year by year
 * @param values the changes, each finite (copied in and out)
 */
public record YearlyChanges(String economy, int firstYear, double[] values) {
    /** Checks the economy and that every change is finite; copies the values. */
    public YearlyChanges {
        Objects.requireNonNull(economy, "economy");
        values = values.clone();
        for (int t = 0; t < values.length; t++) {
            if (!Double.isFinite(values[t])) {
                throw ModelException.of(
                        "yearly changes of %s: the change of %d is %s; every change must be finite",
                        economy, firstYear + t, values[t]);
            }
        }
    }

    /**
     * @param economy the economy
     * @param levels a component's levels, contiguous years, every value positive
     * @return the log changes of the levels, the first labelled by the second year
     * @throws ModelException if the years have a gap or a level is not positive
     */
    public static YearlyChanges ofLevels(String economy, AnnualSeries levels) {
        if (!levels.isContiguous()) {
            throw ModelException.of("yearly changes of %s: the levels' years have a gap", economy);
        }
        int n = Math.max(levels.size() - 1, 0);
        double[] d = new double[n];
        for (int i = 0; i < levels.size(); i++) {
            if (!(levels.value(i) > 0)) {
                throw ModelException.of(
                        "yearly changes of %s: the level of %d is %s; a log change needs positive levels",
                        economy, levels.year(i), levels.value(i));
            }
        }
        for (int t = 0; t < n; t++) {
            d[t] = Math.log(levels.value(t + 1)) - Math.log(levels.value(t));
        }
        return new YearlyChanges(economy, n == 0 ? levels.firstYear() : levels.year(1), d);
    }

    /** @return the changes (a copy) */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return the number of changes */
    public int size() {
        return values.length;
    }

    /**
     * @param t an index, from 0
     * @return the change at that index
     */
    public double value(int t) {
        return values[t];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearlyChanges c
                && c.economy.equals(economy)
                && c.firstYear == firstYear
                && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(economy, firstYear, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return economy + " " + firstYear + "-" + (firstYear + values.length - 1) + " " + Arrays.toString(values);
    }
}
