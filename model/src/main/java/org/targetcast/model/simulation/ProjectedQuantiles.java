package org.targetcast.model.simulation;

import java.util.List;
import java.util.Objects;

/**
 * The fine quantiles ({@link GridQuantiles}) of the three quantities a forecast table shows, every projected
 * year: the share, and the levels of digitally deliverable and of other services trade in the data's unit.
 * All three come from the same projection and method as the outlook's probabilities: the closed form where
 * it exists, the simulated paths otherwise, the mixture of the families' distributions for a model average.
 * The share's are read with the share's shocks; where the bands are calibrated, the components' are read
 * with the scenario's own model's shocks without the calibration, as a digital growth target is judged (the
 * calibration was fitted on errors of the share, and gives its extra variance to other services trade).
 *
 * @param share the share of digitally deliverable services in total services trade (a fraction)
 * @param digital the level of digitally deliverable services trade
 * @param other the level of other services trade
 */
public record ProjectedQuantiles(GridQuantiles share, GridQuantiles digital, GridQuantiles other) {
    /** Checks that all three are given and cover the same years. */
    public ProjectedQuantiles {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(digital, "digital");
        Objects.requireNonNull(other, "other");
        if (share.firstYear() != digital.firstYear()
                || share.firstYear() != other.firstYear()
                || share.lastYear() != digital.lastYear()
                || share.lastYear() != other.lastYear()) {
            throw new IllegalArgumentException(
                    "projected quantiles: the share and the components cover different years");
        }
    }

    /**
     * The mixture of several families' quantiles, component by component ({@link GridQuantiles#mixture}).
     * The share's quantiles are given, read by the caller from the mixed mass of the share as the outlook's
     * other share quantiles are.
     *
     * @param share the mixture's share quantiles
     * @param parts the families' quantiles, in the order of the weights
     * @param weights the families' weights
     * @return the mixture's quantiles
     */
    public static ProjectedQuantiles mixture(GridQuantiles share, List<ProjectedQuantiles> parts, double[] weights) {
        return new ProjectedQuantiles(
                share,
                GridQuantiles.mixture(
                        parts.stream().map(ProjectedQuantiles::digital).toList(), weights),
                GridQuantiles.mixture(
                        parts.stream().map(ProjectedQuantiles::other).toList(), weights));
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
}
