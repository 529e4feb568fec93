package org.targetcast.model.trend;

import java.util.List;
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

    /**
     * Fits the model with intervention terms for given years (see {@link Intervention}). Families that
     * support them report each effect as a parameter named by {@link Intervention#label()}.
     *
     * <p>This default supports none: with an empty list it is {@link #fit(AnnualSeries)}, otherwise it
     * throws.
     *
     * @param series the data
     * @param interventions events in years of the series, at most one per year
     * @return the fit
     * @throws ModelException naming the family if it takes no interventions, or naming the year if an
     *     intervention is outside the data or cannot be estimated
     */
    default TrendFit fit(AnnualSeries series, List<Intervention> interventions) {
        if (interventions.isEmpty()) {
            return fit(series);
        }
        throw ModelException.of(
                "the %s model does not take interventions (asked for %s); use loglinear, linear or"
                        + " drift, or exclude the years",
                family().key(), interventions.stream().map(Intervention::label).toList());
    }
}
