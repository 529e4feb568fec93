package org.targetcast.model.analysis;

import org.targetcast.model.projection.Projection;

/**
 * The yearly change of the share split into what digital growth and what other growth contributed, in
 * percentage points. With {@code s(D, O) = D / (D + O)}, the contribution of digital in year t is the
 * Shapley value of the two-player change: the average of its effect with other held at last year's and
 * at this year's level,
 * <pre>
 *   c_D = ½ [ s(D_t, O_{t−1}) − s(D_{t−1}, O_{t−1}) + s(D_t, O_t) − s(D_{t−1}, O_t) ],   c_O = Δs − c_D,
 * </pre>
 * so the two add up exactly to the change and neither depends on an arbitrary order.
 *
 * @param years the years t (each change is from t − 1 to t)
 * @param digital c_D per year, in points
 * @param other c_O per year, in points
 * @param total Δs per year, in points
 */
public record ShareDecomposition(int[] years, double[] digital, double[] other, double[] total) {
    /** Copies the arrays. */
    public ShareDecomposition {
        years = years.clone();
        digital = digital.clone();
        other = other.clone();
        total = total.clone();
    }

    /**
     * @param p a projection
     * @param from first year whose change is shown (its previous year must be in the projection)
     * @param to last year
     * @return the decomposition over observed and projected years alike
     */
    public static ShareDecomposition of(Projection p, int from, int to) {
        int n = to - from + 1;
        int[] y = new int[n];
        double[] cd = new double[n];
        double[] co = new double[n];
        double[] dt = new double[n];
        for (int i = 0; i < n; i++) {
            int t = from + i;
            double d0 = p.digital(t - 1);
            double o0 = p.other(t - 1);
            double d1 = p.digital(t);
            double o1 = p.other(t);
            double change = s(d1, o1) - s(d0, o0);
            double digital = 0.5 * (s(d1, o0) - s(d0, o0) + s(d1, o1) - s(d0, o1));
            y[i] = t;
            cd[i] = 100 * digital;
            co[i] = 100 * (change - digital);
            dt[i] = 100 * change;
        }
        return new ShareDecomposition(y, cd, co, dt);
    }

    private static double s(double d, double o) {
        return d / (d + o);
    }
}
