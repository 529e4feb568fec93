package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.targetcast.model.series.AnnualSeries;

class PanelSharesChartTest {
    /** Twelve economies 2010–2023, shares spread from 8 % to 74 %, some with a jump in 2020. */
    static List<AnnualSeries> panel() {
        List<AnnualSeries> out = new ArrayList<>();
        for (int e = 0; e < 12; e++) {
            double[] v = new double[14];
            for (int i = 0; i < v.length; i++) {
                v[i] = 0.08 + 0.06 * e + 0.002 * i + (i == 10 && e % 3 == 0 ? 0.05 : 0);
            }
            out.add(AnnualSeries.contiguous("economy " + e, 2010, v));
        }
        return out;
    }

    static PanelSharesChart chart() {
        return PanelSharesChart.of(
                        panel(),
                        List.of(
                                new PanelSharesChart.Highlight("China, MOFCOM basis", TestShares.HISTORY),
                                new PanelSharesChart.Highlight(
                                        "China, UNCTAD basis",
                                        AnnualSeries.contiguous(
                                                "unctad", 2010, 0.33, 0.35, 0.33, 0.33, 0.30, 0.27, 0.28, 0.29))))
                .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, "Test data: twelve illustrative economies"));
    }

    @Test
    void drawsOneGreyLinePerEconomyAndOneColouredLinePerHighlight() {
        XYChart chart = chart().toXChart(ChartPreset.WEB);
        List<AnnualSeries> panel = panel();
        for (int i = 0; i < panel.size(); i++) {
            XYSeries s = chart.getSeriesMap().get(PanelSharesChart.panelSeries(i));
            assertArrayEquals(ChartStyle.percent(panel.get(i).values()), s.getYData(), 1e-9, "economy " + i);
            assertEquals(PanelSharesChart.PANEL_GREY, s.getLineColor());
            assertFalse(s.isShowInLegend(), "a grey line has no legend entry of its own");
        }
        assertEquals(null, chart.getSeriesMap().get(PanelSharesChart.panelSeries(panel.size())));
        XYSeries china = chart.getSeriesMap().get(PanelSharesChart.highlightSeries(0));
        assertEquals("China, MOFCOM basis", china.getLabel());
        assertArrayEquals(ChartStyle.percent(TestShares.HISTORY.values()), china.getYData(), 1e-9);
        assertEquals(
                "China, UNCTAD basis",
                chart.getSeriesMap().get(PanelSharesChart.highlightSeries(1)).getLabel());
        assertNotEquals(
                china.getLineColor(),
                chart.getSeriesMap().get(PanelSharesChart.highlightSeries(1)).getLineColor());
        assertEquals(
                "Other economies of the panel (12)",
                chart.getSeriesMap().get(PanelSharesChart.PANEL_KEY).getLabel());
        // every series: the grey lines, the key and the two highlights
        assertEquals(panel.size() + 1 + 2, chart.getSeriesMap().size());
        assertTrue(chart.getTitle().contains("12 other economies"), chart.getTitle());
    }

    @Test
    void theAxesHoldEveryLine() {
        XYChart chart = chart().toXChart(ChartPreset.WEB);
        assertTrue(chart.getStyler().getYAxisMin() <= 8, "lowest share");
        assertTrue(chart.getStyler().getYAxisMax() >= 74 + 0.2 * 13, "highest share");
        assertEquals(2010.0, chart.getStyler().getXAxisMin());
        assertEquals((double) TestShares.HISTORY.lastYear(), chart.getStyler().getXAxisMax());
    }

    @Test
    void labelsThePanelInChinese() {
        XYChart chart = chart().withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.SLIDES);
        assertEquals("校准面板中可数字化交付的服务贸易占比：中国与其他12个经济体", chart.getTitle());
        assertEquals(
                "面板中的其他经济体（12个）",
                chart.getSeriesMap().get(PanelSharesChart.PANEL_KEY).getLabel());
        assertEquals("年份", chart.getXAxisTitle());
    }

    @Test
    void needsAHighlightedHistory() {
        ChartException e = assertThrows(ChartException.class, () -> PanelSharesChart.of(panel(), List.of()));
        assertEquals("a panel chart needs at least one highlighted history", e.getMessage());
    }

    @Test
    void writesPngSvgAndPdf(@TempDir Path dir) throws Exception {
        List<Path> files = ChartExporter.of(ChartPreset.PRINT)
                .withFormats(ChartExporter.Format.PNG, ChartExporter.Format.SVG, ChartExporter.Format.PDF)
                .write(chart().toXChart(ChartPreset.PRINT), dir.resolve("panel"));
        assertEquals(List.of(dir.resolve("panel.png"), dir.resolve("panel.svg"), dir.resolve("panel.pdf")), files);
        for (Path f : files) {
            assertTrue(Files.size(f) > 1000, f.toString());
        }
    }
}
