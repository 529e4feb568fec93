package org.targetcast.model.scenario;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/**
 * The years a trend is fitted on: {@code from} to {@code to} (each optional), without the excluded years.
 *
 * @param from first year, or {@code null} for the start of the data
 * @param to last year, or {@code null} for the end of the data
 * @param excluded years left out of the fit (for example the pandemic years 2020–2022)
 */
public record FitWindow(Integer from, Integer to, SortedSet<Integer> excluded) {
    /** Checks that {@code from <= to} and copies the excluded years. */
    public FitWindow {
        if (from != null && to != null && from > to) {
            throw ModelException.of("fit window: from = %d is after to = %d", from, to);
        }
        excluded = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(excluded));
    }

    /** @return the window over all the data with no exclusion */
    public static FitWindow all() {
        return new FitWindow(null, null, new TreeSet<>());
    }

    /**
     * @param excludedYears years to leave out
     * @return the window over all the data without those years
     */
    public static FitWindow excluding(Set<Integer> excludedYears) {
        return new FitWindow(null, null, new TreeSet<>(excludedYears));
    }

    /**
     * @param series a full series
     * @return the part of it this window keeps
     */
    public AnnualSeries apply(AnnualSeries series) {
        int lo = from == null ? Integer.MIN_VALUE : from;
        int hi = to == null ? Integer.MAX_VALUE : to;
        return series.window(lo, hi).without(excluded);
    }
}
