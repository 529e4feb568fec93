package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.targetcast.model.series.AnnualSeries;

class FanChartTest {
    private static final double EPS = 1e-9;
    private static final double[] COVERAGES = {0.8, 0.6, 0.4, 0.2};

    private static XYChart english() {
        return TestFan.chart().toXChart(ChartPreset.WEB);
    }

    private static XYSeries band(XYChart chart, double coverage) {
        return chart.getSeriesMap().get(FanChart.bandSeries(coverage));
    }

    /** The band's bound in year order: upper from the first half, lower from the second half reversed. */
    private static double[] bound(XYSeries band, boolean upper) {
        double[] y = band.getYData();
        int n = y.length / 2;
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = upper ? y[i] : y[y.length - 1 - i];
        }
        return b;
    }

    @Test
    void defaultBandsAreTheCentralEightySixtyFortyAndTwentyPercentWidestFirst() {
        assertArrayEquals(COVERAGES, TestFan.chart().data().coverages().get(), EPS);
        assertEquals(
                List.of(
                        "history",
                        "band.80",
                        "band.60",
                        "band.40",
                        "band.20",
                        "median.halo",
                        "median",
                        "target.0.guide",
                        "target.0",
                        "target.1.guide",
                        "target.1"),
                List.copyOf(english().getSeriesMap().keySet()));
    }

    @Test
    void bandPolygonsRunForwardOverTheUpperBoundAndBackOverTheLower() {
        XYChart chart = english();
        for (double c : COVERAGES) {
            XYSeries band = band(chart, c);
            assertEquals(XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle());
            double[] x = band.getXData();
            assertEquals(2 * (10 + 1), x.length, "2 x (projected years + the last observed year)");
            assertEquals(2025, x[0], EPS);
            assertEquals(2035, x[10], EPS);
            assertEquals(2035, x[11], EPS);
            assertEquals(2025, x[21], EPS);
            double[] upper = bound(band, true);
            double[] lower = bound(band, false);
            double[] expectedUpper = TestFan.BANDS.quantilesAt((1 + c) / 2);
            double[] expectedLower = TestFan.BANDS.quantilesAt((1 - c) / 2);
            for (int i = 0; i < 10; i++) {
                assertEquals(expectedUpper[i] * 100, upper[i + 1], EPS);
                assertEquals(expectedLower[i] * 100, lower[i + 1], EPS);
            }
            for (int i = 0; i <= 10; i++) {
                assertTrue(upper[i] >= lower[i], c + " band at " + (2025 + i));
            }
        }
    }

    @Test
    void widerBandsContainNarrowerOnes() {
        XYChart chart = english();
        for (int k = 1; k < COVERAGES.length; k++) {
            double[] outerUpper = bound(band(chart, COVERAGES[k - 1]), true);
            double[] outerLower = bound(band(chart, COVERAGES[k - 1]), false);
            double[] innerUpper = bound(band(chart, COVERAGES[k]), true);
            double[] innerLower = bound(band(chart, COVERAGES[k]), false);
            for (int i = 0; i < outerUpper.length; i++) {
                assertTrue(
                        outerUpper[i] >= innerUpper[i] && outerLower[i] <= innerLower[i],
                        COVERAGES[k - 1] + " band contains " + COVERAGES[k] + " at " + (2025 + i));
            }
        }
    }

    @Test
    void bandsAreDarkerTowardTheCentre() {
        XYChart chart = english();
        for (int k = 1; k < COVERAGES.length; k++) {
            Color outer = band(chart, COVERAGES[k - 1]).getFillColor();
            Color inner = band(chart, COVERAGES[k]).getFillColor();
            assertTrue(luminance(inner) < luminance(outer), COVERAGES[k] + " band is darker than " + COVERAGES[k - 1]);
        }
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void medianIsTheHalfQuantileFromTheLastObservedPoint() {
        XYSeries median = english().getSeriesMap().get(FanChart.MEDIAN);
        assertEquals("Median projection", median.getLabel());
        double[] x = median.getXData();
        double[] y = median.getYData();
        assertEquals(11, x.length);
        assertEquals(2025, x[0], EPS);
        assertEquals(38.2, y[0], EPS);
        double[] q50 = TestFan.BANDS.median();
        for (int i = 0; i < 10; i++) {
            assertEquals(2026 + i, x[i + 1], EPS);
            assertEquals(q50[i] * 100, y[i + 1], EPS);
        }
    }

    @Test
    void fanOpensFromTheLastObservedPoint() {
        XYChart chart = english();
        XYSeries history = chart.getSeriesMap().get(FanChart.HISTORY);
        double lastX = history.getXData()[history.getXData().length - 1];
        double lastY = history.getYData()[history.getYData().length - 1];
        assertEquals(2025, lastX, EPS);
        for (double c : COVERAGES) {
            XYSeries band = band(chart, c);
            assertEquals(lastX, band.getXData()[0], EPS);
            assertEquals(lastY, band.getYData()[0], EPS);
            assertEquals(lastX, band.getXData()[band.getXData().length - 1], EPS);
            assertEquals(lastY, band.getYData()[band.getYData().length - 1], EPS);
        }
    }

    @Test
    void legendExplainsBandsAndCarriesTargetProbabilities() {
        XYChart chart = english();
        assertEquals("History", chart.getSeriesMap().get(FanChart.HISTORY).getLabel());
        assertEquals("80% band", band(chart, 0.8).getLabel());
        assertEquals("20% band", band(chart, 0.2).getLabel());
        assertTrue(band(chart, 0.8).isShowInLegend());
        assertEquals(
                "Target 45% in 2029: P(in 2029) = 23%",
                chart.getSeriesMap().get(TargetMark.series(0)).getLabel());
        assertEquals(
                "Target 50% in 2035: P(in 2035) = 41%",
                chart.getSeriesMap().get(TargetMark.series(1)).getLabel());
        XYSeries guide = chart.getSeriesMap().get(TargetMark.guideSeries(0));
        assertArrayEquals(new double[] {2025, 2029}, guide.getXData(), EPS);
        assertArrayEquals(new double[] {45, 45}, guide.getYData(), EPS);
        assertFalse(guide.isShowInLegend());
    }

    @Test
    void drawsTheBandCoveragesAsked() {
        FanChart fan = TestFan.chart().withBandCoverages(0.5, 0.9);
        assertArrayEquals(new double[] {0.9, 0.5}, fan.data().coverages().get(), EPS);
        XYChart chart = fan.toXChart(ChartPreset.WEB);
        assertEquals("90% band", band(chart, 0.9).getLabel());
        assertEquals(100 * TestFan.BANDS.quantilesAt(0.95)[9], bound(band(chart, 0.9), true)[10], EPS);
        assertEquals(100 * TestFan.BANDS.quantilesAt(0.25)[9], bound(band(chart, 0.5), false)[10], EPS);
        ChartException e =
                assertThrows(ChartException.class, () -> TestFan.chart().withBandCoverages(0.85));
        assertTrue(
                e.getMessage().startsWith("a 85% band needs the quantile at level 0.075, which the fan bands lack"),
                e.getMessage());
    }

    @Test
    void usesEveryLevelPairWhenNoLevelIsATenth() {
        FanBands quartiles =
                FanBands.contiguous(2026, new double[] {0.25, 0.5, 0.75}, new double[][] {{0.37, 0.39, 0.41}});
        assertArrayEquals(
                new double[] {0.5},
                FanChart.of(TestShares.HISTORY, quartiles).data().coverages().get(),
                EPS);
    }

    @Test
    void yearsPrintWithoutGroupingAndAxesCoverHistoryBandsAndTargets() {
        XYChart chart = english();
        XYStyler s = chart.getStyler();
        assertEquals("#", s.getXAxisDecimalPattern());
        assertEquals(2010, s.getXAxisMin(), EPS);
        assertEquals(2035, s.getXAxisMax(), EPS);
        double top80 = 100 * TestFan.BANDS.quantilesAt(0.9)[9];
        assertEquals(25, s.getYAxisMin(), EPS);
        assertEquals(5 * Math.ceil((top80 + 3) / 5), s.getYAxisMax(), EPS);
        assertTrue(s.getYAxisMax() >= top80 + 3);
    }

    @Test
    void titlesAndFooterLikeTheShareChart() {
        XYChart chart = english();
        assertEquals(
                "Share of digitally deliverable services in total services trade: projection with uncertainty",
                chart.getTitle());
        assertEquals("Year", chart.getXAxisTitle());
        assertEquals("Share of total services trade (%)", chart.getYAxisTitle());
        FramedXYChart framed = (FramedXYChart) chart;
        assertEquals(
                "Test data: illustrative history and quantiles", framed.frame().subtitle());
        assertEquals(
                Labels.of(Lang.EN).text(Labels.SOURCE_DEFAULT), framed.frame().sourceLine());
        assertEquals(
                "test scenario, seed 1, targetcast test build", framed.frame().footer());
        XYChart titled = TestFan.chart()
                .withFrame(
                        f -> f.with(ChartFrame.Text.TITLE, "My fan").with(ChartFrame.Text.SOURCE_LINE, "Source: test"))
                .toXChart(ChartPreset.PRINT);
        assertEquals("My fan", titled.getTitle());
        assertEquals("Source: test", ((FramedXYChart) titled).frame().sourceLine());
    }

    @Test
    void configuringReturnsACopyAndEachCallBuildsAnIndependentChart() {
        FanChart base = FanChart.of(TestShares.HISTORY, TestFan.BANDS);
        FanChart zh = base.withFrame(f -> f.withLang(Lang.ZH))
                .withTargets(TestFan.TARGETS)
                .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, "s").with(ChartFrame.Text.FOOTER, "f"));
        assertEquals(Lang.EN, base.lang());
        assertTrue(base.data().targets().isEmpty());
        assertEquals("", base.subtitle());
        assertEquals(Lang.ZH, zh.lang());
        assertEquals(2, zh.data().targets().size());
        assertNotSame(base.toXChart(ChartPreset.WEB), base.toXChart(ChartPreset.WEB));
    }

    @Test
    void buildsAtThePresetLayoutSize() {
        for (ChartPreset preset : ChartPreset.values()) {
            XYChart chart = TestFan.chart().toXChart(preset);
            assertEquals(preset.canvas().width(), chart.getWidth(), preset.name());
            assertEquals(preset.canvas().height(), chart.getHeight(), preset.name());
        }
    }

    @Test
    void rejectsBandsThatDoNotStartTheYearAfterTheHistory() {
        AnnualSeries shortHistory = TestShares.HISTORY.window(2010, 2023);
        ChartException e = assertThrows(ChartException.class, () -> FanChart.of(shortHistory, TestFan.BANDS));
        assertEquals(
                "fan bands start in 2026; they must start in 2024, the year after the last observed year of "
                        + "test.share.history",
                e.getMessage());
    }

    @Test
    void rejectsHistoryGivenInPercent() {
        AnnualSeries pct = AnnualSeries.contiguous("pct", 2024, 38.5, 38.2);
        ChartException e = assertThrows(ChartException.class, () -> FanChart.of(pct, TestFan.BANDS));
        assertEquals(
                "history share pct for 2024 = 38.5 is outside (0, 1); shares are fractions, e.g. 0.445",
                e.getMessage());
    }

    @Test
    void exportsPngSvgAndPdf(@TempDir Path dir) throws IOException {
        List<Path> files = ChartExporter.of(ChartPreset.SLIDES)
                .write(TestFan.chart().toXChart(ChartPreset.SLIDES), dir.resolve("fan"));
        assertEquals(List.of(dir.resolve("fan.png"), dir.resolve("fan.svg"), dir.resolve("fan.pdf")), files);
        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertEquals(1920, png.getWidth());
        assertEquals(1080, png.getHeight());
        String svg = Files.readString(files.get(1), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg"));
        assertTrue(Files.size(files.get(2)) > 1000);
    }
}
