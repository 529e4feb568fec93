package org.targetcast.model.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Component;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.selection.AutoFit;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.trend.TrendFamily;

/** {@code model: auto} and {@code model: combo} work in a scenario through the standard projector. */
class AutoProjectionTest {
    private static ComponentHistory history() {
        AnnualSeries d = AnnualSeries.contiguous(
                "t.digital",
                2008,
                IntStream.range(0, 16)
                        .mapToDouble(i -> 100 * Math.exp(0.12 * i + 0.01 * Math.sin(5 * i)))
                        .toArray());
        AnnualSeries t = AnnualSeries.contiguous(
                "t.total",
                2008,
                IntStream.range(0, 16)
                        .mapToDouble(i -> d.value(i) + 300 * Math.exp(0.03 * i + 0.01 * Math.cos(3 * i)))
                        .toArray());
        return new ComponentHistory("t", "USD_100m", d, t, Map.of());
    }

    @Test
    void projectsAScenarioWithAutoOnBothComponents() {
        Scenario s = new Scenario(
                "auto",
                "Auto",
                "",
                "t",
                2030,
                2020,
                ComponentSpec.of(TrendFamily.AUTO),
                ComponentSpec.of(TrendFamily.AUTO),
                List.of(ShareTarget.in(2030, 0.5)),
                org.targetcast.model.scenario.UncertaintySpec.defaults());
        Projection p = Projector.withDefaults().project(s, history());
        assertEquals(TrendFamily.AUTO, p.fit(Component.DIGITAL).orElseThrow().family());
        AutoFit digital = (AutoFit) p.fit(Component.DIGITAL).orElseThrow();
        assertTrue(digital.note().startsWith("auto chose "), digital.note());
        double growth = Math.log(p.digital(2030) / p.digital(2029));
        assertEquals(0.12, growth, 0.02, "the chosen trend's growth carries on");
    }

    @Test
    void projectsAScenarioWithCombo() {
        Scenario s = new Scenario(
                "combo",
                "Combo",
                "",
                "t",
                2030,
                2020,
                ComponentSpec.of(TrendFamily.COMBO),
                ComponentSpec.of(TrendFamily.DRIFT),
                List.of(ShareTarget.in(2030, 0.5)),
                org.targetcast.model.scenario.UncertaintySpec.defaults());
        Projection p = Projector.withDefaults().project(s, history());
        assertEquals(TrendFamily.COMBO, p.fit(Component.DIGITAL).orElseThrow().family());
        assertTrue(p.share(2030) > p.share(2023));
    }
}
