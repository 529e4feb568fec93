package org.targetcast.model.projection;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFit;

/**
 * A deterministic projection: the observed history followed by projected levels of {@code digital} and
 * {@code other} for every year after the last observation up to the horizon. Immutable.
 */
public final class Projection {
    private final Scenario scenario;
    private final ComponentHistory history;
    private final AnnualSeries observedOther;
    private final double[] digital;
    private final double[] other;
    private final Map<Component, TrendFit> fits;
    private final ErrorCalibration calibration;

    Projection(
            Scenario scenario,
            ComponentHistory history,
            double[] digital,
            double[] other,
            Map<Component, TrendFit> fits,
            ErrorCalibration calibration) {
        this.scenario = scenario;
        this.calibration = calibration;
        this.history = history;
        this.observedOther = history.other();
        this.digital = digital.clone();
        this.other = other.clone();
        this.fits = Collections.unmodifiableMap(fits);
    }

    /** @return the scenario projected */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * @return the calibration of its predictive distribution: the value the run's forecaster fitted for the
     *     scenario's request ({@link ErrorCalibration#none()} when it asks for none), or
     *     {@link ErrorCalibration#unresolved()} when a scenario asking for the panel was projected without one
     */
    public ErrorCalibration calibration() {
        return calibration;
    }

    /** @return the observed history the projection continues */
    public ComponentHistory history() {
        return history;
    }

    /** @return the last observed year */
    public int lastObservedYear() {
        return history.lastYear();
    }

    /** @return the last projected year */
    public int horizon() {
        return history.lastYear() + digital.length;
    }

    /**
     * @param component a component
     * @return the trend fitted to it, if one was needed (none when explicit growth covers every year)
     */
    public Optional<TrendFit> fit(Component component) {
        return Optional.ofNullable(fits.get(component));
    }

    /**
     * @param year any year from the first observed to the horizon
     * @return digital level, observed or projected
     */
    public double digital(int year) {
        return level(year, history.digital(), digital);
    }

    /**
     * @param year any year from the first observed to the horizon
     * @return other level, observed or projected
     */
    public double other(int year) {
        return level(year, observedOther, other);
    }

    /**
     * @param year any year from the first observed to the horizon
     * @return the share D / (D + O)
     */
    public double share(int year) {
        double d = digital(year);
        return d / (d + other(year));
    }

    /** @return projected digital levels, last observed year + 1 .. horizon */
    public AnnualSeries projectedDigital() {
        return AnnualSeries.contiguous(history.economy() + ".digital.projected", lastObservedYear() + 1, digital);
    }

    /** @return projected other levels, last observed year + 1 .. horizon */
    public AnnualSeries projectedOther() {
        return AnnualSeries.contiguous(history.economy() + ".other.projected", lastObservedYear() + 1, other);
    }

    /** @return projected shares, last observed year + 1 .. horizon */
    public AnnualSeries projectedShare() {
        double[] s = IntStream.range(0, digital.length)
                .mapToDouble(i -> digital[i] / (digital[i] + other[i]))
                .toArray();
        return AnnualSeries.contiguous(history.economy() + ".share.projected", lastObservedYear() + 1, s);
    }

    private double level(int year, AnnualSeries observed, double[] projected) {
        OptionalDouble v = observed.valueAt(year);
        if (v.isPresent()) {
            return v.getAsDouble();
        }
        int i = year - lastObservedYear() - 1;
        if (i < 0 || i >= projected.length) {
            throw ModelException.of("year %d is outside the projection %d-%d", year, history.firstYear(), horizon());
        }
        return projected[i];
    }
}
