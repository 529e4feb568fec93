package org.targetcast.model.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;

/**
 * The predictive distribution over h years with yearly jumps: its cdf against 200,000 paths simulated year
 * by year and against a numerical convolution of the one-year density, its quantile against its cdf, its
 * moments against their integrals.
 */
class JumpMixtureTest {
    private static final JumpMixture FIVE_YEARS = JumpMixture.of(5, 0.04, 0.05, 0.07, -0.25, 0.15);

    @Test
    void theCdfIsTheDistributionOfPathsSimulatedYearByYear() {
        int n = 200_000;
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        JumpMixture m = FIVE_YEARS.withDriftVariance(0.0004);
        double[] sums = new double[n];
        for (int k = 0; k < n; k++) {
            // the drift's estimation error is drawn once per path, the years' changes and jumps year by year
            double drift = m.drift() + Math.sqrt(m.driftVariance()) * z.sample();
            double s = 0;
            for (int y = 0; y < m.horizon(); y++) {
                s += drift + m.volatility() * z.sample();
                if (rng.nextDouble() < m.frequency()) {
                    s += m.sizeMean() + m.sizeSd() * z.sample();
                }
            }
            sums[k] = s;
        }
        Arrays.sort(sums);
        for (double p : new double[] {0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
            double x = m.quantile(p);
            double empirical = upperIndex(sums, x) / (double) n;
            double se = Math.sqrt(p * (1 - p) / n);
            assertEquals(p, empirical, 4 * se, "F(" + x + ")");
        }
    }

    @Test
    void theCdfIsTheConvolutionOfTheYears() {
        // the one-year density (1 − λ) φ(x; μ, σ²) + λ φ(x; μ + μ_J, σ² + σ_J²) on a grid, convolved with itself
        // h times, integrated to a cdf
        JumpMixture m = JumpMixture.of(3, 0.02, 0.06, 0.2, -0.3, 0.2);
        double step = 0.001;
        int half = 4000;
        double[] year = new double[2 * half + 1];
        NormalDistribution ordinary = new NormalDistribution(null, 0.02, 0.06);
        NormalDistribution jump = new NormalDistribution(null, 0.02 - 0.3, Math.sqrt(0.06 * 0.06 + 0.2 * 0.2));
        for (int i = 0; i < year.length; i++) {
            double x = (i - half) * step;
            year[i] = (0.8 * ordinary.density(x) + 0.2 * jump.density(x)) * step;
        }
        double[] sum = year;
        for (int h = 2; h <= m.horizon(); h++) {
            sum = convolve(sum, year);
        }
        int centre = (sum.length - 1) / 2;
        for (double x : new double[] {-1.2, -0.6, -0.3, -0.1, 0, 0.06, 0.15, 0.3}) {
            double cdf = 0;
            int upto = centre + (int) Math.round(x / step);
            for (int i = 0; i <= upto; i++) {
                cdf += sum[i];
            }
            // the grid's mass at x itself counts half (midpoint rule)
            cdf -= 0.5 * sum[upto];
            assertEquals(cdf, m.cdf(x), 2e-5, "F(" + x + ")");
        }
    }

    private static double[] convolve(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 1e-300) {
                continue;
            }
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }

    private static int upperIndex(double[] sorted, double x) {
        int i = Arrays.binarySearch(sorted, x);
        return i >= 0 ? i + 1 : -i - 1;
    }

    @Test
    void theQuantileInvertsTheCdf() {
        for (JumpMixture m : new JumpMixture[] {
            FIVE_YEARS, JumpMixture.of(1, 0, 0.05, 0.3, -0.8, 0.1), JumpMixture.of(12, 0.1, 0.02, 0.5, 0.4, 0.05)
        }) {
            for (double p : new double[] {1e-6, 0.001, 0.1, 0.3, 0.5, 0.8, 0.9, 0.999}) {
                assertEquals(p, m.cdf(m.quantile(p)), 1e-9, m + " at " + p);
            }
            assertEquals(Double.NEGATIVE_INFINITY, m.quantile(0));
            assertEquals(Double.POSITIVE_INFINITY, m.quantile(1));
        }
    }

    @Test
    void theMomentsAreTheDensitysIntegrals() {
        JumpMixture m = FIVE_YEARS.withDriftVariance(0.0001);
        double step = 1e-4;
        double mass = 0;
        double first = 0;
        double second = 0;
        for (double x = -4; x <= 4; x += step) {
            double f = m.density(x) * step;
            mass += f;
            first += x * f;
            second += x * x * f;
        }
        assertEquals(1, mass, 1e-8);
        assertEquals(m.mean(), first, 1e-8);
        assertEquals(m.variance(), second - first * first, 1e-8);
        assertEquals(5 * (0.04 + 0.07 * -0.25), m.mean(), 1e-15);
    }

    @Test
    void withoutJumpsItIsTheGaussian() {
        JumpMixture m = JumpMixture.of(4, 0.05, 0.1, 0, -0.3, 0.2);
        NormalDistribution g = new NormalDistribution(null, 0.2, Math.sqrt(4 * 0.01));
        for (double x : new double[] {-0.5, 0, 0.2, 0.4, 0.9}) {
            assertEquals(g.cumulativeProbability(x), m.cdf(x), 1e-14);
        }
        assertEquals(g.inverseCumulativeProbability(0.9), m.quantile(0.9), 1e-10);
        assertEquals(1, m.weight(0), 0);
    }

    @Test
    void theWeightsAreBinomial() {
        double sum = 0;
        for (int k = 0; k <= 5; k++) {
            sum += FIVE_YEARS.weight(k);
        }
        assertEquals(1, sum, 1e-15);
        assertEquals(5 * 0.07 * Math.pow(0.93, 4), FIVE_YEARS.weight(1), 1e-15);
        assertEquals(Math.sqrt(5 * 0.0025 + 2 * 0.0225), FIVE_YEARS.componentSd(2), 1e-15);
        assertEquals(5 * 0.04 - 0.5, FIVE_YEARS.componentMean(2), 1e-15);
    }

    @Test
    void refusesParametersOutsideTheirRange() {
        assertTrue(assertThrows(ModelException.class, () -> JumpMixture.of(0, 0, 0.1, 0.1, 0, 0.1))
                .getMessage()
                .contains("horizon 0"));
        assertThrows(ModelException.class, () -> JumpMixture.of(1, 0, 0, 0.1, 0, 0.1));
        assertThrows(ModelException.class, () -> JumpMixture.of(1, 0, 0.1, 1.5, 0, 0.1));
        assertThrows(ModelException.class, () -> JumpMixture.of(1, 0, 0.1, 0.1, 0, -0.1));
        assertThrows(ModelException.class, () -> FIVE_YEARS.withDriftVariance(-1));
        assertThrows(ModelException.class, () -> FIVE_YEARS.quantile(1.5));
    }
}
