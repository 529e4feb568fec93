package org.targetcast.model.trend;

import java.util.List;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/**
 * The result of fitting one trend family to one series. Immutable.
 *
 * <p>Residuals and {@link #sigma()} are on the scale the family is estimated on (the log level for the
 * log families, the level for {@code linear}, the logit of the share for {@code logistic}), so
 * {@link #aicc()} compares fits of one family, or of families on the same scale, only.
 */
public interface TrendFit {
    /** @return the family fitted */
    TrendFamily family();

    /** @return the series the model was fitted to (after windowing and exclusions) */
    AnnualSeries data();

    /** @return estimated parameters with standard errors */
    List<Parameter> parameters();

    /** @return residual standard deviation on the estimation scale */
    double sigma();

    /** @return small-sample corrected Akaike information criterion on the estimation scale */
    double aicc();

    /** @return fitted values on the data's own scale (level or share), one per data year */
    AnnualSeries fitted();

    /** @return residuals on the estimation scale, one per year where the model defines one */
    AnnualSeries residuals();

    /**
     * Point forecast on the data's own scale for the {@code steps} years after the last data year.
     *
     * @param steps number of years ahead, at least 0
     * @return {@code steps} values: the forecast for {@code lastYear + 1 .. lastYear + steps}
     */
    double[] forecast(int steps);

    /**
     * The model's own value in the last data year, from which {@link #forecast(int)} continues (the
     * fitted value for regressions, the filtered level for the damped trend, the last observation for
     * the random walk).
     *
     * @return the base value on the data's own scale
     */
    double base();

    /**
     * The model's own prediction interval for the {@code steps} years after the last data year, on the
     * data's own scale, where the family has a simple analytic one: OLS prediction intervals for the
     * regressions ({@code predict.lm(interval = "prediction")}), {@code sigma sqrt(h (1 + h/n))} on the log
     * scale for the random walk with drift ({@code forecast::rwf}), the ETS class 1 variance for the damped
     * trend (Hyndman et al. 2008, ch. 6). Intervals on the log scale are returned as {@code exp(.)}.
     *
     * @param steps number of years ahead, at least 0
     * @param level nominal coverage, a fraction in (0, 1), e.g. {@code 0.8}
     * @return the interval
     * @throws ModelException if the family has no analytic interval (this default), or the arguments are
     *     out of range
     */
    default PredictionInterval interval(int steps, double level) {
        throw ModelException.of("the %s model has no analytic forecast interval", family().key());
    }

    /** @return a note for the user (a fallback taken, a parameter at its bound), or empty */
    String note();
}
