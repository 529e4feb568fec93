package org.targetcast.model.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The jump estimator on 2,000 synthetic series from a known model with yearly jumps: 100 panels of 20
 * economies, 14 observed years each (13 changes) and {@value #HELD_OUT} held-out years. The true model:
 * λ = {@value #LAMBDA}, μ_J = {@value #SIZE_MEAN}, σ_J = {@value #SIZE_SD}; each economy's drift from
 * N(0.06, 0.03²) and volatility uniform on [0.03, 0.10]. Judged: the fitted frequency's 90 % interval covers
 * the true λ at least 85 % of the time, and the 80 % predictive bands of the fitted model (its point
 * estimates, each economy's drift with its estimation variance) cover the held-out years 77-83 % of the time,
 * one year ahead and over several years (each horizon 1 to {@value #HELD_OUT} apart). About a sixth of these
 * jumps are within 0.1 of zero, where no estimator can tell them from an ordinary year: the fitted λ
 * averages about 0.062 here, and the check is that the interval still covers.
 *
 * <p>Measured with the seed below: λ covered in 92 of 100 panels (97 when each replicate was refitted from
 * the panel's two rough starts rather than from the fit that generated it); bands cover 81.0, 80.3, 80.7,
 * 80.4 and 79.7 % at 1 to 5 years.
 */
class JumpSyntheticCoverageTest {
    static final double LAMBDA = 0.07;
    static final double SIZE_MEAN = -0.25;
    static final double SIZE_SD = 0.15;
    static final int PANELS = 100;
    static final int ECONOMIES = 20;
    static final int CHANGES = 13;
    static final int HELD_OUT = 5;

    /** A panel with its held-out changes. */
    record Panel(List<YearlyChanges> fitted, double[][] heldOut) {}

    static Panel panel(UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        List<YearlyChanges> fitted = new ArrayList<>();
        double[][] held = new double[ECONOMIES][HELD_OUT];
        for (int i = 0; i < ECONOMIES; i++) {
            double mu = 0.06 + 0.03 * z.sample();
            double sigma = 0.03 + 0.07 * rng.nextDouble();
            double[] x = new double[CHANGES + HELD_OUT];
            for (int t = 0; t < x.length; t++) {
                x[t] = mu + sigma * z.sample();
                if (rng.nextDouble() < LAMBDA) {
                    x[t] += SIZE_MEAN + SIZE_SD * z.sample();
                }
            }
            fitted.add(new YearlyChanges("e" + i, 2011, java.util.Arrays.copyOf(x, CHANGES)));
            held[i] = java.util.Arrays.copyOfRange(x, CHANGES, x.length);
        }
        return new Panel(fitted, held);
    }

    @Test
    void frequencyIntervalsAndPredictiveBandsCover() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261206L);
        List<Panel> panels = new ArrayList<>();
        for (int p = 0; p < PANELS; p++) {
            panels.add(panel(rng));
        }
        JumpEstimator estimator = JumpEstimator.withDefaults().withReplicates(100);
        int covered = 0;
        int[] inside = new int[HELD_OUT + 1];
        int[] total = new int[HELD_OUT + 1];
        for (Panel panel : panels) {
            JumpComponent f = estimator.fit("synthetic", panel.fitted());
            if (f.frequency().lower() <= LAMBDA && LAMBDA <= f.frequency().upper()) {
                covered++;
            }
            for (int i = 0; i < ECONOMIES; i++) {
                double cumulative = 0;
                for (int h = 1; h <= HELD_OUT; h++) {
                    cumulative += panel.heldOut()[i][h - 1];
                    JumpMixture m = f.predictive("e" + i, h);
                    total[h]++;
                    if (m.quantile(0.1) <= cumulative && cumulative <= m.quantile(0.9)) {
                        inside[h]++;
                    }
                }
            }
        }
        assertTrue(covered >= 85, "the 90 % interval of λ covers the true λ in " + covered + " of " + PANELS);
        for (int h = 1; h <= HELD_OUT; h++) {
            double coverage = (double) inside[h] / total[h];
            String what = String.format(Locale.ROOT, "80 %% band %d year(s) ahead covers %.3f", h, coverage);
            assertTrue(coverage >= 0.77 && coverage <= 0.83, what);
        }
    }
}
