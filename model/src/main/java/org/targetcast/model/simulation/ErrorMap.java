package org.targetcast.model.simulation;

import org.apache.commons.math3.special.Erf;
import org.targetcast.model.scenario.HorizonErrors;

/**
 * The map of a path's standardised Gaussian value z to the forecast errors' value at the same quantile,
 * {@code E L + Q_h(Φ(z))}, tabulated once per projected year on a fixed grid of z and read by linear
 * interpolation: the simulation maps every path-year, and Φ itself (an incomplete gamma function) costs
 * far more than a table look-up. The grid spans ±{@value #Z_MAX} in steps of 17/4096 ≈ 0.004; between two
 * grid points Φ moves by at most 0.0017, less than the spacing of the errors' own quantile knots (1/(n−1)
 * for n errors, at most a few hundred), so the interpolation stays within the piecewise-linear quantile
 * function's own resolution. Beyond the grid the ends are taken ({@code Q_h(0)} and {@code Q_h(1)} to
 * within 10⁻¹⁷). {@code ErrorMarginalsTest} checks the simulated probabilities and quantiles against the
 * exact ones.
 */
final class ErrorMap {
    /** The grid's half-width in standard deviations. */
    static final double Z_MAX = 8.5;
    /** Grid points, an odd number so that z = 0 is one of them. */
    static final int POINTS = 4097;

    private static final double STEP = 2 * Z_MAX / (POINTS - 1);
    private static final double[] PHI = phi();

    private ErrorMap() {}

    private static double[] phi() {
        double[] p = new double[POINTS];
        for (int j = 0; j < POINTS; j++) {
            double z = -Z_MAX + j * STEP;
            p[j] = Math.min(1, Math.max(0, 0.5 * Erf.erfc(-z / Math.sqrt(2))));
        }
        return p;
    }

    /**
     * @param mean E L of the year
     * @param errors the errors
     * @param horizon the year's horizon
     * @return {@code mean + Q_h(Φ(z_j))} at every grid point
     */
    static double[] table(double mean, HorizonErrors errors, int horizon) {
        double[] t = errors.quantiles(horizon, PHI);
        for (int j = 0; j < POINTS; j++) {
            t[j] += mean;
        }
        return t;
    }

    /**
     * @param sd sd L of the year, 0 or above
     * @return the factor a of the grid position {@code x = a·L + b}
     */
    static double slope(double sd) {
        return sd > 0 ? 1 / (sd * STEP) : 0;
    }

    /**
     * @param mean E L of the year
     * @param sd sd L of the year
     * @return the shift b of the grid position {@code x = a·L + b}
     */
    static double shift(double mean, double sd) {
        return Z_MAX / STEP - mean * slope(sd);
    }

    /**
     * @param table a year's {@link #table}
     * @param x the grid position of a value, {@code a·L + b} ({@link #slope}, {@link #shift})
     * @return the table there, linearly interpolated; its ends beyond the grid
     */
    static double atPosition(double[] table, double x) {
        if (!(x > 0)) {
            return table[0];
        }
        if (x >= POINTS - 1) {
            return table[POINTS - 1];
        }
        int i = (int) x;
        double f = x - i;
        return table[i] + f * (table[i + 1] - table[i]);
    }

    /**
     * @param table a year's {@link #table}
     * @param z a standardised Gaussian value
     * @return the table at z, linearly interpolated; its ends beyond the grid
     */
    static double at(double[] table, double z) {
        return atPosition(table, (z + Z_MAX) / STEP);
    }
}
