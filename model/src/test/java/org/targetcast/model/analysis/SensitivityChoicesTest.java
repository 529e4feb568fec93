package org.targetcast.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.Basis;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.simulation.FamilyProbability;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import org.targetcast.model.trend.TrendFamily;

/** The two sensitivity bars that are choices, not sliders: model choice and data basis. */
class SensitivityChoicesTest {
    private static final ComponentHistory MOFCOM = AnalysisTest.history();

    /** The same years on another basis: digital a tenth lower throughout and growing half a point faster. */
    private static ComponentHistory otherBasis() {
        AnnualSeries d = MOFCOM.digital();
        AnnualSeries t = MOFCOM.total();
        double[] dd = new double[d.size()];
        double[] tt = new double[t.size()];
        for (int i = 0; i < dd.length; i++) {
            int y = d.firstYear() + i;
            dd[i] = 0.9 * d.valueAt(y).getAsDouble() * Math.exp(0.005 * i);
            tt[i] = t.valueAt(y).getAsDouble() - d.valueAt(y).getAsDouble() + dd[i];
        }
        return new ComponentHistory(
                "Test@other",
                "USD_100m",
                AnnualSeries.contiguous("d", d.firstYear(), dd),
                AnnualSeries.contiguous("t", t.firstYear(), tt),
                Map.of());
    }

    /** Targets near the middle of the distribution, where the families' answers differ most. */
    private static Scenario averaged() {
        Scenario s = new Scenario(
                "s",
                "S",
                "",
                "test",
                2035,
                2015,
                ComponentSpec.of(TrendFamily.LOG_LINEAR),
                ComponentSpec.of(TrendFamily.LOG_LINEAR),
                List.of(ShareTarget.in(2029, 0.5), ShareTarget.in(2035, 0.6)),
                UncertaintySpec.defaults());
        return s.withUncertainty(
                s.uncertainty().withFamilies(List.of(TrendFamily.DRIFT, TrendFamily.LOG_LINEAR, TrendFamily.LINEAR)));
    }

    private static Sensitivity.Bar bar(Sensitivity.Result r, Alternative a) {
        return r.bars().stream()
                .filter(b -> b.factor() == a)
                .findFirst()
                .orElseThrow(() -> new AssertionError(a + " missing"));
    }

    @Test
    void modelChoiceBarSpansTheFamiliesOfTheModelAverage() {
        Scenario s = averaged();
        Sensitivity.Result r = Sensitivity.run(Evaluator.of(MOFCOM), s, 0);
        Sensitivity.Bar m = bar(r, Alternative.MODEL_CHOICE);
        TargetOutlook o = Simulator.withDefaults()
                .withOverrides(2_000, null, null)
                .run(Projector.withDefaults().project(s, MOFCOM))
                .targets()
                .get(0);
        assertEquals(3, o.families().size());
        FamilyProbability lo = o.families().stream()
                .min((a, b) -> Double.compare(a.probabilityIn(), b.probabilityIn()))
                .orElseThrow();
        FamilyProbability hi = o.families().stream()
                .max((a, b) -> Double.compare(a.probabilityIn(), b.probabilityIn()))
                .orElseThrow();
        assertEquals(lo.probabilityIn(), m.atLow(), 1e-12);
        assertEquals(hi.probabilityIn(), m.atHigh(), 1e-12);
        assertEquals(lo.family(), m.lowOption());
        assertEquals(hi.family(), m.highOption());
        assertTrue(m.range() > 0.01, "the families disagree on this history: " + m);
        assertTrue(m.isChoice());
    }

    @Test
    void dataBasisBarEndsAreTheProbabilitiesOnEachHistory() {
        Scenario s = averaged();
        ComponentHistory unctad = otherBasis();
        Sensitivity.Result r = Sensitivity.run(
                Evaluator.of(MOFCOM),
                s,
                0,
                Map.of(Basis.MOFCOM, Evaluator.of(MOFCOM), Basis.UNCTAD, Evaluator.of(unctad)));
        Sensitivity.Bar b = bar(r, Alternative.DATA_BASIS);
        // each end is the scenario as run gives it on that history: the model average, not its own model alone
        Target t = s.targets().get(0);
        double pm = org.targetcast.model.outlook.Forecaster.withDefaults()
                .forecast(s, MOFCOM)
                .exactProbabilities()
                .get(t);
        double pu = org.targetcast.model.outlook.Forecaster.withDefaults()
                .forecast(s, unctad)
                .exactProbabilities()
                .get(t);
        assertTrue(Math.abs(pm - pu) > 1e-6, "the bases differ: " + pm + " " + pu);
        assertEquals(Math.min(pm, pu), b.atLow(), 1e-12);
        assertEquals(Math.max(pm, pu), b.atHigh(), 1e-12);
        assertEquals(pm < pu ? "mofcom" : "unctad", b.lowOption());
        assertEquals(pm < pu ? "unctad" : "mofcom", b.highOption());
        assertEquals(r.base(), pm, 1e-12, "the scenario's own history is the MOFCOM one");
        assertTrue(b.range() > 0.001, "the bases differ: " + b);
    }

    @Test
    void choicesAreRankedByWidthWithTheAssumptions() {
        Sensitivity.Result r = Sensitivity.run(
                Evaluator.of(MOFCOM),
                averaged(),
                1,
                Map.of(Basis.MOFCOM, Evaluator.of(MOFCOM), Basis.UNCTAD, Evaluator.of(otherBasis())));
        assertEquals(8, r.bars().size(), "five assumptions, the calibration scale, model choice and data basis");
        for (int i = 1; i < r.bars().size(); i++) {
            assertTrue(
                    r.bars().get(i - 1).range() >= r.bars().get(i).range(),
                    r.bars().toString());
        }
        assertEquals(2, r.bars().stream().filter(Sensitivity.Bar::isChoice).count());
    }

    @Test
    void noChoiceBarsWithoutFamiliesOrASecondBasis() {
        Sensitivity.Result r = Sensitivity.run(
                Evaluator.of(MOFCOM), AnalysisTest.scenario(), 0, Map.of(Basis.MOFCOM, Evaluator.of(MOFCOM)));
        assertFalse(r.bars().stream().anyMatch(Sensitivity.Bar::isChoice));
    }
}
