package org.targetcast.api;

import java.util.List;
import java.util.Objects;

/**
 * One year of a scenario's trajectory: observed years with their data flags and sources, then projected years
 * with the quantiles of the simulated share. The row of {@code trajectories.csv}.
 *
 * <pre>{@code
 * for (TrajectoryRow r : result.trajectories()) {
 *     if (r.projected() && r.year() == 2029) {
 *         System.out.printf("%s 2029: central %.3f, 80 %% band %.3f-%.3f%n", r.scenario(), r.share(),
 *                 r.quantile(0.10), r.quantile(0.90));
 *     }
 * }
 * }</pre>
 *
 * @param scenario the scenario's name
 * @param year the year
 * @param kind {@code observed}, {@code estimated} (an observed year the history estimates) or {@code projected}
 * @param digital digitally deliverable services trade (central path in projected years)
 * @param other other services trade
 * @param total their sum
 * @param share digital over total
 * @param flags the data flags of an observed value, lower case ({@code filled}, {@code estimate}...)
 * @param sources the source ids of an observed value, digital then total ({@code S14 / S25}); empty if projected
 * @param quantiles the share's quantiles at {@link #levels()} in a projected, simulated year; NaN otherwise
 */
public record TrajectoryRow(
        String scenario,
        int year,
        String kind,
        double digital,
        double other,
        double total,
        double share,
        List<String> flags,
        String sources,
        double[] quantiles) {
    /** Copies the lists and arrays. */
    public TrajectoryRow {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sources, "sources");
        flags = List.copyOf(flags);
        quantiles = quantiles.clone();
    }

    /** @return the quantile levels of {@link #quantiles()}: 0.05, 0.10, ..., 0.95 */
    public static double[] levels() {
        return org.targetcast.model.simulation.QuantileLevels.levels();
    }

    /** @return whether the year is projected */
    public boolean projected() {
        return kind.equals("projected");
    }

    /** @return the quantiles, a copy */
    @Override
    public double[] quantiles() {
        return quantiles.clone();
    }

    /**
     * @param level one of {@link #levels()}
     * @return the share's quantile at that level, NaN in observed or deterministic years
     * @throws IllegalArgumentException for a level not among {@link #levels()}
     */
    public double quantile(double level) {
        double[] l = levels();
        for (int j = 0; j < l.length; j++) {
            if (Math.abs(l[j] - level) < 1e-9) {
                return quantiles[j];
            }
        }
        throw new IllegalArgumentException(
                "no quantile at level " + level + "; levels are " + java.util.Arrays.toString(l));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrajectoryRow r
                && scenario.equals(r.scenario)
                && year == r.year
                && kind.equals(r.kind)
                && Double.compare(digital, r.digital) == 0
                && Double.compare(other, r.other) == 0
                && Double.compare(total, r.total) == 0
                && Double.compare(share, r.share) == 0
                && flags.equals(r.flags)
                && sources.equals(r.sources)
                && java.util.Arrays.equals(quantiles, r.quantiles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                scenario,
                year,
                kind,
                digital,
                other,
                total,
                share,
                flags,
                sources,
                java.util.Arrays.hashCode(quantiles));
    }

    @Override
    public String toString() {
        return "TrajectoryRow[" + scenario + ", " + year + ", " + kind + ", share=" + share + "]";
    }
}
