package org.targetcast.model.trend;

import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/** A trend family's estimator. Implementations are immutable and thread-safe. */
public interface TrendModel {
    /** @return the family this model estimates */
    TrendFamily family();

    /**
     * Fits the model to a series. Years need not be contiguous: a gap is an excluded year.
     *
     * @param series the data, positive levels or shares in (0, 1) according to {@link TrendFamily#scale()}
     * @return the fit
     * @throws ModelException with an explanation if the series is too short, has values outside the
     *     family's domain, or the model cannot be identified
     */
    TrendFit fit(AnnualSeries series);
}
