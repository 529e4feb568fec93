package org.targetcast.model.trend;

/**
 * The state recursion of Holt's damped additive trend, ETS(A,Ad,N), over calendar years, with missing
 * years treated as missing observations.
 *
 * <p>For each year {@code t} from the first data year to the last, starting from the states
 * {@code (l_0, b_0)} of the year before the first:
 * <pre>
 *   yhat_t = l_{t-1} + phi b_{t-1}                       (one-step prediction)
 *   e_t    = z_t - yhat_t                                (0 and no update if year t is missing)
 *   l_t    = l_{t-1} + phi b_{t-1} + alpha e_t
 *   b_t    = phi b_{t-1} + beta e_t
 * </pre>
 * This is the update of R's {@code forecast} package (etscalc.c), where {@code beta} multiplies the error
 * directly (so {@code beta <= alpha}). A missing year propagates the states without an update, as a
 * Kalman filter does with a missing observation. Reference: Hyndman, Koehler, Ord and Snyder,
 * <i>Forecasting with Exponential Smoothing</i> (2008), table 2.3.
 */
final class DampedRecursion {
    private final double[] predictions;
    private final double[] errors;
    private final double level;
    private final double trend;

    private DampedRecursion(double[] predictions, double[] errors, double level, double trend) {
        this.predictions = predictions;
        this.errors = errors;
        this.level = level;
        this.trend = trend;
    }

    /**
     * @param years strictly increasing years of the observations
     * @param z observations on the estimation (log) scale
     * @param alpha level smoothing
     * @param beta trend smoothing
     * @param phi damping
     * @param l0 level in the year before the first
     * @param b0 trend in the year before the first
     * @return the one-step predictions and errors per observation, and the final states
     */
    static DampedRecursion run(int[] years, double[] z, double alpha, double beta, double phi, double l0, double b0) {
        int n = years.length;
        double[] pred = new double[n];
        double[] err = new double[n];
        double l = l0;
        double b = b0;
        int i = 0;
        for (int t = years[0]; t <= years[n - 1]; t++) {
            double phib = phi * b;
            double yhat = l + phib;
            if (years[i] == t) {
                double e = z[i] - yhat;
                pred[i] = yhat;
                err[i] = e;
                l = yhat + alpha * e;
                b = phib + beta * e;
                i++;
            } else {
                l = yhat;
                b = phib;
            }
        }
        return new DampedRecursion(pred, err, l, b);
    }

    /**
     * The least-squares initial states for given smoothing parameters. The errors are affine in
     * {@code (l_0, b_0)}, so three runs of the recursion give the design of a two-variable least-squares
     * problem, solved exactly; if it is singular, {@code b_0 = 0} and {@code l_0} alone is solved for.
     *
     * @return {@code {l0, b0}}
     */
    static double[] bestInitialStates(int[] years, double[] z, double alpha, double beta, double phi) {
        double[] e0 = run(years, z, alpha, beta, phi, 0, 0).errors;
        double[] el = run(years, z, alpha, beta, phi, 1, 0).errors;
        double[] eb = run(years, z, alpha, beta, phi, 0, 1).errors;
        double s11 = 0;
        double s12 = 0;
        double s22 = 0;
        double r1 = 0;
        double r2 = 0;
        for (int i = 0; i < e0.length; i++) {
            double d1 = el[i] - e0[i];
            double d2 = eb[i] - e0[i];
            s11 += d1 * d1;
            s12 += d1 * d2;
            s22 += d2 * d2;
            r1 -= d1 * e0[i];
            r2 -= d2 * e0[i];
        }
        double det = s11 * s22 - s12 * s12;
        if (Math.abs(det) <= 1e-12 * s11 * s22 || !Double.isFinite(det)) {
            return new double[] {s11 > 0 ? r1 / s11 : z[0], 0};
        }
        return new double[] {(r1 * s22 - r2 * s12) / det, (s11 * r2 - s12 * r1) / det};
    }

    /** @return one-step predictions, one per observation, a copy */
    double[] predictions() {
        return predictions.clone();
    }

    /** @return one-step errors, one per observation, a copy */
    double[] errors() {
        return errors.clone();
    }

    /** @return sum of squared one-step errors */
    double sse() {
        double s = 0;
        for (double e : errors) {
            s += e * e;
        }
        return s;
    }

    /** @return the level after the last observation */
    double level() {
        return level;
    }

    /** @return the trend after the last observation */
    double trend() {
        return trend;
    }
}
