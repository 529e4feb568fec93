package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

class EstimatedYearsTest {
    private static final Set<Integer> ESTIMATED = Set.of(2016, 2010, 2011, 2030);

    private static void assertMarked(XYChart chart, String historySeries) {
        XYSeries s = chart.getSeriesMap().get(EstimatedYears.SERIES);
        assertArrayEquals(new double[] {2010, 2011, 2016}, s.getXData(), "estimated years in the history, in order");
        XYSeries history = chart.getSeriesMap().get(historySeries);
        for (int i = 0; i < s.getXData().length; i++) {
            int k = (int) (s.getXData()[i] - history.getXData()[0]);
            assertEquals(history.getYData()[k], s.getYData()[i], 1e-9, "on the history line");
        }
        assertEquals(XYSeriesRenderStyle.Scatter, s.getXYSeriesRenderStyle());
        assertInstanceOf(HollowCircle.class, s.getMarker());
        assertEquals(Palette.HISTORY, s.getMarkerColor());
        assertTrue(s.isShowInLegend());
    }

    @Test
    void marksEstimatedYearsOnTheShareChart() {
        XYChart chart = EstimatedYears.mark(
                TestShares.chart().toXChart(ChartPreset.WEB), TestShares.HISTORY, ESTIMATED, Lang.EN, ChartPreset.WEB);
        assertMarked(chart, ShareTrajectoryChart.HISTORY);
        assertEquals(
                "Estimated year (not a published figure)",
                chart.getSeriesMap().get(EstimatedYears.SERIES).getLabel());
    }

    @Test
    void marksEstimatedYearsOnTheFanChart() {
        XYChart chart = EstimatedYears.mark(
                TestFan.chart().toXChart(ChartPreset.WEB),
                TestFan.chart().data().history(),
                ESTIMATED,
                Lang.EN,
                ChartPreset.WEB);
        assertMarked(chart, FanChart.HISTORY);
    }

    @Test
    void marksEstimatedYearsOnTheScenarioOverlay() {
        XYChart chart = EstimatedYears.mark(
                TestSweeps.overlay().toXChart(ChartPreset.WEB),
                TestShares.HISTORY,
                ESTIMATED,
                Lang.EN,
                ChartPreset.WEB);
        assertMarked(chart, ScenarioOverlayChart.HISTORY);
    }

    @Test
    void labelsInChineseAndDrawsHollowMarkers() {
        XYChart chart = EstimatedYears.mark(
                TestShares.chart().toXChart(ChartPreset.WEB), TestShares.HISTORY, ESTIMATED, Lang.ZH, ChartPreset.WEB);
        assertEquals(
                "估算年份（非公布数据）", chart.getSeriesMap().get(EstimatedYears.SERIES).getLabel());
        BufferedImage image = new BufferedImage(41, 41, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(0, 0, 41, 41);
        g.setPaint(java.awt.Color.RED);
        new HollowCircle().paint(g, 20, 20, 20);
        g.dispose();
        assertEquals(0xFFFFFF, image.getRGB(20, 20) & 0xFFFFFF, "white centre");
        assertEquals(0xFF0000, image.getRGB(10, 20) & 0xFFFFFF, "ring in the series colour");
        assertEquals(0x000000, image.getRGB(1, 1) & 0xFFFFFF, "nothing outside");
        assertTrue(BitmapEncoder.getBufferedImage(chart).getWidth() > 0);
    }

    @Test
    void addsNothingWithoutEstimatedYears() {
        XYChart chart = TestShares.chart().toXChart(ChartPreset.WEB);
        List<String> before = List.copyOf(chart.getSeriesMap().keySet());
        assertSame(chart, EstimatedYears.mark(chart, TestShares.HISTORY, Set.of(2040), Lang.EN, ChartPreset.WEB));
        assertEquals(before, List.copyOf(chart.getSeriesMap().keySet()));
        assertFalse(chart.getSeriesMap().containsKey(EstimatedYears.SERIES));
    }
}
