package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;

class ShockEstimatorScaleTest {
    private static final ComponentHistory H = new ComponentHistory(
            "X",
            "USD",
            AnnualSeries.contiguous("x.digital", 2010, 10, 11, 12.5, 13, 14.8, 15.1, 17),
            AnnualSeries.contiguous("x.total", 2010, 30, 32, 33, 35, 36, 39, 40),
            Map.of());

    private static ShockEstimate estimate(UncertaintySpec u) {
        ComponentSpec c = ComponentSpec.of(TrendFamily.LOG_LINEAR);
        Scenario s = new Scenario("s", "s", "", "x", 2020, 2010, c, c, List.of(), u);
        return ShockEstimator.estimate(Projector.withDefaults().project(s, H));
    }

    @Test
    void varianceScaleMultipliesEstimatedVolatilitiesBySquareRootAndKeepsTheCorrelation() {
        ShockModel plain = estimate(UncertaintySpec.defaults()).model();
        ShockEstimate scaled = estimate(UncertaintySpec.defaults().withVarianceScale(4));
        assertEquals(plain.sigmaDigital(), scaled.model().sigmaDigital(), 1e-12, "digital keeps its volatility");
        assertTrue(scaled.model().sigmaOther() > plain.sigmaOther());
        assertEquals(plain.correlation(), scaled.model().correlation(), 1e-12);
        assertEquals(4 * plain.logRatioVariance(), scaled.model().logRatioVariance(), 1e-12);
        assertTrue(
                scaled.notes().stream()
                        .anyMatch(n -> n.startsWith("variance scale 4.000: volatility of other raised from")),
                scaled.notes().toString());
        assertTrue(estimate(UncertaintySpec.defaults()).notes().stream().noneMatch(n -> n.contains("variance scale")));
    }

    @Test
    void statedVolatilitiesAreFinalAndNotScaled() {
        UncertaintySpec u =
                new UncertaintySpec(UncertaintySpec.Method.AUTO, 1000, 1L, 0.05, 0.08, 0.2, 0, false, null, 2.25);
        ShockModel m = estimate(u).model();
        assertEquals(0.05, m.sigmaDigital(), 1e-12);
        assertEquals(0.08, m.sigmaOther(), 1e-12);
        assertEquals(0.2, m.correlation(), 1e-12);
    }

    @Test
    void settingAVolatilityToTheScaledEstimateChangesNothing() {
        ShockModel scaled =
                estimate(UncertaintySpec.defaults().withVarianceScale(4)).model();
        UncertaintySpec same = new UncertaintySpec(
                UncertaintySpec.Method.AUTO, 1000, 1L, null, scaled.sigmaOther(), null, 0, false, null, 4);
        assertEquals(scaled, estimate(same).model());
    }

    @Test
    void aScaleBelowOneShrinksBothEstimatedVolatilities() {
        ShockModel plain = estimate(UncertaintySpec.defaults()).model();
        ShockModel m =
                estimate(UncertaintySpec.defaults().withVarianceScale(0.25)).model();
        assertEquals(plain.sigmaDigital() / 2, m.sigmaDigital(), 1e-12);
        assertEquals(plain.sigmaOther() / 2, m.sigmaOther(), 1e-12);
    }

    /** The model without notes is the model with them, whatever branch wrote notes (scales above and below 1). */
    @Test
    void theModelWithoutNotesIsTheModelWithThem() {
        ComponentSpec c = ComponentSpec.of(TrendFamily.LOG_LINEAR);
        for (UncertaintySpec u : List.of(
                UncertaintySpec.defaults(),
                UncertaintySpec.defaults().withVarianceScale(4),
                UncertaintySpec.defaults().withVarianceScale(0.25))) {
            Scenario s = new Scenario("s", "s", "", "x", 2020, 2010, c, c, List.of(), u);
            var p = Projector.withDefaults().project(s, H);
            assertEquals(ShockEstimator.estimate(p).model(), ShockEstimator.model(p));
            assertEquals(ShockEstimator.uncalibrated(p).model(), ShockEstimator.uncalibratedModel(p));
            assertTrue(
                    u.varianceScale() == 1
                            || !ShockEstimator.estimate(p).notes().isEmpty(),
                    "the branch worded notes");
        }
    }
}
