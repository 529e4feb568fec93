package org.targetcast.model.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.simulation.ShockEstimator;
import org.targetcast.model.simulation.ShockModel;

/**
 * One-at-a-time sensitivity (tornado): each assumption moved to a low and a high value with the others
 * as in the scenario, and the change in one target's probability. Default ranges, around the scenario's
 * own values: growth of each component ±2 points a year around its average projected growth;
 * volatilities ×0.5 and ×1.5; correlation ∓0.3 (kept within [−1, 1]); and, where a volatility is
 * estimated, the variance scale from 1 (the raw estimate) to 30 (the full share-band backtest).
 */
public final class Sensitivity {
    /** The high end of the variance scale's range: the full share-band backtest's estimate. */
    public static final double CALIBRATION_HIGH = 30;

    /** How far growth assumptions move each way. */
    public static final double GROWTH_STEP = 0.02;

    private Sensitivity() {
    }

    /**
     * One bar.
     *
     * @param assumption what was moved
     * @param low its low value
     * @param high its high value
     * @param atLow the probability at the low value
     * @param atHigh the probability at the high value
     */
    public record Bar(Assumption assumption, double low, double high, double atLow, double atHigh) {
        /** @return the width of the bar, |atHigh − atLow| */
        public double range() {
            return Math.abs(atHigh - atLow);
        }
    }

    /**
     * @param base the probability under the scenario as it is
     * @param bars widest first
     * @param targetIndex the target
     */
    public record Result(double base, List<Bar> bars, int targetIndex) {
        /** Copies the bars. */
        public Result {
            bars = List.copyOf(bars);
        }
    }

    /**
     * @param evaluator how a variant's probability is computed
     * @param scenario the scenario
     * @param targetIndex the target
     * @return the bars, widest first
     */
    public static Result run(Evaluator evaluator, Scenario scenario, int targetIndex) {
        Projection p = evaluator.project(scenario);
        int c = p.lastObservedYear();
        int h = p.horizon() - c;
        double gd = Math.pow(p.digital(p.horizon()) / p.digital(c), 1.0 / h) - 1;
        double go = Math.pow(p.other(p.horizon()) / p.other(c), 1.0 / h) - 1;
        ShockModel s = ShockEstimator.estimate(p).model();
        List<Bar> bars = new ArrayList<>();
        bars.add(bar(evaluator, scenario, targetIndex, Assumption.DIGITAL_GROWTH, gd - GROWTH_STEP, gd + GROWTH_STEP, c + 1));
        bars.add(bar(evaluator, scenario, targetIndex, Assumption.OTHER_GROWTH, go - GROWTH_STEP, go + GROWTH_STEP, c + 1));
        bars.add(bar(evaluator, scenario, targetIndex, Assumption.DIGITAL_VOLATILITY, s.sigmaDigital() * 0.5, s.sigmaDigital() * 1.5, c + 1));
        bars.add(bar(evaluator, scenario, targetIndex, Assumption.OTHER_VOLATILITY, s.sigmaOther() * 0.5, s.sigmaOther() * 1.5, c + 1));
        bars.add(bar(evaluator, scenario, targetIndex, Assumption.CORRELATION, Math.max(-1, s.correlation() - 0.3),
                Math.min(1, s.correlation() + 0.3), c + 1));
        if (scenario.uncertainty().volatilityDigital() == null || scenario.uncertainty().volatilityOther() == null) {
            // the calibration itself: from the raw estimate (1) to the full backtest's scale (30)
            bars.add(bar(evaluator, scenario, targetIndex, Assumption.VARIANCE_SCALE, 1, CALIBRATION_HIGH, c + 1));
        }
        bars.sort(Comparator.comparingDouble(Bar::range).reversed());
        return new Result(evaluator.probability(scenario, targetIndex), bars, targetIndex);
    }

    private static Bar bar(Evaluator e, Scenario s, int target, Assumption a, double low, double high, int first) {
        return new Bar(a, low, high, e.probability(a.apply(s, first, low), target), e.probability(a.apply(s, first, high), target));
    }
}
