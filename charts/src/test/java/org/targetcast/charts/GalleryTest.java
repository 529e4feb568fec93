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
        List<Path> files = ChartExporter.of(ChartPreset.SLIDES).withFormats(ChartExporter.Format.PNG).write(chart, GALLERY.resolve(name));
        assertEquals(1, files.size());
    }

    @Test
    void rendersEveryChartInEnglish() {
        render("share", TestShares.chart().toXChart(ChartPreset.SLIDES));
        render("fan", TestFan.chart().toXChart(ChartPreset.SLIDES));
        render("probability-map", TestSweeps.map().toXChart(ChartPreset.SLIDES));
        render("tornado", TestSweeps.tornado().toXChart(ChartPreset.SLIDES));
        render("scenarios", TestSweeps.overlay().toXChart(ChartPreset.SLIDES));
    }

    @Test
    void rendersEveryChartInChineseWhereAFontIsInstalled() {
        if (Fonts.cjkFamily().isEmpty()) {
            return;
        }
        render("probability-map-zh", TestSweeps.mapZh().toXChart(ChartPreset.SLIDES));
        render("tornado-zh", TestSweeps.tornadoZh().toXChart(ChartPreset.SLIDES));
        render("scenarios-zh", TestSweeps.overlay().withLang(Lang.ZH).toXChart(ChartPreset.SLIDES));
    }
}
