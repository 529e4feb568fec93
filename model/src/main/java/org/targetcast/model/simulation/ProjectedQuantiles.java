package org.targetcast.model.simulation;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The fine quantiles ({@link GridQuantiles}) of the three quantities a forecast table shows, every projected
 * year: the share, and the levels of digitally deliverable and of other services trade in the data's unit.
 * All three come from the same projection and method as the outlook's probabilities: the closed form where
 * it exists, the simulated paths otherwise, the mixture of the families' distributions for a model average.
 * The share's are read with the share's shocks; where the bands are calibrated, the components' are read
 * with the scenario's own model's shocks without the calibration, as a digital growth target is judged (the
 * calibration was fitted on errors of the share, and gives its extra variance to other services trade).
 *
 * <p>Each quantity is computed when it is first asked for, once (the explorer recomputes an outlook on every
 * move of a slider and never reads them); immutable and thread-safe otherwise.
 */
public final class ProjectedQuantiles {
    private final Once share;
    private final Once digital;
    private final Once other;

    private ProjectedQuantiles(
            Supplier<GridQuantiles> share, Supplier<GridQuantiles> digital, Supplier<GridQuantiles> other) {
        this.share = new Once(Objects.requireNonNull(share, "share"));
        this.digital = new Once(Objects.requireNonNull(digital, "digital"));
        this.other = new Once(Objects.requireNonNull(other, "other"));
    }

    /**
     * @param share computes the share's quantiles (a fraction)
     * @param digital computes the quantiles of digitally deliverable services trade
     * @param other computes the quantiles of other services trade
     * @return the quantities, each computed when first asked for
     */
    public static ProjectedQuantiles of(
            Supplier<GridQuantiles> share, Supplier<GridQuantiles> digital, Supplier<GridQuantiles> other) {
        return new ProjectedQuantiles(share, digital, other);
    }

    /** @return the share of digitally deliverable services in total services trade (a fraction) */
    public GridQuantiles share() {
        return share.get();
    }

    /** @return the level of digitally deliverable services trade */
    public GridQuantiles digital() {
        return digital.get();
    }

    /** @return the level of other services trade */
    public GridQuantiles other() {
        return other.get();
    }

    /**
     * The mixture of several families' quantiles, component by component ({@link GridQuantiles#mixture}).
     * The share's quantiles are given, read by the caller from the mixed mass of the share as the outlook's
     * other share quantiles are.
     *
     * @param share computes the mixture's share quantiles
     * @param parts the families' quantiles, in the order of the weights
     * @param weights the families' weights
     * @return the mixture's quantiles
     */
    public static ProjectedQuantiles mixture(
            Supplier<GridQuantiles> share, List<ProjectedQuantiles> parts, double[] weights) {
        List<ProjectedQuantiles> p = List.copyOf(parts);
        double[] w = weights.clone();
        return of(
                share,
                () -> GridQuantiles.mixture(
                        p.stream().map(ProjectedQuantiles::digital).toList(), w),
                () -> GridQuantiles.mixture(
                        p.stream().map(ProjectedQuantiles::other).toList(), w));
    }

    /**
     * @param firstYear the first projected year
     * @param start the level in the latest observed year
     * @param logGrowth quantiles of the log growth since the latest observed year, by year then grid level
     * @return the quantiles of the level, {@code start · exp(q)}
     */
    static GridQuantiles levels(int firstYear, double start, double[][] logGrowth) {
        double[][] v = new double[logGrowth.length][];
        for (int k = 0; k < v.length; k++) {
            v[k] = new double[logGrowth[k].length];
            for (int i = 0; i < v[k].length; i++) {
                v[k][i] = start * Math.exp(logGrowth[k][i]);
            }
        }
        return new GridQuantiles(firstYear, v);
    }

    /** A value computed by its supplier on the first call, once, then kept. */
    private static final class Once {
        private Supplier<GridQuantiles> supplier;
        private GridQuantiles value;

        Once(Supplier<GridQuantiles> supplier) {
            this.supplier = supplier;
        }

        synchronized GridQuantiles get() {
            if (value == null) {
                value = Objects.requireNonNull(supplier.get(), "projected quantiles");
                supplier = null;
            }
            return value;
        }
    }
}
