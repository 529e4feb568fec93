package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders every chart with its test data to {@code target/gallery} (PNG, slides preset), in English and,
 * where a CJK font is installed, in Chinese: the pictures to look at after a change.
 */
class GalleryTest {
    private static final Path GALLERY = Path.of("target", "gallery");

    private static void render(String name, Chart<?, ?> chart) {
        List<Path> files = ChartExporter.of(ChartPreset.SLIDES)
                .withFormats(ChartExporter.Format.PNG)
                .write(chart, GALLERY.resolve(name));
        assertEquals(1, files.size());
    }

    @Test
    void rendersEveryChartInEnglish() {
        render("share", TestShares.chart().toXChart(ChartPreset.SLIDES));
        render("fan", TestFan.chart().toXChart(ChartPreset.SLIDES));
        render("probability-map", TestSweeps.map().toXChart(ChartPreset.SLIDES));
        render("tornado", TestSweeps.tornado().toXChart(ChartPreset.SLIDES));
        render("scenarios", TestSweeps.overlay().toXChart(ChartPreset.SLIDES));
        render("backtest", TestComponents.backtest().toXChart(ChartPreset.SLIDES));
        render("backtest-few", TestComponents.backtestFew().toXChart(ChartPreset.SLIDES));
        render("components", TestComponents.components().toXChart(ChartPreset.SLIDES));
        render("histogram", TestComponents.histogram().toXChart(ChartPreset.SLIDES));
        render("decomposition", TestComponents.decompositionChart().toXChart(ChartPreset.SLIDES));
        render("panel", PanelSharesChartTest.chart().toXChart(ChartPreset.SLIDES));
    }

    @Test
    void rendersEveryChartInChinese() {
        render("probability-map-zh", TestSweeps.mapZh().toXChart(ChartPreset.SLIDES));
        render("tornado-zh", TestSweeps.tornadoZh().toXChart(ChartPreset.SLIDES));
        render(
                "scenarios-zh",
                TestSweeps.overlay().withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.SLIDES));
        render(
                "backtest-zh",
                TestComponents.backtest()
                        .withModelName("对数线性趋势（测试）")
                        .withFrame(f -> f.withLang(Lang.ZH))
                        .toXChart(ChartPreset.SLIDES));
        render(
                "components-zh",
                TestComponents.components()
                        .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, "测试数据：示意性的历史、预测与 10%–90% 区间")
                                .withLang(Lang.ZH))
                        .toXChart(ChartPreset.SLIDES));
        render(
                "histogram-zh",
                TestComponents.histogram()
                        .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, "测试数据：10,000 条模拟路径，0.5 个百分点一组")
                                .withLang(Lang.ZH))
                        .toXChart(ChartPreset.SLIDES));
        render(
                "decomposition-zh",
                TestComponents.decompositionChart()
                        .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, "测试数据：年度变化的对数分解，2011–2025年")
                                .withLang(Lang.ZH))
                        .toXChart(ChartPreset.SLIDES));
        render(
                "panel-zh",
                PanelSharesChartTest.chart()
                        .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, "测试数据：十二个示意性经济体")
                                .withLang(Lang.ZH))
                        .toXChart(ChartPreset.SLIDES));
    }
}
