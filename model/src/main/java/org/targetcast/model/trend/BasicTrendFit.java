package org.targetcast.model.trend;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.targetcast.model.series.AnnualSeries;

/** The immutable {@link TrendFit} every family returns; the forecast rule is supplied by the family. */
final class BasicTrendFit implements TrendFit {
    private final TrendFamily family;
    private final AnnualSeries data;
    private final List<Parameter> parameters;
    private final double sigma;
    private final double aicc;
    private final AnnualSeries fitted;
    private final AnnualSeries residuals;
    private final double base;
    private final IntToDoubleFunction ahead;
    private final String note;
    private final IntervalRule intervals;

    /** The bounds of a family's prediction interval {@code h} years ahead, on the data scale. */
    @FunctionalInterface
    interface IntervalRule {
        /**
         * @param h years ahead, at least 1
         * @param level nominal coverage in (0, 1)
         * @return {@code {lower, upper}}
         */
        double[] bounds(int h, double level);
    }

    private BasicTrendFit(
            TrendFamily family,
            AnnualSeries data,
            List<Parameter> parameters,
            double sigma,
            double aicc,
            AnnualSeries fitted,
            AnnualSeries residuals,
            double base,
            IntToDoubleFunction ahead,
            String note,
            IntervalRule intervals) {
        this.family = family;
        this.data = data;
        this.parameters = List.copyOf(parameters);
        this.sigma = sigma;
        this.aicc = aicc;
        this.fitted = fitted;
        this.residuals = residuals;
        this.base = base;
        this.ahead = ahead;
        this.note = note;
        this.intervals = intervals;
    }

    /**
     * @param family the family fitted
     * @param data the series fitted
     * @param parameters estimates with standard errors
     * @param sigma residual standard deviation on the estimation scale
     * @param aicc AICc on the estimation scale
     * @param fitted fitted values on the data scale
     * @param residuals residuals on the estimation scale
     * @param base the model's value in the last data year, data scale
     * @param ahead the forecast {@code h} years after the last data year, data scale, for {@code h >= 1}
     * @param note a note for the user, or empty
     * @return the fit
     */
    static BasicTrendFit of(
            TrendFamily family,
            AnnualSeries data,
            List<Parameter> parameters,
            double sigma,
            double aicc,
            AnnualSeries fitted,
            AnnualSeries residuals,
            double base,
            IntToDoubleFunction ahead,
            String note) {
        return new BasicTrendFit(family, data, parameters, sigma, aicc, fitted, residuals, base, ahead, note, null);
    }

    /**
     * @param rule the bounds {@code h} years ahead
     * @return a copy of this fit with the given prediction interval rule
     */
    BasicTrendFit withIntervals(IntervalRule rule) {
        return new BasicTrendFit(family, data, parameters, sigma, aicc, fitted, residuals, base, ahead, note, rule);
    }

    @Override
    public TrendFamily family() {
        return family;
    }

    @Override
    public AnnualSeries data() {
        return data;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public double sigma() {
        return sigma;
    }

    @Override
    public double aicc() {
        return aicc;
    }

    @Override
    public AnnualSeries fitted() {
        return fitted;
    }

    @Override
    public AnnualSeries residuals() {
        return residuals;
    }

    @Override
    public double[] forecast(int steps) {
        Checks.requireSteps(steps);
        double[] f = new double[steps];
        for (int h = 1; h <= steps; h++) {
            f[h - 1] = ahead.applyAsDouble(h);
        }
        return f;
    }

    @Override
    public PredictionInterval interval(int steps, double level) {
        Checks.requireSteps(steps);
        PredictionInterval.requireLevel(level);
        if (intervals == null) {
            return TrendFit.super.interval(steps, level);
        }
        double[] lower = new double[steps];
        double[] upper = new double[steps];
        for (int h = 1; h <= steps; h++) {
            double[] b = intervals.bounds(h, level);
            lower[h - 1] = b[0];
            upper[h - 1] = b[1];
        }
        return new PredictionInterval(level, lower, upper);
    }

    @Override
    public double base() {
        return base;
    }

    @Override
    public String note() {
        return note;
    }

    @Override
    public String toString() {
        return family.key() + " fit of " + data.name() + " " + parameters + ", sigma=" + sigma + ", aicc=" + aicc
                + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
