package org.targetcast.model.data;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/**
 * The observed history of one economy's two components: {@code digital} (D) and {@code total} services
 * trade, from which {@code other} (O = total − D) and the share {@code s = D / total} follow. Both
 * series cover the same contiguous years.
 *
 * @param economy the economy, e.g. {@code China}
 * @param unit the unit of the levels, e.g. {@code USD_100m}
 * @param digital digitally deliverable services trade (exports + imports)
 * @param total total services trade (exports + imports)
 * @param flags per year, the flags on the digital and total values (absent year: no flag)
 * @param digitalSources per year, the source ids of the figures the digital value was built from
 *     (absent year: not recorded)
 * @param totalSources per year, the same for the total
 */
public record ComponentHistory(
        String economy,
        String unit,
        AnnualSeries digital,
        AnnualSeries total,
        Map<Integer, Set<ValueFlag>> flags,
        Map<Integer, Set<String>> digitalSources,
        Map<Integer, Set<String>> totalSources) {

    /** Checks that both series cover the same contiguous years and that 0 &lt; D &lt; total. */
    public ComponentHistory {
        Objects.requireNonNull(economy, "economy");
        Objects.requireNonNull(unit, "unit");
        if (digital.isEmpty() || !digital.isContiguous()) {
            throw ModelException.of("history of %s: digital series must be non-empty and have no gaps", economy);
        }
        if (digital.size() != total.size() || digital.firstYear() != total.firstYear() || !total.isContiguous()) {
            throw ModelException.of(
                    "history of %s: digital covers %d-%d but total covers %s",
                    economy,
                    digital.firstYear(),
                    digital.lastYear(),
                    total.isEmpty() ? "nothing" : total.firstYear() + "-" + total.lastYear());
        }
        for (int i = 0; i < digital.size(); i++) {
            if (!(digital.value(i) > 0 && digital.value(i) < total.value(i))) {
                throw ModelException.of(
                        "history of %s, %d: digital %.1f must be positive and below total %.1f",
                        economy, digital.year(i), digital.value(i), total.value(i));
            }
        }
        TreeMap<Integer, Set<ValueFlag>> copy = new TreeMap<>();
        flags.forEach((y, f) -> copy.put(
                y, Collections.unmodifiableSet(f.isEmpty() ? EnumSet.noneOf(ValueFlag.class) : EnumSet.copyOf(f))));
        flags = Collections.unmodifiableMap(copy);
        digitalSources = sourcesCopy(digitalSources);
        totalSources = sourcesCopy(totalSources);
    }

    /**
     * A history without recorded sources.
     *
     * @param economy the economy
     * @param unit the unit of the levels
     * @param digital digital services trade
     * @param total total services trade
     * @param flags flags per year
     */
    public ComponentHistory(
            String economy, String unit, AnnualSeries digital, AnnualSeries total, Map<Integer, Set<ValueFlag>> flags) {
        this(economy, unit, digital, total, flags, Map.of(), Map.of());
    }

    private static Map<Integer, Set<String>> sourcesCopy(Map<Integer, Set<String>> m) {
        TreeMap<Integer, Set<String>> copy = new TreeMap<>();
        m.forEach((y, s) -> copy.put(y, Collections.unmodifiableSet(new java.util.TreeSet<>(s))));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * @param year a year of the history
     * @return the source ids behind that year's digital and total values, e.g. {@code S14 / S25}; empty if
     *     not recorded
     */
    public String sourcesOf(int year) {
        Set<String> d = digitalSources.getOrDefault(year, Set.of());
        Set<String> t = totalSources.getOrDefault(year, Set.of());
        if (d.isEmpty() && t.isEmpty()) {
            return "";
        }
        return String.join(" ", d) + " / " + String.join(" ", t);
    }

    /** @return the first year of the history */
    public int firstYear() {
        return digital.firstYear();
    }

    /** @return the last observed year */
    public int lastYear() {
        return digital.lastYear();
    }

    /** @return other services trade, total − digital */
    public AnnualSeries other() {
        double[] o = new double[digital.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = total.value(i) - digital.value(i);
        }
        return AnnualSeries.of(economy + ".other", digital.years(), o);
    }

    /** @return the share of digital in total, a fraction in (0, 1) */
    public AnnualSeries share() {
        double[] s = new double[digital.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = digital.value(i) / total.value(i);
        }
        return AnnualSeries.of(economy + ".share", digital.years(), s);
    }

    /**
     * The history as it was known in a year: the observations up to and including {@code year}, with their
     * flags. Used by backtests, so that a forecast from an origin sees no later data.
     *
     * @param year the last year kept, from the first year of the history on
     * @return this history cut after {@code year} (this history itself if it ends by then)
     * @throws ModelException if {@code year} is before the first year
     */
    public ComponentHistory upTo(int year) {
        if (year < firstYear()) {
            throw ModelException.of("history of %s starts in %d; cannot cut it after %d", economy, firstYear(), year);
        }
        if (year >= lastYear()) {
            return this;
        }
        return new ComponentHistory(
                economy,
                unit,
                digital.window(firstYear(), year),
                total.window(firstYear(), year),
                new TreeMap<>(flags).headMap(year + 1),
                new TreeMap<>(digitalSources).headMap(year + 1),
                new TreeMap<>(totalSources).headMap(year + 1));
    }

    /**
     * @param year a year of the history
     * @return its flags, empty if none
     */
    public Set<ValueFlag> flagsOf(int year) {
        return flags.getOrDefault(year, Set.of());
    }

    /**
     * @param year a year of the history
     * @return whether its digital or total value is an estimate (a flag with {@link ValueFlag#estimated()}),
     *     not a published level
     */
    public boolean isEstimated(int year) {
        return flagsOf(year).stream().anyMatch(ValueFlag::estimated);
    }

    /** @return the estimated years, ascending (see {@link #isEstimated}) */
    public java.util.SortedSet<Integer> estimatedYears() {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        flags.keySet().stream().filter(this::isEstimated).forEach(out::add);
        return Collections.unmodifiableSortedSet(out);
    }
}
