package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.HorizonErrors;
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
        return project(c, u -> u);
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

    private static HorizonErrors errors() {
        double[] x = new double[30];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i - 12) / 40.0;
        }
        return HorizonErrors.of(Map.of(1, x, 2, x));
    }

    private static Projection project(ErrorCalibration c, UnaryOperator<UncertaintySpec> change) {
        ComponentSpec spec = ComponentSpec.of(TrendFamily.DRIFT);
        UncertaintySpec u = change.apply(UncertaintySpec.defaults()
                .withShocks(UncertaintySpec.ShockSource.HISTORY)
                .withCalibration(c.source()));
        Scenario s = new Scenario("s", "s", "", "x", 2025, 2010, spec, spec, List.of(), u);
        return Projector.withDefaults().project(s, H, c);
    }

    @Test
    void errorsByHorizonKeepTheModelsOwnGaussianShocksForTheYearsDependence() {
        ShockModel own =
                ShockEstimator.estimate(project(ErrorCalibration.none())).model();
        ErrorCalibration c =
                ErrorCalibration.fitted(2.25, 1.6, 60, List.of("india"), PooledCorrelation.none(), errors());
        ShockEstimate e = ShockEstimator.estimate(project(c));
        ShockModel m = e.model();
        assertTrue(m.byErrors());
        assertEquals(errors(), m.errors(), "not scaled: nothing stated");
        assertEquals(own.sigmaDigital(), m.sigmaDigital(), 1e-12, "k is not applied: the errors give the width");
        assertEquals(own.sigmaOther(), m.sigmaOther(), 1e-12);
        assertEquals(own.parameterSdDigital(), m.parameterSdDigital(), 1e-12);
        assertTrue(m.isScaleKnown() && m.isGaussian(), "no tail draw: a Gaussian copula");
        assertTrue(
                e.notes().stream().anyMatch(n -> n.startsWith("bands from 60 errors of ln(D/O)")),
                e.notes().toString());
    }

    @Test
    void aVarianceScaleOrAStatedVolatilityScalesTheErrors() {
        ErrorCalibration c =
                ErrorCalibration.fitted(2.25, 1.6, 60, List.of("india"), PooledCorrelation.none(), errors());
        ShockModel doubled = ShockEstimator.estimate(project(c, u -> u.withVarianceScale(2.0)))
                .model();
        assertEquals(Math.sqrt(2) * errors().quantile(1, 0.9), doubled.errors().quantile(1, 0.9), 1e-12);
        ShockModel own =
                ShockEstimator.estimate(project(ErrorCalibration.none())).model();
        // the volatility of other stated at its estimate leaves the errors as they are; twice it widens them
        ShockModel same = ShockEstimator.estimate(project(c, u -> u.withVolatilities(null, own.sigmaOther())))
                .model();
        assertEquals(errors().quantile(2, 0.1), same.errors().quantile(2, 0.1), 1e-12);
        ShockModel wider = ShockEstimator.estimate(project(c, u -> u.withVolatilities(null, 2 * own.sigmaOther())))
                .model();
        double v0 = own.logRatioVariance();
        double v1 = wider.logRatioVariance();
        assertEquals(
                Math.sqrt(v1 / v0) * errors().quantile(2, 0.1), wider.errors().quantile(2, 0.1), 1e-12);
        assertTrue(v1 > v0);
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
