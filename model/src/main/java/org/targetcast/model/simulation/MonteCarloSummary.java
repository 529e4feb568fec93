package org.targetcast.model.simulation;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * What the simulated paths say: the share's quantiles per projected year, and per target the estimated
 * probability with its Monte Carlo standard error {@code sqrt(p(1−p)/N)} and, for share targets, the
 * distribution of the first year the share is at or above the target. Immutable.
 */
public final class MonteCarloSummary {
    private final int lastObservedYear;
    private final long paths;
    private final double[][] quantiles;
    private final List<Target> targets;
    private final double[] probability;
    private final double[][] firstYear;
    private final double[][] shareMass;
    /** Per quantity (share, digital's log growth, other's log growth), quantiles by year then grid level. */
    private final double[][][] grid;

    private MonteCarloSummary(
            int lastObservedYear,
            long paths,
            double[][] quantiles,
            List<Target> targets,
            double[] probability,
            double[][] firstYear,
            double[][] shareMass,
            double[][][] grid) {
        this.lastObservedYear = lastObservedYear;
        this.paths = paths;
        this.quantiles = quantiles;
        this.targets = targets;
        this.probability = probability;
        this.firstYear = firstYear;
        this.shareMass = shareMass;
        this.grid = grid;
    }

    static MonteCarloSummary of(SimulationPlan plan, PathAccumulator acc) {
        double[] levels = QuantileLevels.levels();
        double[][] q = new double[plan.years()][levels.length];
        for (int k = 0; k < plan.years(); k++) {
            for (int j = 0; j < levels.length; j++) {
                q[k][j] = 1 / (1 + Math.exp(-acc.logRatioQuantile(k, levels[j])));
            }
        }
        List<Target> targets = new ArrayList<>(plan.targets());
        double[] p = new double[targets.size()];
        double[][] first = new double[targets.size()][];
        double n = acc.paths;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (t instanceof ShareTarget st) {
                first[i] = new double[plan.years() + 2];
                for (int k = 0; k < first[i].length; k++) {
                    first[i][k] = acc.firstYear[i][k] / n;
                }
                if (st.reachedBy()) {
                    long hits = 0;
                    for (int k = 0; k <= st.year() - plan.lastObservedYear(); k++) {
                        hits += acc.firstYear[i][k];
                    }
                    p[i] = hits / n;
                } else {
                    p[i] = acc.inYear[i] / n;
                }
            } else {
                p[i] = acc.growthMet[i] / n;
            }
        }
        double[][] mass = new double[plan.years()][ShareGrid.BINS];
        for (int k = 0; k < plan.years(); k++) {
            for (int b = 0; b < PathAccumulator.BINS; b++) {
                if (acc.histogram[k][b] > 0) {
                    double centre = PathAccumulator.LOW + (b + 0.5) * PathAccumulator.WIDTH;
                    mass[k][ShareGrid.bin(1 / (1 + Math.exp(-centre)))] += acc.histogram[k][b] / n;
                }
            }
        }
        double[] fine = GridQuantiles.levels();
        double[][][] grid = new double[3][plan.years()][];
        for (int k = 0; k < plan.years(); k++) {
            double[] l = acc.quantiles(acc.histogram[k], fine);
            for (int j = 0; j < l.length; j++) {
                l[j] = 1 / (1 + Math.exp(-l[j]));
            }
            grid[0][k] = l;
            boolean components = acc.digitalHistogram[k].length > 0;
            grid[1][k] = components ? acc.quantiles(acc.digitalHistogram[k], fine) : null;
            grid[2][k] = components ? acc.quantiles(acc.otherHistogram[k], fine) : null;
        }
        return new MonteCarloSummary(plan.lastObservedYear(), acc.paths, q, List.copyOf(targets), p, first, mass, grid);
    }

    /** @return the share's fine quantiles, from the histogram of L */
    public GridQuantiles shareGrid() {
        return new GridQuantiles(lastObservedYear + 1, grid[0]);
    }

    /**
     * The fine quantiles of the share and of both components' levels, from the paths' histograms (of L and
     * of each component's log growth since the latest observed year, on the same bins).
     *
     * @param digitalStart digital's level in the latest observed year
     * @param otherStart other's level in the latest observed year
     * @return the quantiles at {@link GridQuantiles#levels()}
     * @throws IllegalStateException if the run did not histogram the components ({@link
     *     MonteCarlo#withComponents})
     */
    public ProjectedQuantiles projectedQuantiles(double digitalStart, double otherStart) {
        int first = lastObservedYear + 1;
        if (grid[1].length > 0 && grid[1][0] == null) {
            throw new IllegalStateException(
                    "the components were not histogrammed: simulate with MonteCarlo.withComponents(true)");
        }
        GridQuantiles share = shareGrid();
        GridQuantiles digital = ProjectedQuantiles.levels(first, digitalStart, grid[1]);
        GridQuantiles other = ProjectedQuantiles.levels(first, otherStart, grid[2]);
        return ProjectedQuantiles.of(() -> share, () -> digital, () -> other);
    }

    /** @return the number of paths simulated */
    public long paths() {
        return paths;
    }

    /**
     * @return the share's quantiles at {@link QuantileLevels}, [year index][level index] (a copy)
     */
    public double[][] shareQuantiles() {
        double[][] c = new double[quantiles.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = quantiles[i].clone();
        }
        return c;
    }

    /**
     * @param i index of a target in the plan
     * @return the estimated probability the target is met
     */
    public double probability(int i) {
        return probability[i];
    }

    /**
     * @param i index of a target in the plan
     * @return the Monte Carlo standard error of {@link #probability(int)}
     */
    public double standardError(int i) {
        return Math.sqrt(probability[i] * (1 - probability[i]) / paths);
    }

    /**
     * @param i index of a share target
     * @return fractions of paths by first year reached: [0] already in the latest observed year, [k] in
     *     year lastObserved + k, [last] never by the horizon; empty for growth targets
     */
    public double[] firstYearDistribution(int i) {
        return targets.get(i) instanceof GrowthTarget ? new double[0] : firstYear[i].clone();
    }

    /**
     * @return per projected year, the fraction of paths with the share in each {@link ShareGrid} bin (each
     *     log-ratio histogram bin assigned by its centre), a copy
     */
    public double[][] shareMass() {
        double[][] c = new double[shareMass.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = shareMass[i].clone();
        }
        return c;
    }

    /** @return the latest observed year (index 0 of the first-year distribution) */
    public int lastObservedYear() {
        return lastObservedYear;
    }
}
