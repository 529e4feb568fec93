package org.targetcast.api;

import java.util.Objects;

/**
 * The digital growth a share target needs, beside what the scenario assumes: a row of {@code targetcast solve}.
 *
 * <pre>{@code
 * for (Requirement r : tc.solve(List.of(base), 0.8)) {
 *     System.out.printf("%s: needs %.1f%% a year (%.1f%% for P = 80%%), assumes %.1f%%%n", r.target(),
 *             100 * r.requiredGrowth(), 100 * r.growthForProbability(), 100 * r.scenarioGrowth());
 * }
 * }</pre>
 *
 * @param scenario the scenario's name
 * @param target the target as solve names it, e.g. {@code share ≥ 45% in 2029}
 * @param fromYear the latest observed year, where the constant growth starts
 * @param requiredGrowth the constant yearly digital growth that meets the target on the scenario's path for other
 * @param scenarioGrowth the average yearly digital growth the scenario projects over the same years
 * @param otherGrowth the average yearly growth of other trade the scenario projects
 * @param growthForProbability the constant digital growth at which the target is met with the asked probability;
 *     NaN if none was asked or none in −50 % to +100 % does
 */
public record Requirement(
        String scenario,
        String target,
        int fromYear,
        double requiredGrowth,
        double scenarioGrowth,
        double otherGrowth,
        double growthForProbability) {
    /** Checks for nulls. */
    public Requirement {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(target, "target");
    }
}
