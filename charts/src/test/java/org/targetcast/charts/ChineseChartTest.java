package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** Chinese labels, drawn in the shipped font on every machine. */
class ChineseChartTest {

    private static XYChart chinese() {
        return TestShares.chart().withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.SLIDES);
    }

    @Test
    void labelsAxesLegendAndTitleInChinese() {
        XYChart chart = chinese();
        assertEquals("年份", chart.getXAxisTitle());
        assertEquals("占服务贸易总额比重（%）", chart.getYAxisTitle());
        assertEquals("可数字化交付的服务贸易占服务贸易总额比重", chart.getTitle());
        assertEquals(
                "历史", chart.getSeriesMap().get(ShareTrajectoryChart.HISTORY).getLabel());
        assertEquals(
                "预测", chart.getSeriesMap().get(ShareTrajectoryChart.PROJECTION).getLabel());
        assertEquals(
                "2029年目标 45%", chart.getSeriesMap().get(TargetMark.series(0)).getLabel());
        assertEquals(
                "2035年目标 50%", chart.getSeriesMap().get(TargetMark.series(1)).getLabel());
    }

    @Test
    void drawsWithAFontThatDisplaysEveryChineseLabel() {
        XYChart chart = chinese();
        Font axisFont = chart.getStyler().getAxisTitleFont();
        Font legendFont = chart.getStyler().getLegendFont();
        assertEquals(ShippedFont.FAMILY, axisFont.getFamily(java.util.Locale.ROOT));
        for (String text : List.of(
                chart.getXAxisTitle(),
                chart.getYAxisTitle(),
                chart.getTitle(),
                chart.getSeriesMap().get(TargetMark.series(0)).getLabel(),
                Labels.of(Lang.ZH).text(Labels.SOURCE_DEFAULT))) {
            assertEquals(-1, axisFont.canDisplayUpTo(text), text);
            assertEquals(-1, legendFont.canDisplayUpTo(text), text);
        }
    }

    @Test
    void labelsTheFanChartInChineseWithTargetProbabilities() {
        XYChart chart = TestFan.chart().withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.SLIDES);
        assertEquals("可数字化交付的服务贸易占服务贸易总额比重：预测及其不确定性", chart.getTitle());
        assertEquals("历史", chart.getSeriesMap().get(FanChart.HISTORY).getLabel());
        assertEquals("预测中位数", chart.getSeriesMap().get(FanChart.MEDIAN).getLabel());
        assertEquals(
                "80% 区间", chart.getSeriesMap().get(FanChart.bandSeries(0.8)).getLabel());
        assertEquals(
                "2029年目标 45%：当年达标概率 23%",
                chart.getSeriesMap().get(TargetMark.series(0)).getLabel());
        assertEquals(
                "2035年目标 50%：当年达标概率 41%",
                chart.getSeriesMap().get(TargetMark.series(1)).getLabel());
        Font legendFont = chart.getStyler().getLegendFont();
        for (XYSeries s : chart.getSeriesMap().values()) {
            assertEquals(-1, legendFont.canDisplayUpTo(s.getLabel()), s.getLabel());
        }
    }

    @Test
    void rendersAChineseFanPng(@TempDir Path dir) throws Exception {
        List<Path> files = ChartExporter.of(ChartPreset.WEB)
                .withFormats(ChartExporter.Format.PNG)
                .write(
                        TestFan.chart().withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.WEB),
                        dir.resolve("fan-zh"));
        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertEquals(1000, png.getWidth());
        assertEquals(600, png.getHeight());
    }

    @Test
    void rendersAChinesePng(@TempDir Path dir) throws Exception {
        List<Path> files = ChartExporter.of(ChartPreset.SLIDES)
                .withFormats(ChartExporter.Format.PNG)
                .write(chinese(), dir.resolve("share-zh"));
        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertEquals(1920, png.getWidth());
        assertEquals(1080, png.getHeight());
        assertTrue(files.get(0).toFile().length() > 10_000);
    }

    @Test
    void labelsTheProbabilityMapInChinese() {
        XYChart chart = TestSweeps.mapZh().toXChart(ChartPreset.SLIDES);
        assertEquals("达到2029年45%的概率", chart.getTitle());
        assertEquals("数字服务贸易年增长率", chart.getXAxisTitle());
        assertEquals(
                "40%–50%",
                chart.getSeriesMap().get(ProbabilityMapChart.classSeries(4)).getLabel());
        assertEquals(
                "概率 50% 等值线",
                chart.getSeriesMap().get(ProbabilityMapChart.CONTOUR).getLabel());
        assertEquals(
                "6%", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(6.0));
        assertDisplayable(chart);
    }

    @Test
    void labelsTheTornadoInChinese() {
        XYChart chart = TestSweeps.tornadoZh().toXChart(ChartPreset.SLIDES);
        assertEquals("各项假设的敏感性（逐项变动）", chart.getTitle());
        assertEquals("达到目标的概率（%）", chart.getXAxisTitle());
        assertEquals("假设取低值", chart.getSeriesMap().get(TornadoChart.LOW).getLabel());
        assertEquals("假设取高值", chart.getSeriesMap().get(TornadoChart.HIGH).getLabel());
        assertEquals("基准：21%", chart.getSeriesMap().get(TornadoChart.BASE).getLabel());
        assertEquals(
                "数字服务贸易增长",
                chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(6.0));
        assertDisplayable(chart);
    }

    @Test
    void labelsTheScenarioOverlayInChinese() {
        XYChart chart = TestSweeps.overlay().withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.SLIDES);
        assertEquals("可数字化交付的服务贸易占比：各情景", chart.getTitle());
        assertEquals(
                "历史", chart.getSeriesMap().get(ScenarioOverlayChart.HISTORY).getLabel());
        assertEquals(
                "10%–90% 区间 (Baseline)",
                chart.getSeriesMap().get(ScenarioOverlayChart.BANDS_KEY).getLabel());
        assertEquals(
                "2035年目标 50%", chart.getSeriesMap().get(TargetMark.series(1)).getLabel());
        assertDisplayable(chart);
    }

    @Test
    void labelsThePanelChartInChinese() {
        XYChart chart =
                PanelSharesChartTest.chart().withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.SLIDES);
        assertEquals(
                "面板中的其他经济体（12个）",
                chart.getSeriesMap().get(PanelSharesChart.PANEL_KEY).getLabel());
        assertDisplayable(chart);
    }

    @Test
    void exportsTheNewChartsInChinese(@TempDir Path dir) throws Exception {
        ChartExporter exporter =
                ChartExporter.of(ChartPreset.WEB).withFormats(ChartExporter.Format.PNG, ChartExporter.Format.SVG);
        for (var named : java.util.Map.of(
                        "map-zh",
                        TestSweeps.mapZh().toXChart(ChartPreset.WEB),
                        "tornado-zh",
                        TestSweeps.tornadoZh().toXChart(ChartPreset.WEB),
                        "scenarios-zh",
                        TestSweeps.overlay().withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.WEB),
                        "panel-zh",
                        PanelSharesChartTest.chart()
                                .withFrame(f -> f.withLang(Lang.ZH))
                                .toXChart(ChartPreset.WEB))
                .entrySet()) {
            List<Path> files = exporter.write(named.getValue(), dir.resolve(named.getKey()));
            assertEquals(1000, ImageIO.read(files.get(0).toFile()).getWidth(), named.getKey());
            assertTrue(java.nio.file.Files.readString(files.get(1)).contains("<svg"), named.getKey());
        }
    }

    private static void assertDisplayable(XYChart chart) {
        Font legendFont = chart.getStyler().getLegendFont();
        for (XYSeries s : chart.getSeriesMap().values()) {
            assertEquals(-1, legendFont.canDisplayUpTo(s.getLabel()), s.getLabel());
        }
        for (String text : List.of(chart.getTitle(), chart.getXAxisTitle(), chart.getYAxisTitle())) {
            assertEquals(-1, chart.getStyler().getAxisTitleFont().canDisplayUpTo(text), text);
        }
    }
}
