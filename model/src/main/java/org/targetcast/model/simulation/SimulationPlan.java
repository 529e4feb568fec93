package org.targetcast.model.simulation;

import java.util.List;
import org.targetcast.model.ModelException;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * The deterministic skeleton the shocks are added to: for each projected year k = 1..H after the latest
 * observed year c, the central log growth of each component (from the projection, level shocks included)
 * and whether it comes from the fitted trend (only trend-driven years take parameter uncertainty).
 * With {@code L = ln(D/O)}: {@code L(c + k) = L(c) + Σ_{j≤k} (growth_D(j) − growth_O(j))}.
 *
 * @param lastObservedYear c
 * @param startLogRatio L(c) = ln(D(c)/O(c))
 * @param growthDigital central log growth of digital, index k − 1
 * @param growthOther central log growth of other, index k − 1
 * @param trendDigital whether digital's growth in that year comes from its trend
 * @param trendOther whether other's growth in that year comes from its trend
 * @param targets the scenario's targets
 * @param observedGrowth digital's observed log growth by year, for growth targets reaching into the past
 *     (index: year − firstObservedYear − 1, for years firstObservedYear + 1 .. c)
 * @param firstObservedYear the first observed year
 */
public record SimulationPlan(
        int lastObservedYear,
        double startLogRatio,
        double[] growthDigital,
        double[] growthOther,
        boolean[] trendDigital,
        boolean[] trendOther,
        List<Target> targets,
        double[] observedGrowth,
        int firstObservedYear) {

    /** Checks lengths and copies the arrays. */
    public SimulationPlan {
        int h = growthDigital.length;
        if (h < 1 || growthOther.length != h || trendDigital.length != h || trendOther.length != h) {
            throw ModelException.of(
                    "simulation plan: %d, %d, %d and %d yearly values; the same number, at least 1, is needed",
                    growthDigital.length, growthOther.length, trendDigital.length, trendOther.length);
        }
        growthDigital = growthDigital.clone();
        growthOther = growthOther.clone();
        trendDigital = trendDigital.clone();
        trendOther = trendOther.clone();
        observedGrowth = observedGrowth.clone();
        targets = List.copyOf(targets);
    }

    /**
     * @param projection a deterministic projection
     * @return its skeleton
     */
    public static SimulationPlan of(Projection projection) {
        int c = projection.lastObservedYear();
        int h = projection.horizon() - c;
        double[] gd = new double[h];
        double[] go = new double[h];
        boolean[] td = new boolean[h];
        boolean[] to = new boolean[h];
        var s = projection.scenario();
        for (int k = 1; k <= h; k++) {
            int y = c + k;
            gd[k - 1] = Math.log(projection.digital(y) / projection.digital(y - 1));
            go[k - 1] = Math.log(projection.other(y) / projection.other(y - 1));
            td[k - 1] = s.digital().growth().rate(y).isEmpty();
            to[k - 1] = s.other().growth().rate(y).isEmpty();
        }
        int first = projection.history().firstYear();
        double[] observed = new double[c - first];
        for (int y = first + 1; y <= c; y++) {
            observed[y - first - 1] = Math.log(projection.digital(y) / projection.digital(y - 1));
        }
        return new SimulationPlan(
                c, Math.log(projection.digital(c) / projection.other(c)), gd, go, td, to, s.targets(), observed, first);
    }

    /** @return the number of projected years H */
    public int years() {
        return growthDigital.length;
    }

    /** @return the last projected year */
    public int horizon() {
        return lastObservedYear + growthDigital.length;
    }

    /**
     * @param year an observed year after the first
     * @return digital's observed log growth in that year
     */
    double observedGrowth(int year) {
        return observedGrowth[year - firstObservedYear - 1];
    }

    /**
     * @param t a growth target
     * @return the observed log growth of digital summed over its years up to c (0 when none is observed)
     */
    double observedLogGrowth(GrowthTarget t) {
        double sum = 0;
        for (int y = Math.max(t.from(), firstObservedYear + 1); y <= Math.min(t.to(), lastObservedYear); y++) {
            sum += observedGrowth(y);
        }
        return sum;
    }

    /**
     * @param t a growth target
     * @return the log growth an average target needs over all its years: {@code n ln(1 + atLeast)}
     */
    static double totalThreshold(GrowthTarget t) {
        return (t.to() - t.from() + 1) * Math.log1p(t.atLeast());
    }

    /**
     * @param t a growth target
     * @return whether its observed years (those up to c) all meet it (always, for an average)
     */
    boolean observedYearsMeet(GrowthTarget t) {
        if (t.average()) {
            return true;
        }
        double threshold = Math.log1p(t.atLeast());
        for (int y = Math.max(t.from(), firstObservedYear + 1); y <= Math.min(t.to(), lastObservedYear); y++) {
            if (observedGrowth(y) < threshold) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param t a share target
     * @return the threshold on L = ln(D/O): logit of the target share
     */
    static double threshold(ShareTarget t) {
        return Math.log(t.share() / (1 - t.share()));
    }
}
