package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;

class ChartExporterTest {
    @Test
    void writesNonEmptyPngSvgAndPdfNamedAfterTheBase(@TempDir Path dir) throws IOException {
        XYChart chart = TestShares.chart().toXChart(ChartPreset.WEB);
        List<Path> files = ChartExporter.of(ChartPreset.WEB).write(chart, dir.resolve("share"));
        assertEquals(List.of(dir.resolve("share.png"), dir.resolve("share.svg"), dir.resolve("share.pdf")), files);
        for (Path f : files) {
            assertTrue(Files.size(f) > 1000, f + " has " + Files.size(f) + " bytes");
        }
        assertTrue(Files.readString(files.get(1), StandardCharsets.UTF_8).contains("<svg"));
        byte[] pdf = Files.readAllBytes(files.get(2));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(3, left.count(), "no temporary files are left behind");
        }
    }

    @Test
    void pngHasThePresetPixelSizeForEveryPreset(@TempDir Path dir) throws IOException {
        for (ChartPreset preset : ChartPreset.values()) {
            XYChart chart = TestShares.chart().toXChart(preset);
            List<Path> files = ChartExporter.of(preset)
                    .withFormats(ChartExporter.Format.PNG)
                    .write(chart, dir.resolve("share-" + preset));
            BufferedImage png = ImageIO.read(files.get(0).toFile());
            assertEquals(preset.canvas().pixelWidth(), png.getWidth(), preset.name());
            assertEquals(preset.canvas().pixelHeight(), png.getHeight(), preset.name());
        }
    }

    @Test
    void exportingTwiceKeepsTheChartSize(@TempDir Path dir) throws IOException {
        XYChart chart = TestShares.chart().toXChart(ChartPreset.SLIDES);
        ChartExporter exporter = ChartExporter.of(ChartPreset.SLIDES).withFormats(ChartExporter.Format.PNG);
        exporter.write(chart, dir.resolve("a"));
        List<Path> second = exporter.write(chart, dir.resolve("b"));
        assertEquals(ChartPreset.SLIDES.canvas().width(), chart.getWidth());
        assertEquals(ChartPreset.SLIDES.canvas().height(), chart.getHeight());
        assertEquals(1920, ImageIO.read(second.get(0).toFile()).getWidth());
    }

    @Test
    void createsMissingFolders(@TempDir Path dir) {
        List<Path> files = ChartExporter.of(ChartPreset.WEB)
                .withFormats(ChartExporter.Format.SVG)
                .write(TestShares.chart().toXChart(ChartPreset.WEB), dir.resolve("out/charts/share"));
        assertTrue(Files.isRegularFile(files.get(0)));
    }

    @Test
    void reportsAnUnwritableTargetNamingIt(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
        Path base = blocker.resolve("share");
        ChartException e = assertThrows(ChartException.class, () -> ChartExporter.of(ChartPreset.WEB)
                .withFormats(ChartExporter.Format.PNG)
                .write(TestShares.chart().toXChart(ChartPreset.WEB), base));
        assertTrue(e.getMessage().startsWith("cannot write PNG chart " + blocker.resolve("share.png")), e.getMessage());
    }

    @Test
    void rejectsAnImplausibleDpi() {
        assertThrows(
                ChartException.class, () -> ChartExporter.of(ChartPreset.WEB).withDpi(5));
        assertEquals(600, ChartExporter.of(ChartPreset.WEB).withDpi(600).dpi());
    }

    /**
     * A PNG alone has the pixels and the resolution of XChart's own encoder (not its bytes: {@link
     * PngEncoder} compresses the rows its own way). With an SVG beside it the chart is laid out once and
     * the record drawn into both: the SVG has XChart's elements, and the PNG XChart's pixels but for the
     * anti-aliased edges of text, whose outlines were measured for the vector page instead of the bitmap.
     */
    @Test
    void pngIsXChartsOwnSvgDrawsWhatItsDrawsAndExportKeepsThem(@TempDir Path dir) throws IOException {
        for (ChartPreset preset : ChartPreset.values()) {
            XYChart chart = TestShares.chart().toXChart(preset);
            Path xchartPng = dir.resolve("xchart-" + preset + ".png");
            BitmapEncoder.saveBitmapWithDPI(
                    chart,
                    xchartPng.toString(),
                    BitmapEncoder.BitmapFormat.PNG,
                    preset.canvas().dpi());
            Path xchartSvg = dir.resolve("xchart-" + preset + ".svg");
            VectorGraphicsEncoder.saveVectorGraphic(
                    chart, xchartSvg.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            ChartExporter.Exported alone = ChartExporter.of(preset)
                    .withFormats(ChartExporter.Format.PNG)
                    .export(chart, dir.resolve("alone-" + preset));
            assertArrayEquals(
                    PngEncoderTest.pixels(ImageIO.read(xchartPng.toFile())),
                    PngEncoderTest.pixels(ImageIO.read(alone.files().get(0).toFile())),
                    preset + " PNG pixels");
            assertArrayEquals(
                    PngEncoderTest.chunk(Files.readAllBytes(xchartPng), "pHYs"),
                    PngEncoderTest.chunk(Files.readAllBytes(alone.files().get(0)), "pHYs"),
                    preset + " PNG resolution");
            ChartExporter.Exported exported = ChartExporter.of(preset)
                    .withFormats(ChartExporter.Format.PNG, ChartExporter.Format.SVG)
                    .export(chart, dir.resolve("share-" + preset));
            byte[] png = Files.readAllBytes(exported.files().get(0));
            assertArrayEquals(png, exported.png().orElseThrow(), "the PNG kept is the file's");
            BufferedImage theirs = ImageIO.read(xchartPng.toFile());
            BufferedImage ours = ImageIO.read(exported.files().get(0).toFile());
            assertEquals(theirs.getWidth(), ours.getWidth());
            assertEquals(theirs.getHeight(), ours.getHeight());
            long differ = 0;
            long channelDifference = 0;
            for (int y = 0; y < ours.getHeight(); y++) {
                for (int x = 0; x < ours.getWidth(); x++) {
                    int a = theirs.getRGB(x, y);
                    int b = ours.getRGB(x, y);
                    if (a != b) {
                        differ++;
                        for (int shift = 0; shift < 24; shift += 8) {
                            channelDifference += Math.abs(((a >> shift) & 255) - ((b >> shift) & 255));
                        }
                    }
                }
            }
            long pixels = (long) ours.getWidth() * ours.getHeight();
            assertTrue(differ < pixels * 0.06, preset + ": " + differ + " of " + pixels + " pixels differ");
            assertTrue(channelDifference < pixels * 3 * 2.0, preset + ": mean channel difference above 2");
            byte[] svg = Files.readAllBytes(exported.files().get(1));
            assertEquals(SvgElements.count(Files.readAllBytes(xchartSvg)), SvgElements.count(svg), preset + " SVG");
            assertArrayEquals(svg, exported.svg().orElseThrow(), "the SVG kept is the file's");
        }
        ChartExporter.Exported pdfOnly = ChartExporter.of(ChartPreset.WEB)
                .withFormats(ChartExporter.Format.PDF)
                .export(TestShares.chart().toXChart(ChartPreset.WEB), dir.resolve("only"));
        assertTrue(pdfOnly.png().isEmpty() && pdfOnly.svg().isEmpty(), "nothing kept without PNG or SVG");
    }
}
