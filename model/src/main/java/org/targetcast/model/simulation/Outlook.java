package org.targetcast.model.simulation;

import java.util.List;
import java.util.Objects;

/**
 * The uncertainty around one scenario: the shock model used, the share's quantiles per projected year
 * and each target's probability. Immutable.
 *
 * @param shocks the shock model (estimated and overridden as the scenario says)
 * @param notes how the shock model was obtained (fallbacks)
 * @param firstYear the first projected year
 * @param quantileMethod where the quantiles come from
 * @param quantiles the share's quantiles at {@link QuantileLevels}, [year index][level index]
 * @param targets one per scenario target, in order
 * @param paths number of simulated paths
 * @param seed the seed of the random streams
 * @param shareMass per projected year, the share's probability mass in each {@link ShareGrid} bin (from
 *     the same method as the quantiles)
 * @param projected the fine quantiles of the share and of both components' levels per projected year (from
 *     the same method as the quantiles): what a forecast table reads its ranges from
 */
public record Outlook(
        ShockModel shocks,
        List<String> notes,
        int firstYear,
        ProbabilityMethod quantileMethod,
        double[][] quantiles,
        List<TargetOutlook> targets,
        long paths,
        long seed,
        double[][] shareMass,
        ProjectedQuantiles projected) {
    /** Copies the arrays and lists. */
    public Outlook {
        Objects.requireNonNull(shocks, "shocks");
        notes = List.copyOf(notes);
        double[][] q = new double[quantiles.length][];
        for (int i = 0; i < q.length; i++) {
            q[i] = quantiles[i].clone();
        }
        quantiles = q;
        targets = List.copyOf(targets);
        double[][] m = new double[shareMass.length][];
        for (int i = 0; i < m.length; i++) {
            m[i] = shareMass[i].clone();
        }
        shareMass = m;
        Objects.requireNonNull(projected, "projected");
    }

    /**
     * @param year a projected year
     * @return the share's probability mass per {@link ShareGrid} bin in that year (a copy)
     */
    public double[] shareMass(int year) {
        return shareMass[year - firstYear].clone();
    }

    /**
     * @param year a projected year
     * @param levelIndex index into {@link QuantileLevels#levels()}
     * @return the share's quantile
     */
    public double quantile(int year, int levelIndex) {
        return quantiles[year - firstYear][levelIndex];
    }
}
