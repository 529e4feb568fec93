package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

class DecompositionChartTest {
    private static final double EPS = 1e-9;
    private static final int[] YEARS = {2021, 2022, 2023, 2024};
    private static final double[] DIGITAL = {1.2, 1.0, -0.5, 0.0};
    private static final double[] OTHER = {-0.8, 0.5, -0.7, 0.3};

    @Test
    void stacksPositiveUpAndNegativeDownFromZero() {
        double[][] st = DecompositionChart.of(YEARS, DIGITAL, OTHER).stacks();
        // 2021: digital 0 → 1.2, other 0 → -0.8
        // 2022: digital 0 → 1.0, other 1.0 → 1.5
        // 2023: digital 0 → -0.5, other -0.5 → -1.2
        // 2024: digital none, other 0 → 0.3
        assertArrayEquals(new double[] {0, 0, 0, 0}, st[0], EPS);
        assertArrayEquals(new double[] {1.2, 1.0, -0.5, 0.0}, st[1], EPS);
        assertArrayEquals(new double[] {0, 1.0, -0.5, 0}, st[2], EPS);
        assertArrayEquals(new double[] {-0.8, 1.5, -1.2, 0.3}, st[3], EPS);
    }

    @Test
    void drawsBarsAsRectanglesCentredOnTheYear() {
        XYChart chart = DecompositionChart.of(YEARS, DIGITAL, OTHER).toXChart(ChartPreset.WEB);
        XYSeries digital = chart.getSeriesMap().get(DecompositionChart.DIGITAL);
        assertEquals("From digital services growth", digital.getLabel());
        assertEquals(3 * 6, digital.getXData().length, "no rectangle for a zero contribution");
        assertEquals(2021 - DecompositionChart.BAR_WIDTH / 2, digital.getXData()[0], EPS);
        assertEquals(2021 + DecompositionChart.BAR_WIDTH / 2, digital.getXData()[1], EPS);
        assertEquals(1.2, digital.getYData()[2], EPS);
        XYSeries other = chart.getSeriesMap().get(DecompositionChart.OTHER);
        assertEquals("From other services growth", other.getLabel());
        assertEquals(1.0, other.getYData()[6], EPS);
        assertEquals(1.5, other.getYData()[8], EPS);
    }

    @Test
    void drawsTheTotalAsALineWithMarkers() {
        XYChart chart = DecompositionChart.of(YEARS, DIGITAL, OTHER, new double[] {0.5, 1.5, -1.3, 0.3})
                .toXChart(ChartPreset.WEB);
        XYSeries total = chart.getSeriesMap().get(DecompositionChart.TOTAL);
        assertEquals("Change in share", total.getLabel());
        assertEquals(List.of(2021.0, 2022.0, 2023.0, 2024.0), BacktestChartTest.boxed(total.getXData()));
        assertEquals(List.of(0.5, 1.5, -1.3, 0.3), BacktestChartTest.boxed(total.getYData()));
        assertEquals(SeriesMarkers.CIRCLE, total.getMarker());
        assertFalse(chart.getSeriesMap().get(DecompositionChart.ZERO).isShowInLegend());
        assertArrayEquals(
                new double[] {0.4, 0.8, -0.3, 0.3},
                DecompositionChart.of(YEARS, new double[] {0.1, 0.2, 0.1, 0.0}, new double[] {0.3, 0.6, -0.4, 0.3})
                        .toXChart(ChartPreset.WEB)
                        .getSeriesMap()
                        .get(DecompositionChart.TOTAL)
                        .getYData(),
                EPS);
        assertEquals(
                List.of("digital", "other", "zero", "total"),
                List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void axesCoverTheStacksAndLabelOnlyYears() {
        DecompositionChart c = DecompositionChart.of(YEARS, DIGITAL, OTHER);
        double[] y = c.yAxisRange();
        assertTrue(y[0] <= -1.2 && y[1] >= 1.5);
        XYChart chart = c.toXChart(ChartPreset.WEB);
        assertEquals("Change in share (percentage points)", chart.getYAxisTitle());
        assertEquals("Yearly change in the digitally deliverable share, by source", chart.getTitle());
        var x = chart.getStyler().getxAxisTickLabelsFormattingFunction();
        assertEquals("2022", x.apply(2022.0));
        assertEquals("", x.apply(2022.5).replace("\u200B", ""));
        assertEquals("", x.apply(2025.0).replace("\u200B", ""));
        assertEquals(2020.4, chart.getStyler().getXAxisMin(), EPS);
        assertEquals(
                "-0.5", chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(-0.5));
    }

    @Test
    void labelsInChinese() {
        XYChart chart = TestComponents.decompositionChart()
                .withFrame(f -> f.withLang(Lang.ZH))
                .toXChart(ChartPreset.WEB);
        assertEquals("可数字化交付服务贸易占比的年度变化及其来源", chart.getTitle());
        assertEquals("占比变化（百分点）", chart.getYAxisTitle());
        assertEquals(
                "数字服务贸易增长的贡献",
                chart.getSeriesMap().get(DecompositionChart.DIGITAL).getLabel());
        assertEquals(
                "其他服务贸易增长的贡献",
                chart.getSeriesMap().get(DecompositionChart.OTHER).getLabel());
        assertEquals("占比变化", chart.getSeriesMap().get(DecompositionChart.TOTAL).getLabel());
    }

    @Test
    void rejectsBadInputNamingTheArrayAndYear() {
        assertEquals(
                "otherContribution has 3 values for 4 years; give one a year",
                assertThrows(ChartException.class, () -> DecompositionChart.of(YEARS, DIGITAL, new double[] {1, 2, 3}))
                        .getMessage());
        assertEquals(
                "digitalContribution for 2023 = NaN is not a finite number of percentage points",
                assertThrows(
                                ChartException.class,
                                () -> DecompositionChart.of(YEARS, new double[] {1, 2, Double.NaN, 0}, OTHER))
                        .getMessage());
        assertEquals(
                "years must increase: 2021 follows 2022",
                assertThrows(
                                ChartException.class,
                                () -> DecompositionChart.of(
                                        new int[] {2022, 2021}, new double[] {1, 1}, new double[] {1, 1}))
                        .getMessage());
        assertEquals(
                "a decomposition chart needs at least one year",
                assertThrows(
                                ChartException.class,
                                () -> DecompositionChart.of(new int[0], new double[0], new double[0]))
                        .getMessage());
    }

    @Test
    void exports(@TempDir Path dir) throws Exception {
        List<Path> files = ChartExporter.of(ChartPreset.WEB)
                .write(TestComponents.decompositionChart().toXChart(ChartPreset.WEB), dir.resolve("decomposition"));
        assertEquals(
                List.of(
                        dir.resolve("decomposition.png"),
                        dir.resolve("decomposition.svg"),
                        dir.resolve("decomposition.pdf")),
                files);
        assertTrue(java.nio.file.Files.readString(files.get(1)).contains("<svg"));
    }
}
