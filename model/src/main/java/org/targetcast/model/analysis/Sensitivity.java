package org.targetcast.model.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.targetcast.model.ModelException;
import org.targetcast.model.calibration.FamilyWeights;
import org.targetcast.model.data.Basis;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.simulation.ShockEstimator;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.trend.TrendFamily;

/**
 * One-at-a-time sensitivity (tornado): each assumption moved to a low and a high value with the others
 * as in the scenario, and the change in one target's probability. Default ranges, around the scenario's
 * own values: growth of each component ±2 points a year around its average projected growth;
 * volatilities ×0.5 and ×1.5; correlation ∓0.3 (kept within [−1, 1]); and, where a volatility is
 * estimated, the variance scale from half to double the estimate.
 *
 * <p>Three bars are choices, not numbers ({@link Alternative}): <b>band calibration</b>, the probability
 * with the scenario's panel calibration and with the model's own bands, where a calibration applies;
 * <b>model choice</b>, the probability under
 * each of the scenario's {@code uncertainty.families} alone ({@link FamilyWeights#withFamily}, the family
 * each member of the model average is run with), from the lowest to the highest, where at least two can be
 * fitted; and <b>data basis</b>, the probability on each basis's China history, lowest to highest, where
 * the caller gives one evaluator per basis. They are ranked by width with the others.
 */
public final class Sensitivity {
    /**
     * The variance scale's range, as a factor on the estimated shock variance: halved to doubled. A variance
     * estimated from about ten yearly changes is uncertain by about that much (the 90 % interval of s²/σ²
     * with 9 degrees of freedom is 0.37 to 1.88); the shipped scenarios state no scale.
     */
    public static final double SCALE_LOW = 0.5;

    /** The high end of the variance scale's range: see {@link #SCALE_LOW}. */
    public static final double SCALE_HIGH = 2;

    /** How far growth assumptions move each way. */
    public static final double GROWTH_STEP = 0.02;

    private Sensitivity() {}

