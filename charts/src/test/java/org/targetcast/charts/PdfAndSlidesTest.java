package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** PDF charts keep their text as text, PowerPoint slides hold native charts with the data. */
class PdfAndSlidesTest {
    private static Path write(XYChart chart, Path dir, ChartExporter.Format format) {
        return ChartExporter.of(ChartPreset.SLIDES)
                .withFormats(format)
                .write(chart, dir.resolve("fan"))
                .get(0);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // wrapped lines join with a space, as they read
            return new PDFTextStripper().getText(doc).replaceAll("\\s*\\R\\s*", " ");
        }
    }

    private static List<PDFont> pdfFonts(Path pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var page = doc.getPage(0);
            collectFonts(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void collectFonts(org.apache.pdfbox.pdmodel.PDResources resources, List<PDFont> out)
            throws IOException {
        for (var name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources(), out);
            }
        }
    }

    @Test
    void pdfKeepsTheTitleSubtitleAndSourceAsTextInAnEmbeddedFont(@TempDir Path dir) throws IOException {
        FanChart fan = TestFan.chart();
        Path pdf = write(fan.toXChart(ChartPreset.SLIDES), dir, ChartExporter.Format.PDF);
        String text = pdfText(pdf);
        assertTrue(text.contains(fan.title()), text);
        assertTrue(text.contains("Test data: illustrative history and quantiles"), text);
        assertTrue(text.contains("seed 1"), text);
        List<PDFont> fonts = pdfFonts(pdf);
        assertFalse(fonts.isEmpty(), "no font in the PDF");
        assertTrue(fonts.stream().allMatch(PDFont::isEmbedded), "every font is embedded");
    }

    @Test
    void pdfKeepsChineseTextAsText(@TempDir Path dir) throws IOException {
        FanChart fan = TestFan.chart().withFrame(f -> f.withLang(Lang.ZH));
        Path pdf = write(fan.toXChart(ChartPreset.SLIDES), dir, ChartExporter.Format.PDF);
        String text = pdfText(pdf);
        assertTrue(text.contains(fan.title()), text);
        assertTrue(text.contains(Labels.of(Lang.ZH).text(Labels.SOURCE_DEFAULT)), text);
    }

    private static String chartXml(XSLFChart chart) {
        return chart.getCTChartSpace().xmlText();
    }

    private static String slideText(XSLFSlide slide) {
        StringBuilder sb = new StringBuilder();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String value(double percent) {
        return ChartStyle.number(percent);
    }

    @Test
    void slideHoldsTheFanAsFilledBandsUnderNativeLinesWithRoundedValues(@TempDir Path dir) throws Exception {
        FanChart fan = TestFan.chart();
        Path pptx = write(fan.toXChart(ChartPreset.SLIDES), dir, ChartExporter.Format.PPTX);
        try (InputStream in = Files.newInputStream(pptx);
                XMLSlideShow deck = new XMLSlideShow(in)) {
            assertEquals(1, deck.getSlides().size());
            String text = slideText(deck.getSlides().get(0));
            assertTrue(text.contains(fan.title()), text);
            assertTrue(text.contains(fan.sourceLine()), text);
            assertEquals(1, deck.getCharts().size());
            String xml = chartXml(deck.getCharts().get(0));
            assertTrue(xml.contains("lineChart"), "a line chart");
            assertFalse(xml.contains(FanChart.MEDIAN_HALO), "the median's halo adds no series");
            assertTrue(xml.contains(Labels.of(Lang.EN).text(Labels.LEGEND_MEDIAN)), "the median series is named");
            double median2035 = SlideDeckWriter.rounded(TestFan.BANDS.quantilesAt(0.5)[9] * 100);
            assertTrue(
                    xml.contains("<c:v>" + Double.toString(median2035)),
                    "the 2035 median " + median2035 + " is in the data");
            assertTrue(xml.contains("areaChart") && xml.contains("\"stacked\""), "the bands as stacked areas");
            assertFalse(xml.contains(".guide"), "no internal series name reaches the chart");
            assertTrue(
                    xml.matches("(?s).*<c:legendEntry>\\s*<c:idx val=\"\\d+\"/>\\s*<c:delete val=\"(1|true)\"/>.*"),
                    xml.substring(xml.indexOf("<c:legend>")));
            assertFalse(xml.matches("(?s).*<c:v>-?\\d+\\.\\d{3,}</c:v>.*"), "values rounded to 0.01 points");
            double last = SlideDeckWriter.rounded(TestShares.HISTORY.lastValue() * 100);
            assertTrue(xml.contains("<c:v>" + Double.toString(last)), "the last observed share is in the data");
            assertTrue(xml.contains("<c:v>2035</c:v>"), "years are the categories");
            var workbook = deck.getCharts().get(0).getWorkbook();
            assertTrue(workbook.getSheetAt(0).getPhysicalNumberOfRows() > 10, "the data sit in the embedded workbook");
        }
    }

    @Test
    void slideInChineseNamesTheSeriesInChinese(@TempDir Path dir) throws IOException {
        FanChart fan = TestFan.chart().withFrame(f -> f.withLang(Lang.ZH));
        Path pptx = write(fan.toXChart(ChartPreset.SLIDES), dir, ChartExporter.Format.PPTX);
        try (InputStream in = Files.newInputStream(pptx);
                XMLSlideShow deck = new XMLSlideShow(in)) {
            assertTrue(slideText(deck.getSlides().get(0)).contains(fan.title()));
            assertTrue(chartXml(deck.getCharts().get(0))
                    .contains(Labels.of(Lang.ZH).text(Labels.LEGEND_MEDIAN)));
        }
    }

    @Test
    void histogramBecomesColumnsWithTheBinMasses(@TempDir Path dir) throws IOException {
        ShareHistogramChart histogram = TestComponents.histogram();
        Path pptx = write(histogram.toXChart(ChartPreset.SLIDES), dir, ChartExporter.Format.PPTX);
        try (InputStream in = Files.newInputStream(pptx);
                XMLSlideShow deck = new XMLSlideShow(in)) {
            String xml = chartXml(deck.getCharts().get(0));
            assertTrue(xml.contains("barChart"), xml.substring(0, Math.min(400, xml.length())));
            assertTrue(xml.contains("\"col\""), "vertical columns");
            assertTrue(xml.contains("overlap val=\"100\""), "stacked");
            double[] height = histogram.data().distribution().percentPerPoint();
            int most = 0;
            for (int i = 1; i < height.length; i++) {
                most = height[i] > height[most] ? i : most;
            }
            assertTrue(
                    xml.contains("<c:v>" + Double.toString(SlideDeckWriter.rounded(height[most]))),
                    "the tallest bar " + height[most]);
        }
    }

    @Test
    void tornadoBecomesHorizontalBarsNamedByAssumption(@TempDir Path dir) throws IOException {
        TornadoChart tornado = TestSweeps.tornado();
        Path pptx = write(tornado.toXChart(ChartPreset.SLIDES), dir, ChartExporter.Format.PPTX);
        try (InputStream in = Files.newInputStream(pptx);
                XMLSlideShow deck = new XMLSlideShow(in)) {
            String xml = chartXml(deck.getCharts().get(0));
            assertTrue(xml.contains("\"bar\""), "horizontal bars");
            for (SensitivityBar b : tornado.data().bars()) {
                assertTrue(xml.contains(b.assumption()), b.assumption());
                assertTrue(
                        xml.contains("<c:v>" + Double.toString(SlideDeckWriter.rounded(b.highValue() * 100))),
                        b.assumption() + " high value");
            }
            assertTrue(xml.toLowerCase(Locale.ROOT).contains("crossesat"), "bars grow from the base");
        }
    }
}
