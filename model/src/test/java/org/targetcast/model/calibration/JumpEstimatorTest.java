package org.targetcast.model.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/**
 * The jump estimator: its optimum against an independent maximisation of the same objective, determinism
 * whatever the thread count, a planted common shock found where it was planted, its guards, and its
 * refusals of data it cannot fit.
 */
class JumpEstimatorTest {
    private static final JumpEstimator FAST = JumpEstimator.withDefaults().withReplicates(100);

    private static List<YearlyChanges> synthetic(long seed, int economies) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<YearlyChanges> out = new ArrayList<>();
        for (YearlyChanges c : JumpSyntheticCoverageTest.panel(rng).fitted()) {
            if (out.size() < economies) {
                out.add(c);
            }
        }
        return out;
    }

    /** Qn written out as its definition: the k-th smallest pairwise distance, h = n/2 + 1, k = h(h − 1)/2. */
    private static double qn(double[] x) {
        List<Double> d = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < i; j++) {
                d.add(Math.abs(x[i] - x[j]));
            }
        }
        d.sort(Double::compare);
        int h = x.length / 2 + 1;
        return 2.2219 * d.get(h * (h - 1) / 2 - 1);
    }

    private static double phi(double x, double mean, double variance) {
        return Math.exp(-0.5 * (x - mean) * (x - mean) / variance) / Math.sqrt(2 * Math.PI * variance);
    }

    /**
     * The objective written out apart from the estimator: Σ ln[(1 − λ) φ(x; μ_i, c q_i²) + λ φ(x; μ_i + μ_J,
     * c q_i² + σ_J²)] + (N/2) ln c, in the point (μ_1..μ_N, ln c, λ, μ_J, ln σ_J²).
     */
    private static double objective(double[][] x, double[] q2, double[] p) {
        int n = x.length;
        double c = Math.exp(p[n]);
        double lambda = p[n + 1];
        double muJ = p[n + 2];
        double varJ = Math.exp(p[n + 3]);
        double ll = 0.5 * n * Math.log(c);
        for (int i = 0; i < n; i++) {
            for (double v : x[i]) {
                ll += Math.log((1 - lambda) * phi(v, p[i], c * q2[i]) + lambda * phi(v, p[i] + muJ, c * q2[i] + varJ));
            }
        }
        return ll;
    }

    @Test
    void theEmOptimumIsTheMaximumAnIndependentOptimiserFinds() {
        for (long seed : new long[] {11, 12, 13}) {
            List<YearlyChanges> panel = synthetic(seed, 8);
            JumpComponent fit = FAST.fit("synthetic", panel);
            double[][] x = panel.stream().map(YearlyChanges::values).toArray(double[][]::new);
            int n = x.length;
            double[] q2 = new double[n];
            for (int i = 0; i < n; i++) {
                q2[i] = qn(x[i]) * qn(x[i]);
            }
            double[] sorted = q2.clone();
            Arrays.sort(sorted);
            double floor = 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
            assertEquals(floor, fit.sizeVarianceFloor(), 1e-15, "F is the median q²");
            double[] em = new double[n + 4];
            for (int i = 0; i < n; i++) {
                JumpComponent.Ordinary o = fit.ordinary().get(i);
                em[i] = o.drift();
                em[n] = Math.log(o.volatility() * o.volatility() / q2[i]);
            }
            em[n + 1] = fit.lambda();
            em[n + 2] = fit.sizeMean().estimate();
            em[n + 3] = Math.log(fit.sizeSd().estimate() * fit.sizeSd().estimate());
            MultivariateFunction f = p -> objective(x, q2, p);
            assertEquals(f.value(em), fit.logLikelihood(), 1e-8, "the estimator's value is the objective's");
            // BOBYQA from a point away from the EM optimum, within the guards (λ ≤ 1/2, σ_J² ≥ F)
            double[] start = em.clone();
            for (int i = 0; i < n; i++) {
                start[i] += 0.01;
            }
            start[n] += 0.3;
            start[n + 1] = Math.min(0.45, 1.5 * em[n + 1] + 0.01);
            start[n + 2] += 0.05;
            start[n + 3] = Math.max(Math.log(floor) + 0.1, em[n + 3] - 0.3);
            double[] lower = new double[n + 4];
            double[] upper = new double[n + 4];
            Arrays.fill(lower, -2);
            Arrays.fill(upper, 2);
            lower[n] = -10;
            upper[n] = 10;
            lower[n + 1] = 1e-6;
            upper[n + 1] = 0.5;
            lower[n + 3] = Math.log(floor);
            upper[n + 3] = 3;
            PointValuePair best = new BOBYQAOptimizer(2 * (n + 4) + 1, 0.05, 1e-10)
                    .optimize(
                            new MaxEval(200_000),
                            new ObjectiveFunction(f),
                            GoalType.MAXIMIZE,
                            new InitialGuess(start),
                            new SimpleBounds(lower, upper));
            assertTrue(
                    best.getValue() <= fit.logLikelihood() + 1e-6,
                    "seed " + seed + ": BOBYQA found " + best.getValue() + " above EM's " + fit.logLikelihood());
            assertEquals(fit.logLikelihood(), best.getValue(), 1e-4, "seed " + seed + ": the same maximum");
            assertEquals(em[n + 1], best.getPoint()[n + 1], 2e-3, "seed " + seed + ": λ");
            assertEquals(em[n + 2], best.getPoint()[n + 2], 2e-2, "seed " + seed + ": μ_J");
        }
    }

    @Test
    void theSameSeedGivesTheSameFitWhateverTheThreadCount() throws Exception {
        List<YearlyChanges> panel = synthetic(21, 20);
        JumpComponent one =
                new ForkJoinPool(1).submit(() -> FAST.fit("x", panel)).get();
        JumpComponent four =
                new ForkJoinPool(4).submit(() -> FAST.fit("x", panel)).get();
        assertEquals(one, four);
        JumpComponent other = FAST.withSeed(99).fit("x", panel);
        assertEquals(one.lambda(), other.lambda(), 0, "the point estimate does not depend on the seed");
        assertTrue(one.frequency().lower() != other.frequency().lower(), "the interval does");
    }

    @Test
    void aCommonShockIsFoundInItsYear() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5);
        List<YearlyChanges> panel = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double[] x = new double[13];
            for (int t = 0; t < x.length; t++) {
                // small ordinary changes, a fall of about 40 % in 2020 (index 9 of 2011-2023)
                x[t] = 0.05 + 0.03 * (rng.nextDouble() - 0.5) + (t == 9 ? -0.5 - 0.01 * rng.nextDouble() : 0);
            }
            panel.add(new YearlyChanges("e" + i, 2011, x));
        }
        JumpComponent fit = FAST.fit("other", panel);
        assertEquals(20, fit.jumpsByYear().get(2020), 1e-3, "every economy jumps in 2020");
        assertEquals(2020, fit.busiestYears(1).get(0).getKey());
        assertEquals(20.0 / 260, fit.lambda(), 1e-3);
        assertEquals(-0.505, fit.sizeMean().estimate(), 0.01);
        assertTrue(fit.frequency().lower() <= fit.lambda()
                && fit.lambda() <= fit.frequency().upper());
        // the jumps' spread (0.01 uniform, sd 0.003) is below the floor F: the guard binds
        assertEquals(Math.sqrt(fit.sizeVarianceFloor()), fit.sizeSd().estimate(), 1e-9);
        assertEquals(260, fit.economyYears());
        assertEquals(20, fit.economies());
    }

    @Test
    void refusesTooFewEconomies() {
        ModelException e = assertThrows(ModelException.class, () -> FAST.fit("digital", synthetic(1, 4)));
        assertEquals(
                "jumps of digital: 4 economies; at least 5 are needed to tell jumps from ordinary years",
                e.getMessage());
    }

    @Test
    void refusesAnEconomyWithTooFewYears() {
        List<YearlyChanges> panel = new ArrayList<>(synthetic(1, 6));
        panel.set(2, new YearlyChanges("Tuvalu", 2020, new double[] {0.1, 0.2, -0.1, 0.05}));
        ModelException e = assertThrows(ModelException.class, () -> FAST.fit("other", panel));
        assertEquals(
                "jumps of other: Tuvalu has 4 yearly changes; at least 5 are needed for its ordinary drift and"
                        + " volatility",
                e.getMessage());
    }

    @Test
    void refusesAnEconomyTwiceAndAPanelWithoutSpread() {
        List<YearlyChanges> twice = new ArrayList<>(synthetic(1, 6));
        twice.set(1, twice.get(0));
        assertTrue(assertThrows(ModelException.class, () -> FAST.fit("x", twice))
                .getMessage()
                .contains("an economy is given twice"));
        List<YearlyChanges> flat = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double[] x = new double[10];
            Arrays.fill(x, 0.03);
            flat.add(new YearlyChanges("e" + i, 2014, x));
        }
        assertTrue(assertThrows(ModelException.class, () -> FAST.fit("x", flat))
                .getMessage()
                .contains("no economy's changes have any spread"));
    }

    @Test
    void refusesBadSettingsAndBadChanges() {
        assertThrows(ModelException.class, () -> JumpEstimator.withDefaults().withReplicates(99));
        assertThrows(ModelException.class, () -> JumpEstimator.withDefaults().withLevel(1));
        ModelException nan =
                assertThrows(ModelException.class, () -> new YearlyChanges("x", 2011, new double[] {0.1, Double.NaN}));
        assertEquals("yearly changes of x: the change of 2012 is NaN; every change must be finite", nan.getMessage());
        ModelException zero = assertThrows(
                ModelException.class, () -> YearlyChanges.ofLevels("x", AnnualSeries.contiguous("x", 2010, 1, 0, 2)));
        assertTrue(zero.getMessage().contains("the level of 2011 is 0.0"), zero.getMessage());
    }

    @Test
    void changesAreLogDifferencesLabelledByTheirEndYear() {
        YearlyChanges c = YearlyChanges.ofLevels("x", AnnualSeries.contiguous("x", 2010, 100, 110, 99));
        assertEquals(2011, c.firstYear());
        assertEquals(Math.log(1.1), c.value(0), 1e-15);
        assertEquals(Math.log(0.9), c.value(1), 1e-15);
        double[] v = c.values();
        v[0] = 5;
        assertEquals(Math.log(1.1), c.value(0), 1e-15, "the values are copied out");
    }
}
