package org.targetcast.model.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;

class StudentTErrorsTest {
    /**
     * The 120 standardised share forecast errors of the baseline model on the shipped panel with China left
     * out; R's dt() likelihood maximised in student-t-errors.R (beside the data) gives these values.
     */
    @Test
    void matchesTheMaximumLikelihoodFitOfR() throws IOException {
        double[] z = panelErrors();
        assertEquals(120, z.length);
        StudentTErrors fit = StudentTErrors.fit(z);
        assertEquals(2.19766776, fit.varianceFactor(), 2e-6);
        assertEquals(1.57860676, fit.degreesOfFreedom(), 2e-6);
        assertEquals(-300.66132227, fit.logLikelihood(), 1e-7);
        assertEquals(120, fit.count());
    }

    @Test
    void recoversTheScaleAndTailOfSimulatedErrors() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261130L);
        var normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int nu = 4;
        double k = 2.5;
        double[] z = new double[20_000];
        for (int i = 0; i < z.length; i++) {
            double chi = 0;
            for (int j = 0; j < nu; j++) {
                double g = normal.sample();
                chi += g * g;
            }
            z[i] = Math.sqrt(k) * normal.sample() / Math.sqrt(chi / nu);
        }
        StudentTErrors fit = StudentTErrors.fit(z);
        assertEquals(k, fit.varianceFactor(), 0.1);
        assertEquals(nu, fit.degreesOfFreedom(), 0.4);
    }

    @Test
    void gaussianErrorsGetManyDegreesOfFreedom() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        var normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] z = new double[20_000];
        for (int i = 0; i < z.length; i++) {
            z[i] = 0.5 * normal.sample();
        }
        StudentTErrors fit = StudentTErrors.fit(z);
        assertTrue(fit.degreesOfFreedom() > 50, "df " + fit.degreesOfFreedom());
        assertEquals(0.25, fit.varianceFactor(), 0.01);
    }

    @Test
    void theProfileScaleMaximisesTheLikelihoodForItsDegreesOfFreedom() throws IOException {
        double[] z = panelErrors();
        for (double df : new double[] {1, 2.5, 10, 100}) {
            double k = StudentTErrors.scale(z, df);
            double at = StudentTErrors.logLikelihood(z, df, k);
            assertTrue(at >= StudentTErrors.logLikelihood(z, df, k * 1.01));
            assertTrue(at >= StudentTErrors.logLikelihood(z, df, k / 1.01));
        }
    }

    @Test
    void refusesTooFewOrDegenerateErrors() {
        assertThrows(ModelException.class, () -> StudentTErrors.fit(new double[] {1, 2, 3}));
        assertThrows(ModelException.class, () -> StudentTErrors.fit(new double[12]));
        double[] bad = new double[12];
        bad[3] = Double.NaN;
        assertThrows(ModelException.class, () -> StudentTErrors.fit(bad));
    }

    private static double[] panelErrors() throws IOException {
        try (var in = new BufferedReader(new InputStreamReader(
                StudentTErrorsTest.class.getResourceAsStream("panel-errors.csv"), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).mapToDouble(Double::parseDouble).toArray();
        }
    }
}
