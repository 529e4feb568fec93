package org.targetcast.api;

import java.util.Objects;

/**
 * One target and scenario of a comparison: the row of {@code compare.csv}.
 *
 * <pre>{@code
 * tc.compare(base, push).rows().forEach(r ->
 *         System.out.printf("%s %s: %+.1f points%n", r.target(), r.scenario(), 100 * r.differenceFromReference()));
 * }</pre>
 *
 * @param target the target's label
 * @param scenario the scenario's name
 * @param projected the central projection's value
 * @param probability P(met), NaN without simulation
 * @param differenceFromReference the probability minus the reference scenario's (the first with this target)
 */
public record ComparisonRow(
        String target, String scenario, double projected, double probability, double differenceFromReference) {
    /** Checks for nulls. */
    public ComparisonRow {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(scenario, "scenario");
    }
}
