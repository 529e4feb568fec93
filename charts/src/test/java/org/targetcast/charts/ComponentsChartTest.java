package org.targetcast.charts;

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
import org.targetcast.model.series.AnnualSeries;

class ComponentsChartTest {
    private static final double EPS = 1e-9;
    private static final AnnualSeries D = AnnualSeries.contiguous("d", 2023, 30, 35);
    private static final AnnualSeries O = AnnualSeries.contiguous("o", 2023, 70, 75);
    private static final AnnualSeries DP = AnnualSeries.contiguous("dp", 2025, 40, 45);
    private static final AnnualSeries OP = AnnualSeries.contiguous("op", 2025, 78, 80);

    @Test
    void drawsHistorySolidAndProjectionDashedFromTheLastObservedYear() {
        XYChart chart = ComponentsChart.of(D, O, DP, OP).toXChart(ChartPreset.WEB);
        XYSeries digital = chart.getSeriesMap().get(ComponentsChart.DIGITAL);
        assertEquals("Digitally deliverable", digital.getLabel());
        assertEquals(List.of(30.0, 35.0), BacktestChartTest.boxed(digital.getYData()));
        XYSeries projection = chart.getSeriesMap().get(ComponentsChart.projectionSeries(ComponentsChart.DIGITAL));
        assertEquals(List.of(2024.0, 2025.0, 2026.0), BacktestChartTest.boxed(projection.getXData()));
        assertEquals(List.of(35.0, 40.0, 45.0), BacktestChartTest.boxed(projection.getYData()));
        assertFalse(projection.isShowInLegend());
        assertTrue(projection.getLineStyle().getDashArray() != null, "dashed");
        assertTrue(digital.getLineStyle().getDashArray() == null, "solid");
    }

    @Test
    void totalIsTheSumOfTheComponents() {
        XYChart chart = ComponentsChart.of(D, O, DP, OP).toXChart(ChartPreset.WEB);
        assertEquals("Total", chart.getSeriesMap().get(ComponentsChart.TOTAL).getLabel());
        assertEquals(
                List.of(100.0, 110.0),
                BacktestChartTest.boxed(
                        chart.getSeriesMap().get(ComponentsChart.TOTAL).getYData()));
        assertEquals(
                List.of(110.0, 118.0, 125.0),
                BacktestChartTest.boxed(chart.getSeriesMap()
                        .get(ComponentsChart.projectionSeries(ComponentsChart.TOTAL))
                        .getYData()));
        assertEquals(
                List.of(
                        "digital",
                        "digital.projection",
                        "other",
                        "other.projection",
                        "total",
                        "total.projection",
                        "projection"),
                List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(0, chart.getStyler().getYAxisMin(), EPS);
        assertTrue(chart.getStyler().getYAxisMax() >= 125);
    }

    @Test
    void drawsBandsOpeningFromTheLastObservedValue() {
        XYChart chart = ComponentsChart.of(D, O, DP, OP)
                .withDigitalBand(
                        AnnualSeries.contiguous("lo", 2025, 38, 40), AnnualSeries.contiguous("hi", 2025, 42, 50))
                .toXChart(ChartPreset.WEB);
        XYSeries band = chart.getSeriesMap().get(ComponentsChart.bandSeries(ComponentsChart.DIGITAL));
        assertEquals(List.of(2024.0, 2025.0, 2026.0, 2026.0, 2025.0, 2024.0), BacktestChartTest.boxed(band.getXData()));
        assertEquals(List.of(35.0, 42.0, 50.0, 40.0, 38.0, 35.0), BacktestChartTest.boxed(band.getYData()));
        assertFalse(chart.getSeriesMap().containsKey(ComponentsChart.bandSeries(ComponentsChart.OTHER)));
        assertEquals(
                "10–90% ranges",
                chart.getSeriesMap().get(ComponentsChart.BANDS_KEY).getLabel());
    }

    @Test
    void framesAndLabelsAxes() {
        XYChart chart = TestComponents.components().toXChart(ChartPreset.WEB);
        assertEquals("Digitally deliverable and other services trade", chart.getTitle());
        assertEquals("USD 100 million", chart.getYAxisTitle());
        assertEquals(
                "Bn USD",
                TestComponents.components()
                        .withAxisTitle("Bn USD")
                        .toXChart(ChartPreset.WEB)
                        .getYAxisTitle());
        assertEquals(
                "10,000",
                chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(10000.0));
        assertEquals(
                "Projection",
                chart.getSeriesMap().get(ComponentsChart.PROJECTION_KEY).getLabel());
        assertEquals(
                "test scenario, seed 1, targetcast test build",
                ((FramedXYChart) chart).frame().footer());
    }

    @Test
    void labelsInChinese() {
        XYChart chart =
                TestComponents.components().withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.WEB);
        assertEquals("可数字化交付的服务贸易与其他服务贸易", chart.getTitle());
        assertEquals("亿美元", chart.getYAxisTitle());
        assertEquals(
                "可数字化交付的服务贸易", chart.getSeriesMap().get(ComponentsChart.DIGITAL).getLabel());
        assertEquals("其他服务贸易", chart.getSeriesMap().get(ComponentsChart.OTHER).getLabel());
        assertEquals(
                "预测", chart.getSeriesMap().get(ComponentsChart.PROJECTION_KEY).getLabel());
        assertEquals(
                "10%–90% 区间",
                chart.getSeriesMap().get(ComponentsChart.BANDS_KEY).getLabel());
    }

    @Test
    void rejectsBadInputNamingTheSeriesAndYear() {
        assertEquals(
                "other history o2 covers 2023–2023 (1 years), the digital history 2023–2024 (2 years); they must cover the same years",
                assertThrows(
                                ChartException.class,
                                () -> ComponentsChart.of(D, AnnualSeries.contiguous("o2", 2023, 70), DP, OP))
                        .getMessage());
        assertEquals(
                "digital projection dp2 covers 2026–2026 (1 years); it must run without gaps from 2025, the year after the history",
                assertThrows(
                                ChartException.class,
                                () -> ComponentsChart.of(D, O, AnnualSeries.contiguous("dp2", 2026, 40), OP))
                        .getMessage());
        assertEquals(
                "other history o3 for 2024 = -1.0 is negative; levels are trade values, e.g. 3859",
                assertThrows(
                                ChartException.class,
                                () -> ComponentsChart.of(D, AnnualSeries.contiguous("o3", 2023, 70, -1), DP, OP))
                        .getMessage());
        ComponentsChart c = ComponentsChart.of(D, O, DP, OP);
        assertEquals(
                "other band: lower bound for 2026 = 90.0 is above the upper bound 85.0",
                assertThrows(
                                ChartException.class,
                                () -> c.withOtherBand(
                                        AnnualSeries.contiguous("lo", 2025, 70, 90),
                                        AnnualSeries.contiguous("hi", 2025, 80, 85)))
                        .getMessage());
        assertEquals(
                "digital band has a lower bound but no upper bound; give both or neither",
                assertThrows(ChartException.class, () -> c.withDigitalBand(DP, null))
                        .getMessage());
    }

    @Test
    void exports(@TempDir Path dir) throws Exception {
        List<Path> files = ChartExporter.of(ChartPreset.WEB)
                .withFormats(ChartExporter.Format.PNG, ChartExporter.Format.SVG)
                .write(TestComponents.components().toXChart(ChartPreset.WEB), dir.resolve("components"));
        assertEquals(600, javax.imageio.ImageIO.read(files.get(0).toFile()).getHeight());
        assertTrue(java.nio.file.Files.readString(files.get(1)).contains("<svg"));
    }
}
