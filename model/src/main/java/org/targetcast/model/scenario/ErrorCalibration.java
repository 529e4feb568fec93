package org.targetcast.model.scenario;

import java.util.List;
import java.util.Objects;
import org.targetcast.model.ModelException;

/**
 * How the predictive distribution of a scenario is calibrated against forecast errors made the same way
 * elsewhere. With {@link Source#PANEL} the share forecasts of the scenario's own model are backtested on
 * every other economy of the data (leave this economy out). The errors of ln(D/O) those forecasts made are
 * kept by horizon ({@link HorizonErrors}), and the run's distribution of ln(D/O) in a year h years ahead is
 * its own central forecast plus those errors: the bands take the width, the skew and the tails the errors
 * showed at that horizon, the pandemic years included, each error counted once. The same errors,
 * standardised by the forecasts' Gaussian spread, are also summarised by a scaled Student-t (scale² = k, ν
 * degrees of freedom, maximum likelihood); a calibration without errors by horizon (too few of them, or made
 * before they were kept) uses that instead: each simulated path draws its shock scale
 * {@code s² = k·ν/χ²_ν}. A scenario only asks for one ({@link Source}, its
 * {@code uncertainty.calibration}); the run's forecaster fits it on the panel
 * ({@code org.targetcast.model.calibration.PanelCalibration}) and the projection carries the fitted value. A
 * projection made without a forecaster, of a scenario asking for the panel, carries {@link #unresolved()},
 * which cannot be simulated.
 *
 * @param source none, or the panel of other economies
 * @param varianceFactor k, the factor on the predictive variance (1 when not fitted)
 * @param degreesOfFreedom ν of the Student-t the errors were fitted with ({@code +∞} when not fitted)
 * @param checks the number of forecast errors fitted: 0 when the panel held none, −1 while unresolved
 * @param economies the economies whose errors were fitted
 * @param correlation what the other economies say of the correlation of the two components' yearly growth,
 *     toward which the scenario's own estimate is shrunk ({@link PooledCorrelation#none()} when they say
 *     nothing)
 * @param errors the other economies' errors of ln(D/O) by horizon ({@link HorizonErrors#none()} without)
 */
public record ErrorCalibration(
        Source source,
        double varianceFactor,
        double degreesOfFreedom,
        int checks,
        List<String> economies,
        PooledCorrelation correlation,
        HorizonErrors errors) {
    /** Where the errors come from. */
    public enum Source {
        /** No calibration: the shock model's own predictive. */
        NONE("none"),
        /** The backtest errors of every other economy in the data. */
        PANEL("panel");

        private final String key;

        Source(String key) {
            this.key = key;
        }

        /** @return the scenario key */
        public String key() {
            return key;
        }
    }

    private static final ErrorCalibration NONE = new ErrorCalibration(
            Source.NONE, 1, Double.POSITIVE_INFINITY, 0, List.of(), PooledCorrelation.none(), HorizonErrors.none());
    private static final ErrorCalibration UNRESOLVED = new ErrorCalibration(
            Source.PANEL, 1, Double.POSITIVE_INFINITY, -1, List.of(), PooledCorrelation.none(), HorizonErrors.none());

    /** Validates the ranges. */
    public ErrorCalibration {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(correlation, "correlation");
        Objects.requireNonNull(errors, "errors");
        economies = List.copyOf(economies);
        if (!(varianceFactor > 0) || Double.isInfinite(varianceFactor)) {
            throw ModelException.of("calibration variance factor = %s must be a finite number above 0", varianceFactor);
        }
        if (!(degreesOfFreedom >= 1)) {
            throw ModelException.of("calibration degrees of freedom = %s must be at least 1", degreesOfFreedom);
        }
        if (source == Source.NONE && !errors.isEmpty()) {
            throw ModelException.of("an uncalibrated scenario carries no forecast errors");
        }
        if (checks < -1 || (source == Source.NONE && checks != 0)) {
            throw ModelException.of("calibration from %d checks: expected 0 or more (−1 while unresolved)", checks);
        }
    }

    /** @return no calibration */
    public static ErrorCalibration none() {
        return NONE;
    }

    /** @return a calibration on the panel, still to be fitted */
    public static ErrorCalibration unresolved() {
        return UNRESOLVED;
    }

    /**
     * @param k the factor on the predictive variance
     * @param df the Student-t degrees of freedom
     * @param checks the number of errors fitted, at least 1
     * @param economies the economies they came from
     * @param correlation the panel's correlation evidence
     * @return a fitted panel calibration with the Student-t only (no errors by horizon)
     */
    public static ErrorCalibration fitted(
            double k, double df, int checks, List<String> economies, PooledCorrelation correlation) {
        return fitted(k, df, checks, economies, correlation, HorizonErrors.none());
    }

    /**
     * @param k the factor on the predictive variance
     * @param df the Student-t degrees of freedom
     * @param checks the number of errors fitted, at least 1
     * @param economies the economies they came from
     * @param correlation the panel's correlation evidence
     * @param errors the errors of ln(D/O) by horizon
     * @return a fitted panel calibration
     */
    public static ErrorCalibration fitted(
            double k,
            double df,
            int checks,
            List<String> economies,
            PooledCorrelation correlation,
            HorizonErrors errors) {
        if (checks < 1) {
            throw ModelException.of("a fitted calibration needs at least 1 check, found %d", checks);
        }
        return new ErrorCalibration(Source.PANEL, k, df, checks, economies, correlation, errors);
    }

    /**
     * @param correlation the panel's correlation evidence
     * @return a panel calibration with no error fitted (yet, or at all): the shock model's own predictive,
     *     its correlation shrunk toward the panel's
     */
    public static ErrorCalibration correlationOnly(PooledCorrelation correlation) {
        return new ErrorCalibration(
                Source.PANEL, 1, Double.POSITIVE_INFINITY, 0, List.of(), correlation, HorizonErrors.none());
    }

    /**
     * @return a panel calibration that found no errors to fit: the shock model's own predictive is used
     */
    public static ErrorCalibration emptyPanel() {
        return correlationOnly(PooledCorrelation.none());
    }

    /**
     * @param source a scenario's request
     * @return what a projection made without a forecaster carries: {@link #none()}, or {@link #unresolved()}
     *     for the panel
     */
    public static ErrorCalibration unfitted(Source source) {
        return source == Source.NONE ? NONE : UNRESOLVED;
    }

    /** @return whether the panel still has to be fitted */
    public boolean isUnresolved() {
        return checks < 0;
    }

    /** @return whether a fitted calibration applies (errors by horizon, or a factor and tail) */
    public boolean applies() {
        return source == Source.PANEL && checks > 0;
    }

    /**
     * @return the same calibration without its errors by horizon: the Student-t summary of them (a density, for
     *     scoring forecasts by their log density)
     */
    public ErrorCalibration withoutErrors() {
        return errors.isEmpty()
                ? this
                : new ErrorCalibration(
                        source, varianceFactor, degreesOfFreedom, checks, economies, correlation, HorizonErrors.none());
    }

    /** @return whether the run's distribution of ln(D/O) is its central forecast plus the errors by horizon */
    public boolean byErrors() {
        return applies() && !errors.isEmpty();
    }
}
