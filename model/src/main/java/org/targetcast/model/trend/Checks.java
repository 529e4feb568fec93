package org.targetcast.model.trend;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/** Input checks shared by the trend models; every message names the series, the year and the rule. */
final class Checks {
    private Checks() {}

    /**
     * @param series the data
     * @param family the family about to be fitted
     * @param minimum the least number of years the family needs
     * @throws ModelException if the series is shorter than {@code minimum} or holds a non-finite value
     */
    static void requireLength(AnnualSeries series, TrendFamily family, int minimum) {
        Objects.requireNonNull(series, "series");
        if (series.size() < minimum) {
            throw ModelException.of(
                    "series %s: the %s model needs at least %d years of data, found %d",
                    series.name(), family.key(), minimum, series.size());
        }
        for (int i = 0; i < series.size(); i++) {
            if (!Double.isFinite(series.value(i))) {
                throw ModelException.of(
                        "series %s: value for %d is %s; a finite number is expected",
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
                throw ModelException.of(
                        "series %s: value for %d is %s; the %s model takes logs, so values" + " must be positive",
                        series.name(), series.year(i), series.value(i), family.key());
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
                throw ModelException.of(
                        "series %s: share for %d is %s; the %s model needs shares strictly" + " between 0 and 1",
                        series.name(), series.year(i), v, family.key());
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

    /**
     * @param series the data
     * @param family the family about to be fitted
     * @param interventions the requested interventions
     * @return the interventions sorted by year
     * @throws ModelException if a year is outside the data, appears twice, or is the first year for a
     *     level shift (a step from the first year is the intercept itself)
     */
    static List<Intervention> requireInterventions(
            AnnualSeries series, TrendFamily family, List<Intervention> interventions) {
        Objects.requireNonNull(interventions, "interventions");
        List<Intervention> sorted = interventions.stream()
                .sorted(Comparator.comparingInt(Intervention::year))
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            Intervention v = sorted.get(i);
            if (!series.contains(v.year())) {
                throw ModelException.of(
                        "series %s: intervention %s: %d is not a year of the fitted data (%s)",
                        series.name(),
                        v.label(),
                        v.year(),
                        series.isEmpty() ? "none" : series.firstYear() + "-" + series.lastYear());
            }
            if (i > 0 && sorted.get(i - 1).year() == v.year()) {
                throw ModelException.of(
                        "series %s: two interventions in %d (%s, %s); at most one per year",
                        series.name(), v.year(), sorted.get(i - 1).label(), v.label());
            }
            if (v.kind() == Intervention.Kind.LEVEL_SHIFT && v.year() == series.firstYear()) {
                throw ModelException.of(
                        "series %s: level shift %s is in the first fitted year; the %s model cannot"
                                + " tell it from the starting level",
                        series.name(), v.label(), family.key());
            }
        }
        return sorted;
    }
}
