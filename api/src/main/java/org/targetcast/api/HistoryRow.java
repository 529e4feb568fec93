package org.targetcast.api;

import java.util.List;
import java.util.Objects;

/**
 * One observed year of a history: both components, the share, the flags of values filled or estimated, and
 * the sources; what {@code targetcast data} shows.
 *
 * <pre>{@code
 * tc.history("china").rows().stream().filter(r -> !r.flags().isEmpty())
 *         .forEach(r -> System.out.println(r.year() + " " + r.flags() + " from " + r.sources()));
 * }</pre>
 *
 * @param year the year
 * @param digital digitally deliverable services trade
 * @param other other services trade
 * @param total total services trade
 * @param share digital over total
 * @param flags the value flags, lower case ({@code filled}, {@code estimate}...)
 * @param sources the source ids of the digital and total values, {@code S14 / S25}
 */
public record HistoryRow(
        int year, double digital, double other, double total, double share, List<String> flags, String sources) {
    /** Copies the flags. */
    public HistoryRow {
        flags = List.copyOf(flags);
        Objects.requireNonNull(sources, "sources");
    }
}
