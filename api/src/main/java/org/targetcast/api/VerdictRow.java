package org.targetcast.api;

import java.util.Objects;

/**
 * One scenario and target of a run, flat: the row of the verdict table and of {@code summary.csv}.
 *
 * <pre>{@code
 * result.verdicts().stream()
 *         .filter(v -> v.kind().equals("share_in_year"))
 *         .forEach(v -> System.out.printf("%s %s: %.1f%%%n", v.scenario(), v.target(), 100 * v.probability()));
 * }</pre>
 *
 * @param scenario the scenario's name
 * @param target the target's label
 * @param kind {@code share_in_year}, {@code share_reached_by} or {@code digital_growth}
 * @param year the target year (the last year of a growth target)
 * @param threshold the share to reach, or the growth to keep
 * @param projected the central projection's value
 * @param gapPoints projected minus threshold, in percentage points
 * @param met whether the central projection meets the target
 * @param firstYearReached first year the central path reaches a share target; null if not by the horizon or
 *     for growth targets
 * @param requiredGrowth constant digital growth from the latest observed year that meets a share target; NaN
 *     for growth targets
 * @param probability P(met), NaN without simulation: {@link TargetResult#probability()}
 * @param standardError its standard error
 * @param method {@code analytic} or {@code montecarlo}; empty without simulation
 * @param reachedBy P(reached in any year up to the target year): {@link TargetResult#reachedBy()}
 * @param lowest lowest probability across trend families: {@link TargetResult#lowest()}
 * @param highest highest probability across trend families: {@link TargetResult#highest()}
 * @param medianFirstYear simulated median first year reached; null if fewer than half the paths reach it
 */
public record VerdictRow(
        String scenario,
        String target,
        String kind,
        int year,
        double threshold,
        double projected,
        double gapPoints,
        boolean met,
        Integer firstYearReached,
        double requiredGrowth,
        double probability,
        double standardError,
        String method,
        double reachedBy,
        double lowest,
        double highest,
        Integer medianFirstYear) {
    /** Checks for nulls. */
    public VerdictRow {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
    }
}
