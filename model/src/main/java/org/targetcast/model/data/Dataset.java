package org.targetcast.model.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An immutable collection of observations, in the order given (file order), with the queries the
 * history builder needs. Several sources may give a figure for the same economy, year, series, flow,
 * measure and unit; they are all kept, and a query chooses one of them by {@link #PREFERENCE}.
 */
public final class Dataset {
    /**
     * The order in which duplicates are preferred, best first: better quality grade; then an exact
     * figure before a rounded one; then a figure before a lower bound; then the earlier in file order
     * (the comparator is consistent with a stable sort, so ties keep their order).
     */
    public static final Comparator<Observation> PREFERENCE = Comparator.comparing(Observation::quality)
            .thenComparing(Observation::isRounded)
            .thenComparing(Observation::isLowerBound);

    private final List<Observation> observations;
    /** The observations of each economy, in file order: a query reads its economy's, not every one. */
    private final Map<String, List<Observation>> byEconomy;
    /** {@link #economiesWith} per series, computed on first use. */
    private final Map<String, SortedSet<String>> economiesWith = new ConcurrentHashMap<>();

    private Dataset(List<Observation> observations) {
        this.observations = observations;
        Map<String, List<Observation>> index = new HashMap<>();
        for (Observation o : observations) {
            index.computeIfAbsent(o.economy(), e -> new ArrayList<>()).add(o);
        }
        this.byEconomy = index;
    }

    /**
     * @param observations the observations, in file order
     * @return the dataset (a copy; later changes to the argument are not seen)
     */
    public static Dataset of(Collection<Observation> observations) {
        return new Dataset(List.copyOf(observations));
    }

    /** @return every observation, in the order given */
    public List<Observation> observations() {
        return observations;
    }

    /** @return the number of observations */
    public int size() {
        return observations.size();
    }

    /** @return the economies, sorted */
    public SortedSet<String> economies() {
        return observations.stream().map(Observation::economy).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * @param series a series name, e.g. {@code digitally_deliverable_unctad}
     * @return the economies with at least one observation of that series, sorted
     */
    public SortedSet<String> economiesWith(String series) {
        return economiesWith.computeIfAbsent(
                series,
                s -> Collections.unmodifiableSortedSet(observations.stream()
                        .filter(o -> o.series().equals(s))
                        .map(Observation::economy)
                        .collect(Collectors.toCollection(TreeSet::new))));
    }

    /** @return the series names, sorted */
    public SortedSet<String> seriesNames() {
        return observations.stream().map(Observation::series).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * @param filter which observations to keep
     * @return the observations that pass, in the order given
     */
    public List<Observation> select(Predicate<Observation> filter) {
        return observations.stream().filter(filter).toList();
    }

    /**
     * The chosen figure per year for one measure of one series: among duplicates, the first by
     * {@link #PREFERENCE}.
     *
     * @param economy economy, e.g. {@code China}
     * @param series series name
     * @param flow {@code total}, {@code exports} or {@code imports}
     * @param measure {@code level} or a share measure such as {@code share_of_trade}
     * @param unit unit, e.g. {@code USD_100m}
     * @return year → chosen observation, sorted by year; empty if there is none
     */
    public SortedMap<Integer, Observation> chosen(
            String economy, String series, String flow, String measure, String unit) {
        TreeMap<Integer, Observation> out = new TreeMap<>();
        for (Observation o : byEconomy.getOrDefault(economy, List.of())) {
            if (o.series().equals(series)
                    && o.flow().equals(flow)
                    && o.measure().equals(measure)
                    && o.unit().equals(unit)) {
                out.merge(o.year(), o, (a, b) -> PREFERENCE.compare(b, a) < 0 ? b : a);
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * The chosen level per year, as {@link #chosen} with {@code measure = level}.
     *
     * @param economy economy
     * @param series series name
     * @param flow flow
     * @param unit unit of the levels
     * @return year → chosen observation, sorted by year
     */
    public SortedMap<Integer, Observation> levels(String economy, String series, String flow, String unit) {
        return chosen(economy, series, flow, Observation.LEVEL, unit);
    }

    /**
     * The chosen published share per year, in percent. The flow is the numerator's, by the data
     * convention: {@code exports} for a measure ending in {@code exports} (e.g. {@code share_of_exports}),
     * {@code total} otherwise.
     *
     * @param economy economy
     * @param series the numerator series
     * @param measure the share measure, e.g. {@code share_of_trade}
     * @return year → chosen observation, sorted by year
     */
    public SortedMap<Integer, Observation> shares(String economy, String series, String measure) {
        String flow = measure.endsWith("exports") ? "exports" : "total";
        return chosen(economy, series, flow, measure, "percent");
    }
}
