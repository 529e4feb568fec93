package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.targetcast.model.series.AnnualSeries;

class ShareTrajectoryChartTest {
    private static final double EPS = 1e-9;

    private static XYChart english() {
        return TestShares.chart().toXChart(ChartPreset.WEB);
    }

    @Test
    void plotsHistoryInPercentAtItsYears() {
        XYSeries history = english().getSeriesMap().get(ShareTrajectoryChart.HISTORY);
        assertEquals("History", history.getLabel());
        assertEquals(16, history.getXData().length);
        assertEquals(2010, history.getXData()[0], EPS);
        assertEquals(2025, history.getXData()[15], EPS);
        assertEquals(30.6, history.getYData()[5], EPS);
        assertEquals(44.5, history.getYData()[10], EPS);
        assertEquals(38.2, history.getYData()[15], EPS);
    }

    @Test
    void projectionStartsAtTheLastObservedPointSoTheLinesJoin() {
        XYSeries projection = english().getSeriesMap().get(ShareTrajectoryChart.PROJECTION);
        assertEquals("Projection", projection.getLabel());
        double[] x = projection.getXData();
        double[] y = projection.getYData();
        assertEquals(11, x.length);
        assertEquals(2025, x[0], EPS);
        assertEquals(38.2, y[0], EPS);
        assertEquals(2026, x[1], EPS);
        assertEquals(38.6, y[1], EPS);
        assertEquals(2035, x[10], EPS);
        assertEquals(42.0, y[10], EPS);
    }

