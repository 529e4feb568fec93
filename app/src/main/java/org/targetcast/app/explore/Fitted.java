package org.targetcast.app.explore;

import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.simulation.ShockEstimator;
import org.targetcast.model.simulation.ShockModel;

/**
 * The value of each assumption in a scenario as loaded, before the user moves anything: where the
 * sliders start and what "reset" returns to. Growth is the average yearly growth of the projection,
 * {@code (y(H) / y(c))^(1/(H − c)) − 1} from the latest observed year c to the horizon H (for a log-linear
 * trend, its constant growth); volatility and correlation are the shock model's, estimated from the fit
 * windows unless the scenario states them ({@link ShockEstimator}).
 *
 * @param digitalGrowth average yearly growth of digital trade
 * @param otherGrowth average yearly growth of other services trade
 * @param digitalVolatility σ of digital's yearly log growth
 * @param otherVolatility σ of other's yearly log growth
 * @param correlation ρ of the two components' shocks
 */
public record Fitted(
        double digitalGrowth,
        double otherGrowth,
        double digitalVolatility,
        double otherVolatility,
        double correlation,
        double varianceScale) {

    /**
     * @param p the projection of the scenario as loaded
     * @return its assumptions' values
     */
    public static Fitted of(Projection p) {
        int c = p.lastObservedYear();
        int years = p.horizon() - c;
        double gd = Math.pow(p.digital(p.horizon()) / p.digital(c), 1.0 / years) - 1;
        double go = Math.pow(p.other(p.horizon()) / p.other(c), 1.0 / years) - 1;
        ShockModel s = ShockEstimator.model(p);
        return new Fitted(
                gd,
                go,
                s.sigmaDigital(),
                s.sigmaOther(),
                s.correlation(),
                p.scenario().uncertainty().varianceScale());
    }

    /**
     * @param a an assumption
     * @return its value in the scenario as loaded
     */
    public double value(Assumption a) {
        return switch (a) {
            case DIGITAL_GROWTH -> digitalGrowth;
            case OTHER_GROWTH -> otherGrowth;
            case DIGITAL_VOLATILITY -> digitalVolatility;
            case OTHER_VOLATILITY -> otherVolatility;
            case CORRELATION -> correlation;
            case VARIANCE_SCALE -> varianceScale;
        };
    }
}
