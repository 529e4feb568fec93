package org.targetcast.model.trend;

import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/** Input checks shared by the trend models; every message names the series, the year and the rule. */
final class Checks {
    private Checks() {
    }

    /**
     * @param series the data
     * @param family the family about to be fitted
     * @param minimum the least number of years the family needs
     * @throws ModelException if the series is shorter than {@code minimum} or holds a non-finite value
     */
    static void requireLength(AnnualSeries series, TrendFamily family, int minimum) {
        Objects.requireNonNull(series, "series");
        if (series.size() < minimum) {
            throw ModelException.of("series %s: the %s model needs at least %d years of data, found %d",
                    series.name(), family.key(), minimum, series.size());
        }
        for (int i = 0; i < series.size(); i++) {
            if (!Double.isFinite(series.value(i))) {
                throw ModelException.of("series %s: value for %d is %s; a finite number is expected",
                        series.name(), series.year(i), series.value(i));
            }
        }
    }

    /**
     * @param series the data
     * @param family a family estimated on the log level
     * @throws ModelException naming the first year whose value is zero or negative
     */
    static void requirePositive(AnnualSeries series, TrendFamily family) {
        for (int i = 0; i < series.size(); i++) {
            if (!(series.value(i) > 0)) {
                throw ModelException.of("series %s: value for %d is %s; the %s model takes logs, so values"
                        + " must be positive", series.name(), series.year(i), series.value(i), family.key());
            }
        }
    }

    /**
     * @param series the data
     * @param family a family estimated on a share
     * @throws ModelException naming the first year whose value is not strictly inside (0, 1)
     */
    static void requireShare(AnnualSeries series, TrendFamily family) {
        for (int i = 0; i < series.size(); i++) {
            double v = series.value(i);
            if (!(v > 0 && v < 1)) {
                throw ModelException.of("series %s: share for %d is %s; the %s model needs shares strictly"
                        + " between 0 and 1", series.name(), series.year(i), v, family.key());
            }
        }
    }

    /**
     * @param steps forecast horizon asked for
     * @throws ModelException if negative
     */
    static void requireSteps(int steps) {
        if (steps < 0) {
            throw ModelException.of("forecast steps = %d; a number of years at least 0 is expected", steps);
        }
    }
}
