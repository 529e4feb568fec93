package org.targetcast.charts;

import java.util.List;

/**
 * Test data only: quantiles of a projected share for 2026 to 2035, normal around a median rising from
 * 38.6 % to 48 %, with a spread growing with the square root of the horizon. Not the project's results.
 */
final class TestFan {
    /** Standard normal quantiles at 0.05, 0.10, ..., 0.95 (R: {@code round(qnorm(seq(0.05, 0.95, 0.05)), 4)}). */
    private static final double[] Z = {
        -1.6449, -1.2816, -1.0364, -0.8416, -0.6745, -0.5244, -0.3853, -0.2533, -0.1257, 0, 0.1257, 0.2533, 0.3853,
        0.5244, 0.6745, 0.8416, 1.0364, 1.2816, 1.6449
    };

    static final FanBands BANDS = bands();
    static final List<TargetMark> TARGETS = List.of(
            TargetMark.of(2029, 0.45).withProbability(0.23),
            TargetMark.of(2035, 0.50).withProbability(0.41));

    private TestFan() {}

    static FanChart chart() {
        return FanChart.of(TestShares.HISTORY, BANDS).withTargets(TARGETS).withFrame(f -> f.with(
                        ChartFrame.Text.SUBTITLE, "Test data: illustrative history and quantiles")
                .with(ChartFrame.Text.FOOTER, "test scenario, seed 1, targetcast test build"));
    }

    private static FanBands bands() {
        double[][] q = new double[10][Z.length];
        for (int h = 1; h <= 10; h++) {
            double median = 0.382 + 0.0098 * h;
            double sd = 0.012 * Math.sqrt(h);
            for (int j = 0; j < Z.length; j++) {
                q[h - 1][j] = median + Z[j] * sd;
            }
        }
        return FanBands.contiguous(2026, FanBands.standardLevels(), q);
    }
}
