package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.targetcast.charts.ChartPreset;
import org.targetcast.charts.Lang;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.target.Target;

/** The time axes of a run's charts label the scenario's target years (2029 and 2035 for the baseline). */
class TargetYearsOnTimeAxesTest {
    private static final Workspace WS = Workspace.of("../scenarios/data/observations.csv");
    private static final ScenarioResult BASELINE = ScenarioResult.runAll(
                    WS,
                    WS.load(List.of("../scenarios/baseline.yaml")),
                    Simulator.withDefaults().withOverrides(2_000, 7L, null))
            .get(0);

    /** @return the years labelled on the chart's x axis, blanks left out */
    private static List<Integer> yearsLabelled(XYChart chart) {
        Function<Double, String> f = chart.getStyler().getxAxisTickLabelsFormattingFunction();
        List<Integer> years = new ArrayList<>();
        for (int y = chart.getStyler().getXAxisMin().intValue();
                y <= chart.getStyler().getXAxisMax().intValue();
                y++) {
            String label = f.apply((double) y).replace("\u200B", "");
            if (!label.isEmpty()) {
                assertEquals(Integer.toString(y), label);
                years.add(y);
            }
        }
        return years;
    }

    @Test
    void shareFanAndComponentsChartsLabelTheScenariosTargetYearsInEveryPreset() {
        List<Integer> targets = BASELINE.loaded().scenario().targets().stream()
                .map(Target::year)
                .distinct()
                .toList();
        assertEquals(List.of(2029, 2035), targets);
        for (ChartPreset preset : ChartPreset.values()) {
            for (XYChart chart : List.of(
                    ChartFiles.shareChart(BASELINE, Lang.EN).toXChart(preset),
                    ChartFiles.fanChart(BASELINE, Lang.ZH).toXChart(preset),
                    ChartFiles.componentsChart(BASELINE, Lang.EN).toXChart(preset))) {
                List<Integer> years = yearsLabelled(chart);
                assertTrue(years.containsAll(targets), preset + " " + chart.getTitle() + ": " + years);
                assertTrue(years.contains(2010) && years.contains(2020), preset + ": " + years);
            }
        }
    }
}
