package org.targetcast.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.targetcast.model.projection.Projection;

class ShareDecompositionTest {
    @Test
    void contributionsAddUpToTheChangeAndHaveTheRightSigns() {
        Projection p = Evaluator.of(AnalysisTest.history()).project(AnalysisTest.scenario());
        ShareDecomposition d = ShareDecomposition.of(p, 2016, 2035);
        for (int i = 0; i < d.years().length; i++) {
            assertEquals(d.total()[i], d.digital()[i] + d.other()[i], 1e-12);
            int t = d.years()[i];
            assertEquals(100 * (p.share(t) - p.share(t - 1)), d.total()[i], 1e-12);
            boolean digitalGrew = p.digital(t) > p.digital(t - 1);
            boolean otherGrew = p.other(t) > p.other(t - 1);
            assertEquals(digitalGrew, d.digital()[i] > 0, "digital growth raises the share, " + t);
            assertEquals(otherGrew, d.other()[i] < 0, "other growth lowers it, " + t);
        }
    }

    @Test
    void onlyDigitalMovingGivesItTheWholeChange() {
        var h = new org.targetcast.model.data.ComponentHistory(
                "T",
                "USD_100m",
                org.targetcast.model.series.AnnualSeries.contiguous("d", 2020, 10, 20, 30),
                org.targetcast.model.series.AnnualSeries.contiguous("t", 2020, 110, 120, 130),
                java.util.Map.of());
        Projection p = Evaluator.of(h)
                .project(AnalysisTest.scenario()
                        .withUncertainty(org.targetcast.model.scenario.UncertaintySpec.defaults()));
        ShareDecomposition d = ShareDecomposition.of(p, 2021, 2022);
        assertEquals(0, d.other()[0], 1e-12);
        assertTrue(d.digital()[0] > 0);
    }
}
