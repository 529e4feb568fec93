package org.targetcast.charts;

import java.util.List;
import org.targetcast.model.series.AnnualSeries;

/**
 * Test data only: a share path shaped like China's digitally deliverable services share (about 31 % in
 * 2015, 44.5 % in 2020, 38 % in 2025) and an illustrative projection. Not the project's data.
 */
final class TestShares {
    static final AnnualSeries HISTORY = AnnualSeries.contiguous(
            "test.share.history",
            2010,
            0.300,
            0.298,
            0.301,
            0.303,
            0.304,
            0.306,
            0.318,
            0.330,
            0.338,
            0.347,
            0.445,
            0.432,
            0.412,
            0.398,
            0.385,
            0.382);
    static final AnnualSeries PROJECTION = AnnualSeries.contiguous(
            "test.share.projection", 2026, 0.386, 0.390, 0.394, 0.398, 0.402, 0.406, 0.409, 0.413, 0.416, 0.420);
    static final List<TargetMark> TARGETS = List.of(TargetMark.of(2029, 0.45), TargetMark.of(2035, 0.50));

    private TestShares() {}

    static ShareTrajectoryChart chart() {
        return ShareTrajectoryChart.of(HISTORY, PROJECTION).withTargets(TARGETS).withFrame(f -> f.with(
                        ChartFrame.Text.SUBTITLE, "Test data: illustrative history and projection")
                .with(ChartFrame.Text.FOOTER, "test scenario, seed 1, targetcast test build"));
    }
}
