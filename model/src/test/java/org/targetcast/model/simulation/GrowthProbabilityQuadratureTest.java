package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.targetcast.model.ModelException;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.Target;

/**
 * The growth target's probability when a path's trend draw and volatility scale make its years dependent
 * ({@link ClosedForm#growthProbability}), against a simulation written here from the model's definition
 * (its own random numbers: {@link SplittableRandom}, the χ² as a sum of squared normals), against the
 * engine's {@link MonteCarlo}, and against the plain product where nothing is drawn per path.
 */
class GrowthProbabilityQuadratureTest {
    private static final int PATHS = 400_000;

    /** Ten projected years from 2026; digital's yearly growth alternates around {@code g}. */
    private static SimulationPlan plan(double g, boolean[] trend, Target target) {
        double[] gd = new double[10];
        double[] go = new double[10];
        for (int k = 0; k < gd.length; k++) {
            gd[k] = g + (k % 2 == 0 ? 0.01 : -0.01);
        }
        Arrays.fill(go, 0.04);
        return new SimulationPlan(
                2025, Math.log(0.382 / 0.618), gd, go, trend, trend, List.of(target), new double[] {0.05, 0.06}, 2023);
    }

    private static boolean[] allTrend() {
        boolean[] t = new boolean[10];
        Arrays.fill(t, true);
        return t;
    }

    /** The first two projected years follow a stated path (no trend draw), the others the trend. */
    private static boolean[] statedThenTrend() {
        boolean[] t = allTrend();
        t[0] = false;
        t[1] = false;
        return t;
    }

    static Stream<Arguments> cases() {
        GrowthTarget everyYear = new GrowthTarget(2025, 2029, 0.0);
        GrowthTarget fivePercent = new GrowthTarget(2026, 2030, 0.05);
        GrowthTarget average = new GrowthTarget(2025, 2029, 0.06, true);
        return Stream.of(
                Arguments.of(
                        "trend draw",
                        plan(0.08, allTrend(), everyYear),
                        new ShockModel(
                                0.06,
                                0.09,
                                0.3,
                                0,
                                Double.POSITIVE_INFINITY,
                                0.04,
                                0.05,
                                0.3,
                                Double.POSITIVE_INFINITY)),
                Arguments.of(
                        "trend draw and scale (13 changes)",
                        plan(0.08, allTrend(), everyYear),
                        new ShockModel(0.06, 0.09, 0.3, 0, Double.POSITIVE_INFINITY, 0.04, 0.05, 0.3, 12)),
                Arguments.of(
                        "scale alone, few changes",
                        plan(0.09, allTrend(), fivePercent),
                        new ShockModel(0.05, 0.09, 0.3, 0, Double.POSITIVE_INFINITY, 0, 0, 0, 4)),
                Arguments.of(
                        "trend draw and a scale from 3 changes",
                        plan(0.09, allTrend(), everyYear),
                        new ShockModel(0.05, 0.09, 0.3, 0, Double.POSITIVE_INFINITY, 0.03, 0.05, 0.3, 2)),
                Arguments.of(
                        "stated years then trend",
                        plan(0.07, statedThenTrend(), fivePercent),
                        new ShockModel(0.04, 0.09, 0.3, 0, Double.POSITIVE_INFINITY, 0.03, 0.05, 0.3, 12)),
                Arguments.of(
                        "average with both draws",
                        plan(0.07, statedThenTrend(), average),
                        new ShockModel(0.05, 0.09, 0.3, 0, Double.POSITIVE_INFINITY, 0.03, 0.05, 0.3, 6)));
    }

