package org.targetcast.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.simulation.ShockEstimator;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.trend.TrendFamily;

class AnalysisTest {
    /** Twelve years, digital growing about 8 % and other about 4 % a year with some noise; share 38 % at the end. */
    static ComponentHistory history() {
        double[] noise = {0, 0.03, -0.02, 0.01, 0.04, -0.03, 0.02, -0.01, 0.03, -0.02, 0.01, 0};
        double[] d = new double[12];
        double[] t = new double[12];
        for (int i = 0; i < 12; i++) {
            d[i] = 2000 * Math.exp(0.08 * i + noise[i]);
            t[i] = d[i] + 3100 * Math.exp(0.04 * i - noise[11 - i]);
        }
        return new ComponentHistory(
                "Test",
                "USD_100m",
                AnnualSeries.contiguous("d", 2014, d),
                AnnualSeries.contiguous("t", 2014, t),
                Map.of());
    }

    static Scenario scenario() {
        return new Scenario(
                "s",
                "S",
                "",
                "test",
                2035,
                2015,
                ComponentSpec.of(TrendFamily.LOG_LINEAR),
                ComponentSpec.of(TrendFamily.LOG_LINEAR),
                List.of(ShareTarget.in(2029, 0.45), ShareTarget.in(2035, 0.5), new GrowthTarget(2026, 2029, 0)),
                UncertaintySpec.defaults());
    }

    private final Evaluator evaluator = Evaluator.of(history());

    @Test
    void sweepRisesWithDigitalGrowthAndFallsWithOtherGrowth() {
        Sweep.Result r = Sweep.run(
                evaluator,
                scenario(),
                0,
                Assumption.DIGITAL_GROWTH,
                Sweep.grid(0.02, 0.14, 7),
                Assumption.OTHER_GROWTH,
                Sweep.grid(0.0, 0.12, 5));
        assertTrue(r.exact());
        assertEquals(5, r.probability().length);
        assertEquals(7, r.probability()[0].length);
        for (int j = 0; j < 5; j++) {
            for (int i = 1; i < 7; i++) {
                assertTrue(r.probability()[j][i] > r.probability()[j][i - 1], "rises with digital growth");
            }
        }
        for (int j = 1; j < 5; j++) {
            assertTrue(r.probability()[j][3] < r.probability()[j - 1][3], "falls with other growth");
        }
    }

    @Test
    void aSweepCellIsTheProbabilityOfThatVariant() {
        Sweep.Result r = Sweep.run(
                evaluator,
                scenario(),
                1,
                Assumption.DIGITAL_GROWTH,
                Sweep.grid(0.05, 0.09, 3),
                Assumption.CORRELATION,
                Sweep.grid(-0.5, 0.5, 3));
        Scenario variant =
                Assumption.DIGITAL_GROWTH.apply(Assumption.CORRELATION.apply(scenario(), 2026, 0.5), 2026, 0.09);
        assertEquals(evaluator.probability(variant, 1), r.probability()[2][2], 0);
    }

    @Test
    void sweepRefusesTheSameAssumptionTwice() {
        ModelException e = assertThrows(
                ModelException.class,
                () -> Sweep.run(
                        evaluator,
                        scenario(),
                        0,
                        Assumption.CORRELATION,
                        Sweep.grid(0, 1, 2),
                        Assumption.CORRELATION,
                        Sweep.grid(0, 1, 2)));
        assertEquals("sweep: the two assumptions must differ, both are correlation", e.getMessage());
    }

    @Test
    void goalSeekHitsTheRequestedProbability() {
        double g = GoalSeek.digitalGrowthFor(evaluator, scenario(), 0, 0.8);
        double p = evaluator.probability(Assumption.DIGITAL_GROWTH.apply(scenario(), 2026, g), 0);
        assertEquals(0.8, p, 1e-6);
        assertTrue(GoalSeek.digitalGrowthFor(evaluator, scenario(), 0, 0.9) > g, "more certainty needs more growth");
    }

    @Test
    void sweepCarriesTheScenariosOwnPointAsTheSweepWouldSetIt() {
        Sweep.Result r = Sweep.run(
                evaluator,
                scenario(),
                0,
                Assumption.DIGITAL_GROWTH,
                Sweep.grid(0.02, 0.14, 3),
                Assumption.CORRELATION,
                Sweep.grid(-0.5, 0.5, 3));
        assertEquals(2026, r.firstYear());
        Projection own = evaluator.project(scenario());
        Projection set = evaluator.project(Assumption.DIGITAL_GROWTH.apply(scenario(), r.firstYear(), r.scenarioX()));
        assertEquals(
                own.digital(2035),
                set.digital(2035),
                1e-9 * own.digital(2035),
                "the mean growth reaches the same level");
        assertTrue(Math.abs(own.digital(2029) / set.digital(2029) - 1) < 0.05);
        assertEquals(ShockEstimator.estimate(own).model().correlation(), r.scenarioY(), 0);
    }

    @Test
    void sensitivityRanksBarsByTheirSwing() {
        Sensitivity.Result r = Sensitivity.run(evaluator, scenario(), 0);
        assertEquals(6, r.bars().size(), "five assumptions and the calibration scale");
        for (int i = 1; i < r.bars().size(); i++) {
            assertTrue(r.bars().get(i - 1).range() >= r.bars().get(i).range());
        }
        Sensitivity.Bar digital = r.bars().stream()
                .filter(b -> b.factor() == Assumption.DIGITAL_GROWTH)
                .findFirst()
                .orElseThrow();
        assertTrue(digital.atHigh() > digital.atLow());
        assertEquals(evaluator.probability(scenario(), 0), r.base(), 0);
    }

    @Test
    void simulatesWhereThereIsNoClosedForm() {
        Scenario fat = scenario()
                .withUncertainty(
                        new UncertaintySpec(UncertaintySpec.Method.AUTO, 10_000, 1, null, null, null, 0, false, 4.0));
        assertTrue(!evaluator.isExact(fat, 0));
        double p = evaluator.probability(fat, 0);
        assertTrue(p > 0 && p < 1);
        assertEquals(p, evaluator.probability(fat, 0), 0, "same seed, same value");
    }
}
