package org.targetcast.model.trend;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.targetcast.model.series.AnnualSeries;

/** Builds the fit of a straight line on a transformed scale; shared by the regression families. */
final class Regressions {
    /** A line has two coefficients; with sigma, three estimated quantities for the AICc. */
    static final int LINE_K = 3;

    private Regressions() {}

    /**
     * Fits {@code z = transform(y)} on the centred year and maps fitted values and forecasts back with
     * {@code inverse}. The caller has validated the series.
     *
     * @param family the family being fitted
     * @param series the data
     * @param transform data scale to estimation scale
     * @param inverse estimation scale to data scale
     * @return the fit, with parameters {@code intercept} (at the mean year) and {@code slope}, and OLS
     *     prediction intervals {@code inverse(zhat +- t(n-2) s sqrt(1 + 1/n + (t - tbar)^2 / Sxx))}
     */
    static TrendFit fitLine(
            TrendFamily family, AnnualSeries series, DoubleUnaryOperator transform, DoubleUnaryOperator inverse) {
        int[] years = series.years();
        double[] z = new double[years.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = transform.applyAsDouble(series.value(i));
        }
        LineFit line = LineFit.of(years, z);
        double[] fitted = new double[years.length];
        for (int i = 0; i < years.length; i++) {
            fitted[i] = inverse.applyAsDouble(line.at(years[i]));
        }
        int last = series.lastYear();
        List<Parameter> parameters = List.of(
                new Parameter("intercept", line.intercept(), line.interceptSe()),
                new Parameter("slope", line.slope(), line.slopeSe()));
        return BasicTrendFit.of(
                        family,
                        series,
                        parameters,
                        line.sigma(),
                        InformationCriteria.gaussianAicc(line.sse(), years.length, LINE_K),
                        AnnualSeries.of(series.name() + ".fitted", years, fitted),
                        AnnualSeries.of(series.name() + ".residuals", years, line.residuals()),
                        inverse.applyAsDouble(line.at(last)),
                        h -> inverse.applyAsDouble(line.at(last + h)),
                        "")
                .withIntervals((h, level) -> {
                    double q = Quantiles.student((1 + level) / 2, years.length - 2) * line.predictionSe(last + h);
                    double centre = line.at(last + h);
                    return new double[] {inverse.applyAsDouble(centre - q), inverse.applyAsDouble(centre + q)};
                });
    }
}
