package org.targetcast.app.explore;

import java.util.List;
import java.util.Objects;
import org.targetcast.model.assessment.Provenance;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.simulation.QuantileLevels;
import org.targetcast.model.target.Target;

/**
 * What the explorer draws for one state: the projection, the share's quantiles in every projected year and
 * one row per target. Immutable.
 *
 * @param state the state computed
 * @param projection the deterministic projection of the state's scenario
 * @param fitted the assumptions' values in the scenario as loaded (the sliders' reset positions)
 * @param firstYear the first projected year
 * @param quantiles the share's quantiles at {@link QuantileLevels}, [year index][level index]
 * @param rows one per target, in the scenario's order
 * @param provenance how to re-run it: version, data and scenario files with their hashes, and the paths (0 where
 *     everything is exact, from the closed form) and seed
 */
public record ExplorerResult(
        ExplorerState state,
        Projection projection,
        Fitted fitted,
        int firstYear,
        double[][] quantiles,
        List<Row> rows,
        Provenance provenance) {

    /**
     * One target's verdict.
     *
     * @param target the target
     * @param projected the central projection (share in the target year, or the lowest digital growth)
     * @param gapPoints projected minus target, in percentage points
     * @param probability the probability that the target is met
     * @param standardError 0 where exact, else the Monte Carlo standard error
     */
    public record Row(Target target, double projected, double gapPoints, double probability, double standardError) {
        /** Checks the target. */
        public Row {
            Objects.requireNonNull(target, "target");
        }

        /** @return whether the probability is exact (closed form) */
        public boolean exact() {
            return standardError == 0;
        }
    }

    /** Copies the arrays and the rows. */
    public ExplorerResult {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(fitted, "fitted");
        Objects.requireNonNull(provenance, "provenance");
        double[][] q = new double[quantiles.length][];
        for (int i = 0; i < q.length; i++) {
            q[i] = quantiles[i].clone();
        }
        quantiles = q;
        rows = List.copyOf(rows);
    }

    @Override
    public double[][] quantiles() {
        double[][] q = new double[quantiles.length][];
        for (int i = 0; i < q.length; i++) {
            q[i] = quantiles[i].clone();
        }
        return q;
    }

    /** @return 0 where everything is exact (closed form), else the number of simulated paths */
    public int paths() {
        return (int) provenance.paths();
    }

    /** @return whether every probability and quantile comes from the closed form */
    public boolean exact() {
        return !provenance.simulated();
    }

    /**
     * @param year a projected year
     * @return the share's median in that year
     */
    public double median(int year) {
        return quantiles[year - firstYear][QuantileLevels.medianIndex()];
    }
}
