package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.PooledCorrelation;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;

class ShockEstimatorCalibrationTest {
    private static final ComponentHistory H = new ComponentHistory(
            "X",
            "USD",
            AnnualSeries.contiguous("x.digital", 2010, 10, 11, 12.5, 13, 14.8, 15.1, 17, 18.2, 19),
            AnnualSeries.contiguous("x.total", 2010, 30, 32, 33, 35, 36, 39, 40, 38, 42),
            Map.of());

    private static Projection project(ErrorCalibration c) {
        ComponentSpec spec = ComponentSpec.of(TrendFamily.DRIFT);
        UncertaintySpec u = UncertaintySpec.defaults()
                .withShocks(UncertaintySpec.ShockSource.HISTORY)
                .withCalibration(c.source());
        Scenario s = new Scenario("s", "s", "", "x", 2025, 2010, spec, spec, List.of(), u);
        return Projector.withDefaults().project(s, H, c);
    }

    @Test
    void aFittedCalibrationScalesEveryVarianceByKAndReplacesTheTail() {
        ShockModel own =
                ShockEstimator.estimate(project(ErrorCalibration.none())).model();
        ShockEstimate calibrated = ShockEstimator.estimate(
                project(ErrorCalibration.fitted(2.25, 1.6, 120, List.of("india", "japan"), PooledCorrelation.none())));
        ShockModel m = calibrated.model();
        assertEquals(1.5 * own.sigmaDigital(), m.sigmaDigital(), 1e-12);
        assertEquals(1.5 * own.sigmaOther(), m.sigmaOther(), 1e-12);
        assertEquals(1.5 * own.parameterSdDigital(), m.parameterSdDigital(), 1e-12);
        assertEquals(1.5 * own.parameterSdOther(), m.parameterSdOther(), 1e-12);
        assertEquals(own.correlation(), m.correlation(), 1e-12);
        assertEquals(own.parameterCorrelation(), m.parameterCorrelation(), 1e-12);
        assertEquals(2.25 * own.logRatioVariance(), m.logRatioVariance(), 1e-12);
        assertEquals(1.6, m.volatilityDf(), 0);
        assertTrue(own.volatilityDf() > 1.6, "the model's own t: one degree of freedom fewer than its changes");
        assertTrue(
                calibrated.notes().stream()
                        .anyMatch(n -> n.startsWith("bands calibrated on 120 share forecast errors of 2 other")),
                calibrated.notes().toString());
    }

    @Test
    void theUncalibratedShocksAreTheModelsOwn() {
        Projection p = project(ErrorCalibration.fitted(4, 2, 50, List.of("india"), PooledCorrelation.none()));
        assertEquals(
                ShockEstimator.estimate(project(ErrorCalibration.none())).model(),
                ShockEstimator.uncalibrated(p).model());
    }

    @Test
    void anEmptyPanelLeavesTheModelAsItIsAndSaysSo() {
        ShockEstimate e = ShockEstimator.estimate(project(ErrorCalibration.emptyPanel()));
        assertEquals(ShockEstimator.estimate(project(ErrorCalibration.none())).model(), e.model());
        assertTrue(
                e.notes().stream().anyMatch(n -> n.startsWith("bands not calibrated")),
                e.notes().toString());
    }

    @Test
    void anUnfittedPanelCalibrationIsAProgrammingError() {
        Projection p = project(ErrorCalibration.unresolved());
        assertThrows(IllegalStateException.class, () -> ShockEstimator.estimate(p));
    }

    @Test
    void thePanelsCorrelationPullsTheOwnEstimateInProportionToTheEvidence() {
        ShockModel own =
                ShockEstimator.estimate(project(ErrorCalibration.none())).model();
        PooledCorrelation pooled =
                PooledCorrelation.of(new double[] {0.9, 0.6, -0.5, 0.45}, new int[] {20, 10, 12, 18});
        ShockEstimate e = ShockEstimator.estimate(project(ErrorCalibration.correlationOnly(pooled)));
        assertEquals(pooled.shrink(own.correlation(), 8), e.model().correlation(), 1e-12);
        assertTrue(e.model().correlation() != own.correlation());
        assertEquals(own.sigmaDigital(), e.model().sigmaDigital(), 1e-12, "no factor: only the correlation moves");
        assertTrue(
                e.notes().stream().anyMatch(n -> n.contains("from 8 yearly pairs shrunk to")),
                e.notes().toString());
    }
}
