package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.targetcast.charts.ChartPreset;
import org.targetcast.charts.EstimatedYears;
import org.targetcast.charts.Lang;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.outlook.Simulator;

/** The charts a run writes draw every estimated year of the shipped China history apart from the published ones. */
class EstimatedYearsDrawnTest {
    private static final Workspace WS = Workspace.of("../scenarios/data/observations.csv");
    private static final ScenarioResult BASELINE = ScenarioResult.runAll(
                    WS,
                    WS.load(List.of("../scenarios/baseline.yaml")),
                    Simulator.withDefaults().withOverrides(2_000, 7L, null))
            .get(0);

    private static Set<Integer> marked(XYChart chart) {
        return Arrays.stream(chart.getSeriesMap().get(EstimatedYears.SERIES).getXData())
                .mapToObj(x -> (int) x)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theShippedHistoryHasEstimatedYears() {
        assertEquals(
                Set.of(2010, 2011, 2012, 2013, 2014, 2016, 2017, 2018, 2021),
                BASELINE.history().estimatedYears());
    }

    @Test
    void noEstimatedYearIsDrawnAsPublishedOnTheShareAndFanCharts() {
        for (XYChart chart : List.of(
                ChartFiles.marked(ChartFiles.shareChart(BASELINE, Lang.EN)::toXChart, BASELINE, Lang.EN)
                        .apply(ChartPreset.WEB),
                ChartFiles.marked(ChartFiles.fanChart(BASELINE, Lang.ZH)::toXChart, BASELINE, Lang.ZH)
                        .apply(ChartPreset.PRINT))) {
            Set<Integer> drawn = marked(chart);
            assertEquals(BASELINE.history().estimatedYears(), drawn);
            for (int y = BASELINE.history().firstYear(); y <= BASELINE.history().lastYear(); y++) {
                assertEquals(BASELINE.history().isEstimated(y), drawn.contains(y), "year " + y);
            }
        }
    }

    @Test
    void theUnctadBasisMarksItsExtendedYears() {
        ScenarioResult onUnctad = ScenarioResult.runAll(
                        WS.onBasis(org.targetcast.model.data.Basis.UNCTAD), List.of(BASELINE.loaded()))
                .get(0);
        XYChart chart = ChartFiles.marked(ChartFiles.shareChart(onUnctad, Lang.EN)::toXChart, onUnctad, Lang.EN)
                .apply(ChartPreset.WEB);
        assertEquals(Set.of(2024, 2025), marked(chart));
        assertTrue(onUnctad.history().economy().endsWith("@unctad"));
        assertFalse(onUnctad.history().isEstimated(2023));
    }
}