    @Test
    void marksEachTargetAtItsYearAndLevelWithAGuideFromTheLastObservedYear() {
        XYChart chart = english();
        XYSeries first = chart.getSeriesMap().get(TargetMark.series(0));
        assertArrayEquals(new double[] {2029}, first.getXData(), EPS);
        assertArrayEquals(new double[] {45}, first.getYData(), EPS);
        assertEquals("Target 45% in 2029", first.getLabel());
        assertTrue(first.isShowInLegend());

        XYSeries second = chart.getSeriesMap().get(TargetMark.series(1));
        assertArrayEquals(new double[] {2035}, second.getXData(), EPS);
        assertArrayEquals(new double[] {50}, second.getYData(), EPS);
        assertEquals("Target 50% in 2035", second.getLabel());

        XYSeries guide = chart.getSeriesMap().get(TargetMark.guideSeries(0));
        assertArrayEquals(new double[] {2025, 2029}, guide.getXData(), EPS);
        assertArrayEquals(new double[] {45, 45}, guide.getYData(), EPS);
        assertFalse(guide.isShowInLegend());
        assertEquals(
                List.of("history", "projection", "target.0.guide", "target.0", "target.1.guide", "target.1"),
                List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void targetKeepsItsOwnLabelWhenGivenOne() {
        XYChart chart = TestShares.chart()
                .withTargets(List.of(TargetMark.of(2029, 0.45).withLabel("Plan 2029")))
                .toXChart(ChartPreset.WEB);
        assertEquals("Plan 2029", chart.getSeriesMap().get(TargetMark.series(0)).getLabel());
    }

    @Test
    void yearsPrintWithoutGroupingAndAxesCoverDataAndTargets() {
        XYChart chart = english();
        XYStyler s = chart.getStyler();
        assertEquals("#", s.getXAxisDecimalPattern());
        assertEquals(2010, s.getXAxisMin(), EPS);
        assertEquals(2035, s.getXAxisMax(), EPS);
        // lowest 29.8 - 2 -> 25; highest target 50 + 3 -> 55
        assertEquals(25, s.getYAxisMin(), EPS);
        assertEquals(55, s.getYAxisMax(), EPS);
    }

    @Test
    void labelsAxesAndTitleInEnglish() {
        XYChart chart = english();
        assertEquals("Year", chart.getXAxisTitle());
        assertEquals("Share of total services trade (%)", chart.getYAxisTitle());
        assertEquals(Labels.of(Lang.EN).text(Labels.SHARE_TITLE), chart.getTitle());
        FramedXYChart framed = (FramedXYChart) chart;
        assertEquals(
                "Test data: illustrative history and projection", framed.frame().subtitle());
        assertEquals(
                Labels.of(Lang.EN).text(Labels.SOURCE_DEFAULT), framed.frame().sourceLine());
        assertEquals(
                "test scenario, seed 1, targetcast test build", framed.frame().footer());
    }

    @Test
    void usesTheTitleAndSourceLineGiven() {
        XYChart chart = TestShares.chart()
                .withFrame(f -> f.with(ChartFrame.Text.TITLE, "My title")
                        .with(ChartFrame.Text.SOURCE_LINE, "Source: test data"))
                .toXChart(ChartPreset.SLIDES);
        assertEquals("My title", chart.getTitle());
        assertEquals("Source: test data", ((FramedXYChart) chart).frame().sourceLine());
    }

    @Test
    void buildsAtThePresetLayoutSize() {
        for (ChartPreset preset : ChartPreset.values()) {
            XYChart chart = TestShares.chart().toXChart(preset);
            assertEquals(preset.canvas().width(), chart.getWidth(), preset.name());
            assertEquals(preset.canvas().height(), chart.getHeight(), preset.name());
        }
    }

    @Test
    void eachCallBuildsAnIndependentChart() {
        ShareTrajectoryChart c = TestShares.chart();
        assertNotSame(c.toXChart(ChartPreset.WEB), c.toXChart(ChartPreset.WEB));
    }

    @Test
    void configuringReturnsACopyAndLeavesTheOriginalUnchanged() {
        ShareTrajectoryChart base = ShareTrajectoryChart.of(TestShares.HISTORY, TestShares.PROJECTION);
        ShareTrajectoryChart zh = base.withFrame(f -> f.withLang(Lang.ZH))
                .withTargets(TestShares.TARGETS)
                .withFrame(f -> f.with(ChartFrame.Text.TITLE, "t"));
        assertEquals(Lang.EN, base.lang());
        assertTrue(base.data().targets().isEmpty());
        assertEquals(Labels.of(Lang.EN).text(Labels.SHARE_TITLE), base.title());
        assertEquals(Lang.ZH, zh.lang());
        assertEquals(2, zh.data().targets().size());
    }

    @Test
    void drawsHistoryAloneWhenThereIsNoProjection() {
        AnnualSeries none = AnnualSeries.contiguous("none", 2026);
        XYChart chart = ShareTrajectoryChart.of(TestShares.HISTORY, none).toXChart(ChartPreset.WEB);
        assertEquals(
                List.of(ShareTrajectoryChart.HISTORY),
                List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void rejectsSharesGivenInPercent() {
        AnnualSeries pct = AnnualSeries.contiguous("pct", 2019, 34.7, 44.5);
        ChartException e =
                assertThrows(ChartException.class, () -> ShareTrajectoryChart.of(pct, TestShares.PROJECTION));
        assertEquals(
                "history share pct for 2019 = 34.7 is outside (0, 1); shares are fractions, e.g. 0.445",
                e.getMessage());
    }

    @Test
    void rejectsAProjectionThatOverlapsTheHistory() {
        AnnualSeries early = AnnualSeries.contiguous("early", 2025, 0.38, 0.39);
        ChartException e = assertThrows(ChartException.class, () -> ShareTrajectoryChart.of(TestShares.HISTORY, early));
        assertEquals("projection early starts in 2025, not after the last observed year 2025", e.getMessage());
    }

    @Test
    void rejectsEmptyHistory() {
        AnnualSeries empty = AnnualSeries.contiguous("empty", 2010);
        assertThrows(ChartException.class, () -> ShareTrajectoryChart.of(empty, TestShares.PROJECTION));
    }

    @Test
    void targetRejectsAShareOutsideTheUnitInterval() {
        ChartException e = assertThrows(ChartException.class, () -> TargetMark.of(2029, 45));
        assertEquals("target share for 2029 = 45.0 is outside (0, 1); shares are fractions, e.g. 0.45", e.getMessage());
    }
}
