package org.targetcast.charts;

import java.util.Objects;
import org.targetcast.model.series.AnnualSeries;

/**
 * A forecast made in the past: the year it was made from (its origin, the last year observed then) and the
 * levels it projected for the years after.
 *
 * @param origin the last observed year when the forecast was made
 * @param path the projected levels, starting in {@code origin + 1}, contiguous
 */
public record PastForecast(int origin, AnnualSeries path) {
    /**
     * @throws ChartException naming the origin if the path is empty, has gaps or does not start the year
     *     after the origin
     */
    public PastForecast {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty()) {
            throw ChartException.of("forecast from %d: path %s is empty", origin, path.name());
        }
        if (path.firstYear() != origin + 1) {
            throw ChartException.of(
                    "forecast from %d: path %s starts in %d, not the year after its origin (%d)",
                    origin, path.name(), path.firstYear(), origin + 1);
        }
        if (!path.isContiguous()) {
            throw ChartException.of(
                    "forecast from %d: path %s has missing years between %d and %d",
                    origin, path.name(), path.firstYear(), path.lastYear());
        }
    }
}
