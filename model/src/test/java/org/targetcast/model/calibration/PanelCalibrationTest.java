package org.targetcast.model.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.selection.BacktestMemo;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;

class PanelCalibrationTest {
    private static final Scenario TEMPLATE = new Scenario(
            "t",
            "t",
            "",
            "china",
            2030,
            2005,
            ComponentSpec.of(TrendFamily.DRIFT),
            ComponentSpec.of(TrendFamily.DRIFT),
            List.of(),
            UncertaintySpec.defaults()
                    .withShocks(UncertaintySpec.ShockSource.HISTORY)
                    .withCalibration(ErrorCalibration.Source.PANEL));

    /** A random walk with drift in logs per component, 2005-2024. */
    private static ComponentHistory walk(String name, long seed, double volatility) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        var normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] d = new double[20];
        double[] t = new double[20];
        double ld = Math.log(100);
        double lo = Math.log(200);
        for (int i = 0; i < 20; i++) {
            d[i] = Math.exp(ld);
            t[i] = Math.exp(ld) + Math.exp(lo);
            ld += 0.08 + volatility * normal.sample();
            lo += 0.04 + volatility * normal.sample();
        }
        return new ComponentHistory(
                name,
                "USD",
                AnnualSeries.contiguous(name + ".digital", 2005, d),
                AnnualSeries.contiguous(name + ".total", 2005, t),
                Map.of());
    }

    private static List<ComponentHistory> panel() {
        List<ComponentHistory> out = new ArrayList<>();
        out.add(walk("china", 1, 0.05));
        out.add(walk("unctad:China", 2, 0.05));
        out.add(walk("unctad:India", 3, 0.05));
        out.add(walk("unctad:Japan", 4, 0.05));
        out.add(walk("unctad:Peru", 5, 0.05));
        return out;
    }

    @Test
    void economiesAreNamedWhateverTheirHistoryIsCalled() {
        assertEquals("china", PanelCalibration.economy("china"));
        assertEquals("china", PanelCalibration.economy("china@unctad"));
        assertEquals("china", PanelCalibration.economy("unctad:China"));
        assertEquals("united states", PanelCalibration.economy("unctad:United States/exports"));
    }

    @Test
    void theEconomyJudgedNeverCalibratesItself() {
        List<ComponentHistory> panel = panel();
        ErrorCalibration c = PanelCalibration.resolve(TEMPLATE, panel.get(0), panel, BacktestMemo.none());
        assertTrue(c.applies(), c.toString());
        assertEquals(List.of("unctad:India", "unctad:Japan", "unctad:Peru"), c.economies());
        Scenario raw = ShareCalibration.backtestable(
                TEMPLATE.withUncertainty(TEMPLATE.uncertainty().withCalibration(ErrorCalibration.Source.NONE)));
        int checks = 0;
        for (ComponentHistory h : panel.subList(2, 5)) {
            checks += ShareCalibration.withDefaults().evaluate(h, raw).count();
        }
        assertEquals(checks, c.checks());
        // India judged: both China histories calibrate it
        ErrorCalibration forIndia = PanelCalibration.resolve(TEMPLATE, panel.get(2), panel, BacktestMemo.none());
        assertEquals(List.of("china", "unctad:China", "unctad:Japan", "unctad:Peru"), forIndia.economies());
    }

    @Test
    void errorsOfAWellSpecifiedModelNeedLittleCorrection() {
        // the panel is drawn from the model itself: the fitted factor stays near 1
        List<ComponentHistory> panel = new ArrayList<>(panel());
        for (int i = 0; i < 12; i++) {
            panel.add(walk("unctad:E" + i, 100 + i, 0.05));
        }
        ErrorCalibration c = PanelCalibration.resolve(TEMPLATE, panel.get(0), panel, BacktestMemo.none());
        assertTrue(c.varianceFactor() > 0.6 && c.varianceFactor() < 1.6, c.toString());
    }

    @Test
    void aScenarioAskingForNoCalibrationGetsNone() {
        List<ComponentHistory> panel = panel();
        Scenario none = TEMPLATE.withUncertainty(TEMPLATE.uncertainty().withCalibration(ErrorCalibration.Source.NONE));
        assertSame(ErrorCalibration.none(), PanelCalibration.resolve(none, panel.get(0), panel, BacktestMemo.none()));
        // the request stays a request: resolving never writes the fitted value into the scenario
        PanelCalibration.resolve(TEMPLATE, panel.get(0), panel, BacktestMemo.none());
        assertEquals(ErrorCalibration.Source.PANEL, TEMPLATE.uncertainty().calibration());
    }

    @Test
    void aPanelWithoutOtherEconomiesLeavesTheBandsUncalibrated() {
        List<ComponentHistory> panel = panel().subList(0, 2);
        ErrorCalibration c = PanelCalibration.resolve(TEMPLATE, panel.get(0), panel, BacktestMemo.none());
        assertFalse(c.applies());
        assertFalse(c.isUnresolved());
    }

    @Test
    void aMemoFitsEachModelOnce() {
        List<ComponentHistory> panel = panel();
        BacktestMemo memo = BacktestMemo.create();
        ErrorCalibration a = PanelCalibration.resolve(TEMPLATE, panel.get(0), panel, memo);
        Scenario renamed = new Scenario(
                "other-name",
                "another title",
                "",
                "china",
                2035,
                2005,
                TEMPLATE.digital(),
                TEMPLATE.other(),
                List.of(),
                TEMPLATE.uncertainty());
        ErrorCalibration b = PanelCalibration.resolve(renamed, panel.get(1), panel, memo);
        assertSame(a, b, "same model, same economy left out: one fit");
        assertEquals(a, PanelCalibration.resolve(TEMPLATE, panel.get(0), panel, BacktestMemo.none()));
    }
}
