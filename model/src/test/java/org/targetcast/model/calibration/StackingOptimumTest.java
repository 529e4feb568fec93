package org.targetcast.model.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The stacking weights are the optimum of {@code Σ_i α_i log Σ_f w_f p_f(y_i)} on the simplex, checked two
 * ways that share nothing with the solver: the Karush–Kuhn–Tucker conditions (every weight above zero has the
 * same gradient, every weight at zero a gradient no larger), and the plain EM for mixture weights (Dempster,
 * Laird and Rubin 1977), written here and run for 200,000 steps, far past where it stops moving.
 */
class StackingOptimumTest {
    /** The EM of the mixture weights, independent of the solver under test. */
    private static double[] em(double[][] logP, double[] alpha, int steps) {
        int n = logP.length;
        int m = logP[0].length;
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        double total = 0;
        for (double a : alpha) {
            total += a;
        }
        for (int s = 0; s < steps; s++) {
            double[] next = new double[n];
            for (int i = 0; i < m; i++) {
                double mix = 0;
                for (int f = 0; f < n; f++) {
                    mix += w[f] * Math.exp(logP[f][i]);
                }
                for (int f = 0; f < n; f++) {
                    next[f] += alpha[i] * w[f] * Math.exp(logP[f][i]) / mix / total;
                }
            }
            w = next;
        }
        return w;
    }

    private static double[] gradient(double[][] logP, double[] alpha, double[] w) {
        double[] g = new double[w.length];
        for (int i = 0; i < logP[0].length; i++) {
            double mix = 0;
            for (int f = 0; f < w.length; f++) {
                mix += w[f] * Math.exp(logP[f][i]);
            }
            for (int f = 0; f < w.length; f++) {
                g[f] += alpha[i] * Math.exp(logP[f][i]) / mix;
            }
        }
        return g;
    }

    @Test
    void randomProblemsMeetTheOptimalityConditionsAndTheLongEm() {
        Random rng = new Random(20261206);
        int atZero = 0;
        for (int problem = 0; problem < 300; problem++) {
            int n = 2 + rng.nextInt(4);
            int m = 5 + rng.nextInt(40);
            double[][] logP = new double[n][m];
            for (int f = 0; f < n; f++) {
                double skill = rng.nextGaussian() * 0.5;
                for (int i = 0; i < m; i++) {
                    logP[f][i] = -1 + skill + rng.nextGaussian() * (0.2 + rng.nextDouble());
                }
            }
            if (problem % 10 == 0) {
                logP[1] = logP[0].clone(); // two families with the same densities: any split is optimal
            }
            double[] alpha = new double[m];
            for (int i = 0; i < m; i++) {
                alpha[i] = problem % 2 == 0 ? 1 : -Math.log(1 - rng.nextDouble());
            }
            double[] start = new double[n];
            java.util.Arrays.fill(start, 1.0 / n);
            double[] w = FamilyWeights.stack(logP, start, alpha, 500);
            double sum = 0;
            for (double x : w) {
                assertTrue(x >= 0, "a weight below zero");
                sum += x;
            }
            assertEquals(1, sum, 1e-12);
            double[] g = gradient(logP, alpha, w);
            double mu = 0;
            for (int f = 0; f < n; f++) {
                mu += w[f] * g[f];
            }
            for (int f = 0; f < n; f++) {
                if (w[f] > 1e-6) {
                    assertEquals(mu, g[f], 1e-7 * mu, "problem " + problem + ": a free weight off the common gradient");
                } else {
                    atZero++;
                    assertTrue(g[f] <= mu * (1 + 1e-7), "problem " + problem + ": a weight at zero should rise");
                }
            }
            if (problem % 10 != 0) {
                double[] reference = em(logP, alpha, 200_000);
                for (int f = 0; f < n; f++) {
                    assertEquals(reference[f], w[f], 2e-4, "problem " + problem + ", family " + f);
                }
            }
        }
        assertTrue(atZero > 30, "boundary optima are exercised: " + atZero);
    }
}
