package org.targetcast.charts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Quantiles of a projected share, year by year: the input of a {@link FanChart}. {@code quantiles[i][j]} is
 * the share (a fraction) that the projection stays at or below with probability {@code levels[j]} in
 * {@code years[i]}, e.g. the 10 % and 90 % quantiles of simulated paths.
 *
 * <p>Checked on construction: years are contiguous and not empty; levels are strictly increasing in
 * (0, 1), symmetric about 0.5 ({@code levels[j] + levels[n - 1 - j] = 1} within {@value #LEVEL_TOLERANCE})
 * and contain 0.5; there is one row of quantiles per year and one quantile per level; every quantile is a
 * fraction in (0, 1), and within a year quantiles do not decrease from one level to the next. The arrays
 * are {@link FrozenArray}s: copied on the way in and out, equal when their contents are.
 *
 * @param years projected years, contiguous and increasing
 * @param levels probability levels, e.g. {@link #standardLevels()} (0.05, 0.10, ..., 0.95)
 * @param quantiles quantiles by year then level, fractions
 */
public record FanBands(FrozenArray<int[]> years, FrozenArray<double[]> levels, FrozenArray<double[][]> quantiles) {
    /** Two levels closer than this are the same level. */
    public static final double LEVEL_TOLERANCE = 1e-9;

    /**
     * @throws ChartException naming the year, level and value at fault
     */
    public FanBands {
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(quantiles, "quantiles");
        requireYears(years.read());
        requireLevels(levels.read());
        requireQuantiles(years.read(), levels.read(), quantiles.read());
    }

    /**
     * @param years projected years, contiguous and increasing
     * @param levels probability levels
     * @param quantiles quantiles by year then level, fractions
     * @throws ChartException as the canonical constructor
     */
    public FanBands(int[] years, double[] levels, double[][] quantiles) {
        this(FrozenArray.of(years), FrozenArray.of(levels), FrozenArray.of(quantiles));
    }

    /**
     * Quantiles over the contiguous years {@code firstYear, firstYear + 1, ...}, one row per year.
     *
     * @param firstYear the year of {@code quantiles[0]}
     * @param levels probability levels
     * @param quantiles quantiles by year then level, fractions
     * @return the bands
     * @throws ChartException as the constructor
     */
    public static FanBands contiguous(int firstYear, double[] levels, double[][] quantiles) {
        int[] years = new int[quantiles.length];
        for (int i = 0; i < years.length; i++) {
            years[i] = firstYear + i;
        }
        return new FanBands(years, levels, quantiles);
    }

    /** @return the 19 levels 0.05, 0.10, ..., 0.95, a new array */
    public static double[] standardLevels() {
        double[] l = new double[19];
        for (int j = 0; j < l.length; j++) {
            l[j] = (j + 1) / 20.0;
        }
        return l;
    }

    /** @return the number of years */
    public int size() {
        return years.length();
    }

    /** @return the first projected year */
    public int firstYear() {
        return years.read()[0];
    }

    /** @return the last projected year */
    public int lastYear() {
        return years.read()[size() - 1];
    }

    /**
     * @param level a probability level
     * @return whether it is one of {@link #levels()}, within {@link #LEVEL_TOLERANCE}
     */
    public boolean hasLevel(double level) {
        return find(level) >= 0;
    }

    /**
     * @param level one of {@link #levels()}
     * @return the quantile at that level for every year, in year order
     * @throws ChartException if the level is not one of {@link #levels()}
     */
    public double[] quantilesAt(double level) {
        int j = find(level);
        if (j < 0) {
            throw ChartException.of("level %s is not one of the fan levels %s", level, levels);
        }
        double[][] all = quantiles.read();
        double[] q = new double[all.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = all[i][j];
        }
        return q;
    }

    /** @return the median (level 0.5) for every year, in year order */
    public double[] median() {
        return quantilesAt(0.5);
    }

    private int find(double level) {
        double[] l = levels.read();
        for (int j = 0; j < l.length; j++) {
            if (Math.abs(l[j] - level) <= LEVEL_TOLERANCE) {
                return j;
            }
        }
        return -1;
    }

    private static void requireYears(int[] years) {
        if (years.length == 0) {
            throw ChartException.of("fan bands have no years; give at least one projected year");
        }
        for (int i = 1; i < years.length; i++) {
            if (years[i] != years[i - 1] + 1) {
                throw ChartException.of("fan years must be contiguous: %d follows %d", years[i], years[i - 1]);
            }
        }
    }

    private static void requireLevels(double[] levels) {
        if (levels.length == 0) {
            throw ChartException.of("fan bands have no levels; give e.g. 0.05, 0.10, ..., 0.95");
        }
        for (int j = 0; j < levels.length; j++) {
            if (!(levels[j] > 0 && levels[j] < 1)) {
                throw ChartException.of("fan level %s is outside (0, 1)", levels[j]);
            }
            if (j > 0 && !(levels[j] > levels[j - 1])) {
                throw ChartException.of("fan level %s follows %s; levels must increase", levels[j], levels[j - 1]);
            }
        }
        for (int j = 0; j < levels.length / 2; j++) {
            double partner = levels[levels.length - 1 - j];
            if (Math.abs(levels[j] + partner - 1) > LEVEL_TOLERANCE) {
                throw ChartException.of(
                        "fan levels are not symmetric about 0.5: level %s pairs with %s, expected %s",
                        levels[j], partner, fmt(1 - levels[j]));
            }
        }
        if (levels.length % 2 == 0 || Math.abs(levels[levels.length / 2] - 0.5) > LEVEL_TOLERANCE) {
            throw ChartException.of("fan levels %s do not contain the median 0.5", Arrays.toString(levels));
        }
    }

    private static void requireQuantiles(int[] years, double[] levels, double[][] quantiles) {
        if (quantiles.length != years.length) {
            throw ChartException.of(
                    "fan bands have %d rows of quantiles for %d years (%d to %d)",
                    quantiles.length, years.length, years[0], years[years.length - 1]);
        }
        for (int i = 0; i < years.length; i++) {
            double[] row = quantiles[i];
            if (row == null || row.length != levels.length) {
                throw ChartException.of(
                        "quantiles for %d: %d values for %d levels",
                        years[i], row == null ? 0 : row.length, levels.length);
            }
            for (int j = 0; j < levels.length; j++) {
                if (!(row[j] > 0 && row[j] < 1)) {
                    throw ChartException.of(
                            "quantile for %d at level %s = %s is outside (0, 1); shares are fractions, e.g. 0.445",
                            years[i], levels[j], row[j]);
                }
                if (j > 0 && row[j] < row[j - 1]) {
                    throw ChartException.of(
                            "quantile for %d at level %s = %s is below the one at level %s = %s; "
                                    + "quantiles must not decrease across levels",
                            years[i], levels[j], row[j], levels[j - 1], row[j - 1]);
                }
            }
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "FanBands[%d to %d, %d levels %s to %s]",
                firstYear(),
                lastYear(),
                levels.length(),
                levels.read()[0],
                levels.read()[levels.length() - 1]);
    }
}
