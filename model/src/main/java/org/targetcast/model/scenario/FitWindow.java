package org.targetcast.model.scenario;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Intervention;

/**
 * The years a trend is fitted on: {@code from} to {@code to} (each optional), without the excluded years.
 *
 * @param from first year, or {@code null} for the start of the data
 * @param to last year, or {@code null} for the end of the data
 * @param excluded years left out of the fit (for example the pandemic years 2020–2022)
 * @param shocks years kept in the fit but modelled as interventions (additive outlier: that year only;
 *     level shift: that year on), for the families that take them
 */
public record FitWindow(Integer from, Integer to, SortedSet<Integer> excluded, List<Intervention> shocks) {
    /** Checks that {@code from <= to}, that no year is both excluded and a shock, and copies. */
    public FitWindow {
        if (from != null && to != null && from > to) {
            throw ModelException.of("fit window: from = %d is after to = %d", from, to);
        }
        excluded = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(excluded));
        shocks = List.copyOf(shocks);
        for (Intervention i : shocks) {
            if (excluded.contains(i.year())) {
                throw ModelException.of("fit window: %d is both excluded and a shock; choose one", i.year());
            }
        }
    }

    /**
     * A window without shocks.
     *
     * @param from first year, or null
     * @param to last year, or null
     * @param excluded years left out
     */
    public FitWindow(Integer from, Integer to, SortedSet<Integer> excluded) {
        this(from, to, excluded, List.of());
    }

    /**
     * @param interventions shocks modelled as interventions
     * @return a copy with those shocks
     */
    public FitWindow withShocks(List<Intervention> interventions) {
        return new FitWindow(from, to, excluded, interventions);
    }

    /**
     * @param series the series the window is applied to
     * @return the shocks that fall inside the windowed data (others have no data to act on)
     */
    public List<Intervention> shocksWithin(AnnualSeries series) {
        AnnualSeries w = apply(series);
        return shocks.stream()
                .filter(i -> !w.isEmpty() && i.year() >= w.firstYear() && i.year() <= w.lastYear())
                .toList();
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
