package org.targetcast.model.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The bootstrap variance of a mean against its closed form: for blocks of b among N = n − b + 1 and k = n/b
 * blocks per replicate, the replicate mean is the mean of k blocks' means drawn uniformly, so
 * {@code Var* = (1/k) · (1/N) Σ_j (B̄_j − B̄·)²} (Künsch 1989); with b = 1 this is the ordinary bootstrap's
 * {@code (1/n²) Σ (x_i − x̄)²}.
 */
class BlockBootstrapTest {
    private static final double[] X = {0.9, 0.4, 1.0, 0.7, 0.2, 0.8, 1.0, 0.5, 0.6, 0.3, 0.9, 0.1};

    private static double[] ones(int n) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, 1);
        return d;
    }

    private static double variance(double[] r) {
        double m = java.util.Arrays.stream(r).average().orElseThrow();
        return java.util.Arrays.stream(r).map(v -> (v - m) * (v - m)).sum() / r.length;
    }

    /** The closed-form bootstrap variance of the mean with blocks of b (n a multiple of b). */
    private static double closedForm(double[] x, int b) {
        int n = x.length;
        int blocks = n - b + 1;
        double[] means = new double[blocks];
        for (int j = 0; j < blocks; j++) {
            for (int i = 0; i < b; i++) {
                means[j] += x[j + i] / b;
            }
        }
        return variance(means) / (n / b);
    }

    @Test
    void theVarianceOfTheMeanIsTheClosedForm() {
        for (int b : new int[] {1, 2, 3, 4}) {
            double[] r = new BlockBootstrap(200_000, b, 7).replicates(X, ones(X.length));
            double expected = closedForm(X, b);
            // 200,000 replicates: the variance's relative sampling error is about sqrt(2/200000) = 0.3 %
            assertEquals(expected, variance(r), 0.02 * expected, "block length " + b);
        }
    }

    @Test
    void aRatioWeighsGroupsByTheirDenominators() {
        // two origins with 1 of 1 and 3 of 9 inside: coverage 4/10, not the mean of 1 and 1/3
        BlockBootstrap.Interval i = new BlockBootstrap(1000, 1, 1).ratio(new double[] {1, 3}, new double[] {1, 9}, 0.9);
        assertEquals(0.4, i.estimate(), 1e-15);
        // replicates: both groups twice (1/2 and 3/9) or one of each (0.4), so the interval spans 1/3 to 1
        assertEquals(1.0 / 3, i.lower(), 1e-12);
        assertEquals(1.0, i.upper(), 1e-12);
    }

    @Test
    void oneBlockOfEveryGroupHasNoSpreadAndTheSeedRepeats() {
        double[] r = new BlockBootstrap(100, X.length, 3).replicates(X, ones(X.length));
        double mean = java.util.Arrays.stream(X).average().orElseThrow();
        for (double v : r) {
            assertEquals(mean, v, 1e-12);
        }
        assertArrayEquals(
                new BlockBootstrap(500, 2, 9).replicates(X, ones(X.length)),
                new BlockBootstrap(500, 2, 9).replicates(X, ones(X.length)));
    }
}
