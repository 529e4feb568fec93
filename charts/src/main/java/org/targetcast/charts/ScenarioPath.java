package org.targetcast.charts;

import java.util.Arrays;
import java.util.Objects;
import org.targetcast.model.series.AnnualSeries;

/**
 * One scenario's projected share: its central path and, optionally, the band around it (by convention the
 * 10 % and 90 % quantiles). Shares are fractions in (0, 1).
 *
 * @param name the scenario's name as shown in the legend, in the chart's language
 * @param projectedShare the central path; at least one year
 * @param lower the lower bound of the band, the same years as the path; null for no band
 * @param upper the upper bound of the band, the same years as the path; null for no band
 */
public record ScenarioPath(String name, AnnualSeries projectedShare, AnnualSeries lower, AnnualSeries upper) {
    /**
     * @throws ChartException naming the scenario, and the year where one is at fault, if the name is blank,
     *     the path is empty, a share is outside (0, 1), only one bound is given, the bounds' years differ
     *     from the path's, or the lower bound is above the upper
     */
    public ScenarioPath {
        if (name == null || name.isBlank()) {
            throw ChartException.of("scenario path has a blank name; name it as the legend should show it");
        }
        Objects.requireNonNull(projectedShare, "projectedShare");
        if (projectedShare.isEmpty()) {
            throw ChartException.of("scenario '%s' has an empty projection %s", name, projectedShare.name());
        }
        ChartStyle.requireShares("scenario '" + name + "' projected", projectedShare);
        if ((lower == null) != (upper == null)) {
            throw ChartException.of(
                    "scenario '%s' has a %s bound but no %s bound; give both or neither",
                    name, lower == null ? "upper" : "lower", lower == null ? "lower" : "upper");
        }
        if (lower != null) {
            for (AnnualSeries bound : new AnnualSeries[] {lower, upper}) {
                ChartStyle.requireShares("scenario '" + name + "' " + (bound == lower ? "lower" : "upper"), bound);
                if (!Arrays.equals(bound.years(), projectedShare.years())) {
                    throw ChartException.of(
                            "scenario '%s': the %s bound covers %s, the path %s; they must cover the same years",
                            name, bound == lower ? "lower" : "upper", span(bound), span(projectedShare));
                }
            }
            for (int i = 0; i < lower.size(); i++) {
                if (lower.value(i) > upper.value(i)) {
                    throw ChartException.of(
                            "scenario '%s': lower bound for %d = %s is above the upper bound %s",
                            name, lower.year(i), lower.value(i), upper.value(i));
                }
            }
        }
    }

    /**
     * A scenario without a band.
     *
     * @param name the scenario's name as shown in the legend
     * @param projectedShare the central path
     * @return the path
     */
    public static ScenarioPath of(String name, AnnualSeries projectedShare) {
        return new ScenarioPath(name, projectedShare, null, null);
    }

    /** @return whether the scenario has a band */
    public boolean hasBand() {
        return lower != null;
    }

    private static String span(AnnualSeries s) {
        return s.isEmpty() ? "no years" : s.firstYear() + "–" + s.lastYear() + " (" + s.size() + " years)";
    }
}