    /**
     * One bar.
     *
     * @param factor what was moved
     * @param low its low value (an assumption's), NaN for an alternative
     * @param high its high value (an assumption's), NaN for an alternative
     * @param atLow the probability at the low end
     * @param atHigh the probability at the high end
     * @param lowOption the option at the low end (an alternative's key, e.g. {@code drift}), null for an assumption
     * @param highOption the option at the high end, null for an assumption
     */
    public record Bar(
            Factor factor, double low, double high, double atLow, double atHigh, String lowOption, String highOption) {
        /** Checks that an assumption has values and an alternative has options. */
        public Bar {
            Objects.requireNonNull(factor, "factor");
            if (factor instanceof Alternative) {
                if (lowOption == null || highOption == null || !Double.isNaN(low) || !Double.isNaN(high)) {
                    throw ModelException.of(
                            "sensitivity bar %s: an alternative has two options and no values", factor.key());
                }
            } else if (lowOption != null || highOption != null) {
                throw ModelException.of("sensitivity bar %s: an assumption has values, not options", factor.key());
            }
        }

        /**
         * @param a the assumption
         * @param low its low value
         * @param high its high value
         * @param atLow the probability at the low value
         * @param atHigh the probability at the high value
         * @return the bar
         */
        public static Bar of(Assumption a, double low, double high, double atLow, double atHigh) {
            return new Bar(a, low, high, atLow, atHigh, null, null);
        }

        /**
         * @param a the alternative
         * @param lowOption the option with the lower probability
         * @param atLow its probability
         * @param highOption the option with the higher probability
         * @param atHigh its probability
         * @return the bar
         */
        public static Bar choice(Alternative a, String lowOption, double atLow, String highOption, double atHigh) {
            return new Bar(a, Double.NaN, Double.NaN, atLow, atHigh, lowOption, highOption);
        }

        /** @return the width of the bar, |atHigh − atLow| */
        public double range() {
            return Math.abs(atHigh - atLow);
        }

        /** @return whether the bar is a choice between options rather than an assumption's range */
        public boolean isChoice() {
            return factor instanceof Alternative;
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
     * @return the bars, widest first (no data basis bar)
     */
    public static Result run(Evaluator evaluator, Scenario scenario, int targetIndex) {
        return run(evaluator, scenario, targetIndex, Map.of());
    }

    /**
     * @param evaluator how a variant's probability is computed
     * @param scenario the scenario
     * @param targetIndex the target
     * @param onEachBasis one evaluator per data basis (the scenario's own history among them) for the data
     *     basis bar; empty, or a single basis, for none
     * @return the bars, widest first
     */
    public static Result run(
            Evaluator evaluator, Scenario scenario, int targetIndex, Map<Basis, Evaluator> onEachBasis) {
        return run(evaluator, Simulator.withDefaults(), scenario, targetIndex, onEachBasis);
    }

    /**
     * @param unweighed how a variant's probability is computed
     * @param simulator the run's simulator: the base, and each data basis's end of its bar, are the
     *     scenario's probability exactly as {@code run} gives it
     * @param scenario the scenario
     * @param targetIndex the target
     * @param onEachBasis one evaluator per data basis (the scenario's own history among them) for the data
     *     basis bar; empty, or a single basis, for none
     * @return the bars, widest first
     */
    public static Result run(
            Evaluator unweighed,
            Simulator simulator,
            Scenario scenario,
            int targetIndex,
            Map<Basis, Evaluator> onEachBasis) {
        Evaluator evaluator = unweighed.weighing(scenario);
        double base = evaluator.asRun(simulator, scenario, targetIndex);
        Projection p = evaluator.project(scenario);
        int c = p.lastObservedYear();
        double gd = Assumption.DIGITAL_GROWTH.current(p);
        double go = Assumption.OTHER_GROWTH.current(p);
        ShockModel s = ShockEstimator.model(p);
        List<Bar> bars = new ArrayList<>();
        bars.add(bar(
                evaluator,
                scenario,
                targetIndex,
                Assumption.DIGITAL_GROWTH,
                gd - GROWTH_STEP,
                gd + GROWTH_STEP,
                c + 1));
        bars.add(bar(
                evaluator, scenario, targetIndex, Assumption.OTHER_GROWTH, go - GROWTH_STEP, go + GROWTH_STEP, c + 1));
        bars.add(bar(
                evaluator,
                scenario,
                targetIndex,
                Assumption.DIGITAL_VOLATILITY,
                s.sigmaDigital() * 0.5,
                s.sigmaDigital() * 1.5,
                c + 1));
        bars.add(bar(
                evaluator,
                scenario,
                targetIndex,
                Assumption.OTHER_VOLATILITY,
                s.sigmaOther() * 0.5,
                s.sigmaOther() * 1.5,
                c + 1));
        bars.add(bar(
                evaluator,
                scenario,
                targetIndex,
                Assumption.CORRELATION,
                Math.max(-1, s.correlation() - 0.3),
                Math.min(1, s.correlation() + 0.3),
                c + 1));
        if (scenario.uncertainty().volatilityDigital() == null
                || scenario.uncertainty().volatilityOther() == null) {
            // how much the size of the estimated variance matters: halved to doubled
            bars.add(bar(evaluator, scenario, targetIndex, Assumption.VARIANCE_SCALE, SCALE_LOW, SCALE_HIGH, c + 1));
        }
        modelChoice(evaluator, scenario, targetIndex).ifPresent(bars::add);
        if (p.calibration().applies()) {
            Scenario own =
                    scenario.withUncertainty(scenario.uncertainty().withCalibration(ErrorCalibration.Source.NONE));
            bars.add(choice(
                    Alternative.BAND_CALIBRATION,
                    List.of(
                            new Option(ErrorCalibration.Source.PANEL.key(), base),
                            new Option(ErrorCalibration.Source.NONE.key(), evaluator.probability(own, targetIndex)))));
        }
        if (onEachBasis.size() > 1) {
            List<Option> options = new ArrayList<>();
            onEachBasis.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> options.add(
                            new Option(e.getKey().key(), e.getValue().asRun(simulator, scenario, targetIndex))));
            bars.add(choice(Alternative.DATA_BASIS, options));
        }
        bars.sort(Comparator.comparingDouble(Bar::range).reversed());
        return new Result(base, bars, targetIndex);
    }

    /**
     * @return the model choice bar: each of the scenario's families alone, lowest to highest; empty if fewer
     *     than two families are listed or can be fitted (a family that cannot is left out, as in the average)
     */
    private static Optional<Bar> modelChoice(Evaluator evaluator, Scenario scenario, int target) {
        List<Option> options = new ArrayList<>();
        for (TrendFamily f : scenario.uncertainty().families()) {
            try {
                options.add(new Option(f.key(), evaluator.probability(FamilyWeights.withFamily(scenario, f), target)));
            } catch (ModelException e) {
                // cannot be fitted on this history: not a credible member, as in the model average
            }
        }
        return options.size() < 2 ? Optional.empty() : Optional.of(choice(Alternative.MODEL_CHOICE, options));
    }

    private record Option(String key, double probability) {}

    private static Bar choice(Alternative a, List<Option> options) {
        Option lo = options.stream()
                .min(Comparator.comparingDouble(Option::probability))
                .orElseThrow();
        Option hi = options.stream()
                .max(Comparator.comparingDouble(Option::probability))
                .orElseThrow();
        return Bar.choice(a, lo.key(), lo.probability(), hi.key(), hi.probability());
    }

    private static Bar bar(Evaluator e, Scenario s, int target, Assumption a, double low, double high, int first) {
        return Bar.of(
                a,
                low,
                high,
                e.probability(a.apply(s, first, low), target),
                e.probability(a.apply(s, first, high), target));
    }
}