    /** The model's definition, simulated directly: P(every year's digital log growth ≥ ln(1+g)), or the average. */
    private static double simulate(SimulationPlan plan, ShockModel s, GrowthTarget t, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int from = Math.max(t.from(), plan.lastObservedYear() + 1) - plan.lastObservedYear() - 1;
        int to = t.to() - plan.lastObservedYear() - 1;
        double thr = Math.log1p(t.atLeast());
        int met = 0;
        for (int p = 0; p < PATHS; p++) {
            double scale = 1;
            if (s.volatilityDf() != Double.POSITIVE_INFINITY) {
                double chi2 = 0;
                for (int i = 0; i < (int) s.volatilityDf(); i++) {
                    double e = gaussian(rng);
                    chi2 += e * e;
                }
                scale = Math.sqrt(s.volatilityDf() / chi2);
            }
            double draw = scale * s.parameterSdDigital() * gaussian(rng);
            boolean ok = true;
            double sum = 0;
            for (int k = from; k <= to; k++) {
                double growth = plan.growthDigital()[k]
                        + (plan.trendDigital()[k] ? draw : 0)
                        + scale * s.sigmaDigital() * gaussian(rng);
                ok &= growth >= thr;
                sum += growth;
            }
            if (t.average()) {
                // the observed years of the range count too (2025 here: index 2025 − 2023 − 1)
                double observed = 0;
                for (int y = Math.max(t.from(), plan.firstObservedYear() + 1); y <= plan.lastObservedYear(); y++) {
                    observed += plan.observedGrowth()[y - plan.firstObservedYear() - 1];
                }
                ok = observed + sum >= (t.to() - t.from() + 1) * thr;
            }
            met += ok ? 1 : 0;
        }
        return (double) met / PATHS;
    }

    private static double gaussian(SplittableRandom rng) {
        // Box–Muller on the generator's own doubles: independent of the engine's ziggurat sampler
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void quadratureAgreesWithTheModelSimulatedDirectlyAndWithTheEngine(
            String name, SimulationPlan plan, ShockModel shocks) {
        GrowthTarget t = (GrowthTarget) plan.targets().get(0);
        double exact = ClosedForm.of(plan, shocks).growthProbability(t);
        assertTrue(exact > 0.05 && exact < 0.95, name + ": a probability away from the ends, found " + exact);
        double se = Math.sqrt(exact * (1 - exact) / PATHS);
        double direct = simulate(plan, shocks, t, 11);
        assertEquals(exact, direct, 4 * se, name + ": simulated from the definition");
        double engine = MonteCarlo.withDefaults()
                .withPaths(PATHS)
                .withThreads(2)
                .run(plan, shocks, 5)
                .probability(0);
        assertEquals(exact, engine, 4 * se, name + ": the engine");
    }

    @Test
    void withoutDrawsItIsThePlainProduct() {
        GrowthTarget t = new GrowthTarget(2025, 2029, 0.0);
        SimulationPlan plan = plan(0.05, allTrend(), t);
        double p = ClosedForm.of(plan, ShockModel.gaussian(0.06, 0.09, 0.3)).growthProbability(t);
        double product = 1;
        for (int k = 0; k < 4; k++) {
            product *= 0.5 * Erf.erfc(-plan.growthDigital()[k] / (0.06 * Math.sqrt(2)));
        }
        // 2025 is observed (growth 0.06 ≥ 0), 2026-2029 are projected
        assertEquals(product, p, 1e-14);
    }

    @Test
    void aVanishingTrendDrawOrScaleGivesThePlainProduct() {
        // the quadratures reduce to the product as the draws vanish: a check of their weights and nodes
        GrowthTarget t = new GrowthTarget(2025, 2029, 0.0);
        SimulationPlan plan = plan(0.05, allTrend(), t);
        double product =
                ClosedForm.of(plan, ShockModel.gaussian(0.06, 0.09, 0.3)).growthProbability(t);
        double tinyDraw = ClosedForm.of(
                        plan,
                        new ShockModel(
                                0.06, 0.09, 0.3, 0, Double.POSITIVE_INFINITY, 1e-9, 0, 0, Double.POSITIVE_INFINITY))
                .growthProbability(t);
        double manyChanges = ClosedForm.of(
                        plan, new ShockModel(0.06, 0.09, 0.3, 0, Double.POSITIVE_INFINITY, 0, 0, 0, 1e7))
                .growthProbability(t);
        assertEquals(product, tinyDraw, 1e-9);
        assertEquals(product, manyChanges, 1e-5);
    }

    @Test
    void persistentShocksAreLeftToTheSimulation() {
        GrowthTarget t = new GrowthTarget(2025, 2029, 0.0);
        ClosedForm f = ClosedForm.of(
                plan(0.05, allTrend(), t), new ShockModel(0.05, 0.06, 0.3, 0.5, Double.POSITIVE_INFINITY, 0.01, 0.015));
        assertThrows(ModelException.class, () -> f.growthProbability(t));
    }
}
