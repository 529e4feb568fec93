package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.targetcast.model.series.AnnualSeries;

class ScenarioOverlayChartTest {
    private static final double EPS = 1e-9;

    private static XYChart english() {
        return TestSweeps.overlay().toXChart(ChartPreset.WEB);
    }

    @Test
    void drawsOneBandFirstThenHistoryScenariosTheBandKeyAndTargets() {
        // five bands blended into one mass: only the first scenario's is drawn
        assertEquals(
                List.of(
                        "scenario.0.band",
                        "history",
                        "scenario.0",
                        "scenario.1",
                        "scenario.2",
                        "scenario.3",
                        "scenario.4",
                        "bands",
                        "target.0.guide",
                        "target.0",
                        "target.1.guide",
                        "target.1"),
                List.copyOf(english().getSeriesMap().keySet()));
    }

    @Test
    void labelsScenariosByNameAndHidesBandsFromTheLegend() {
        XYChart chart = english();
        assertEquals(
                "Digital push",
                chart.getSeriesMap().get(ScenarioOverlayChart.scenarioSeries(1)).getLabel());
        assertEquals(
                "History",
                chart.getSeriesMap().get(ScenarioOverlayChart.HISTORY).getLabel());
        assertEquals(
                "10–90% ranges (Baseline)",
                chart.getSeriesMap().get(ScenarioOverlayChart.BANDS_KEY).getLabel());
        assertEquals(
                Palette.INK,
                chart.getSeriesMap().get(ScenarioOverlayChart.HISTORY).getLineColor(),
                "history apart from every scenario");
        assertEquals(
                "Target 45% in 2029",
                chart.getSeriesMap().get(TargetMark.series(0)).getLabel());
        XYSeries band = chart.getSeriesMap().get(ScenarioOverlayChart.scenarioBandSeries(0));
        assertFalse(band.isShowInLegend());
        assertEquals(XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle());
        assertEquals(ScenarioOverlayChart.BAND_ALPHA, band.getFillColor().getAlpha());
        assertEquals(
                ScenarioOverlayChart.scenarioColor(0).getRGB() & 0xFFFFFF,
                band.getFillColor().getRGB() & 0xFFFFFF);
    }

    @Test
    void scenarioPathsJoinTheLastObservedPointInPercent() {
        XYSeries push = english().getSeriesMap().get(ScenarioOverlayChart.scenarioSeries(1));
        assertEquals(11, push.getXData().length);
        assertEquals(2025, push.getXData()[0], EPS);
        assertEquals(38.2, push.getYData()[0], EPS);
        assertEquals(2035, push.getXData()[10], EPS);
        assertEquals((0.382 + 0.012 * 10) * 100, push.getYData()[10], 1e-9);
    }

    @Test
    void bandsRunForwardOverTheUpperBoundAndBackOverTheLower() {
        ScenarioPath baseline = TestSweeps.scenarios().get(0);
        XYSeries band = english().getSeriesMap().get(ScenarioOverlayChart.scenarioBandSeries(0));
        double[] y = band.getYData();
        assertEquals(22, y.length);
        assertEquals(38.2, y[0], EPS);
        assertEquals(38.2, y[21], EPS);
        assertEquals(baseline.upper().lastValue() * 100, y[10], EPS);
        assertEquals(baseline.lower().lastValue() * 100, y[11], EPS);
        assertArrayEquals(new double[] {2025, 2026}, new double[] {band.getXData()[0], band.getXData()[1]}, EPS);
    }

    @Test
    void noBandKeyWhenNoScenarioHasABand() {
        XYChart chart = ScenarioOverlayChart.of(
                        TestShares.HISTORY, List.of(ScenarioPath.of("Only", TestShares.PROJECTION)))
                .toXChart(ChartPreset.WEB);
        assertEquals(
                List.of("history", "scenario.0"),
                List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void axesCoverHistoryBandsAndTargetsWithYearsUngrouped() {
        XYChart chart = english();
        assertEquals(2010, chart.getStyler().getXAxisMin(), EPS);
        // 2035 and room for the names at the ends of the paths: more than a sixth of the 25 years shown
        assertEquals(2041, chart.getStyler().getXAxisMax(), EPS);
        assertEquals(25, chart.getStyler().getYAxisMin(), EPS);
        assertEquals(60, chart.getStyler().getYAxisMax(), EPS);
        assertEquals("#", chart.getStyler().getXAxisDecimalPattern());
        // the target year, not the 2030 of a five-year step next to it
        assertEquals(
                "2029", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(2029.0));
        assertEquals(
                "2025", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(2025.0));
        assertEquals(
                "",
                chart.getStyler()
                        .getxAxisTickLabelsFormattingFunction()
                        .apply(2030.0)
                        .replace("\u200B", ""));
        assertEquals(
                "",
                chart.getStyler()
                        .getxAxisTickLabelsFormattingFunction()
                        .apply(2036.0)
                        .replace("\u200B", ""));
        assertEquals("Digitally deliverable share of services trade: scenarios", chart.getTitle());
    }

    @Test
    void scenarioPathRejectsBadBandsNamingScenarioAndYear() {
        AnnualSeries mid = AnnualSeries.contiguous("m", 2026, 0.40, 0.41);
        AnnualSeries lo = AnnualSeries.contiguous("l", 2026, 0.39, 0.42);
        AnnualSeries hi = AnnualSeries.contiguous("h", 2026, 0.41, 0.415);
        assertEquals(
                "scenario 'Push': lower bound for 2027 = 0.42 is above the upper bound 0.415",
                assertThrows(ChartException.class, () -> new ScenarioPath("Push", mid, lo, hi))
                        .getMessage());
        assertEquals(
                "scenario 'Push' has a lower bound but no upper bound; give both or neither",
                assertThrows(ChartException.class, () -> new ScenarioPath("Push", mid, lo, null))
                        .getMessage());
        AnnualSeries shortHi = AnnualSeries.contiguous("h", 2026, 0.41);
        assertEquals(
                "scenario 'Push': the upper bound covers 2026–2026 (1 years), the path 2026–2027 (2 years); they must cover the same years",
                assertThrows(
                                ChartException.class,
                                () -> new ScenarioPath(
                                        "Push", mid, AnnualSeries.contiguous("l", 2026, 0.39, 0.40), shortHi))
                        .getMessage());
        assertTrue(assertThrows(
                        ChartException.class, () -> ScenarioPath.of("Push", AnnualSeries.contiguous("m", 2026, 45.0)))
                .getMessage()
                .startsWith("scenario 'Push' projected share m for 2026 = 45.0 is outside (0, 1)"));
    }

    @Test
    void chartRejectsOverlapsDuplicatesAndEmptyLists() {
        assertEquals(
                "scenario 'Early' starts in 2025, not after the last observed year 2025",
                assertThrows(
                                ChartException.class,
                                () -> ScenarioOverlayChart.of(
                                        TestShares.HISTORY,
                                        List.of(ScenarioPath.of("Early", AnnualSeries.contiguous("e", 2025, 0.4)))))
                        .getMessage());
        assertEquals(
                "two scenarios are named 'A'; the legend could not tell them apart",
                assertThrows(
                                ChartException.class,
                                () -> ScenarioOverlayChart.of(
                                        TestShares.HISTORY,
                                        List.of(
                                                ScenarioPath.of("A", TestShares.PROJECTION),
                                                ScenarioPath.of("A ", TestShares.PROJECTION))))
                        .getMessage());
        assertThrows(ChartException.class, () -> ScenarioOverlayChart.of(TestShares.HISTORY, List.of()));
    }

    @Test
    void exportsPngAndSvg(@TempDir Path dir) throws Exception {
        List<Path> files = ChartExporter.of(ChartPreset.PRINT)
                .withFormats(ChartExporter.Format.PNG, ChartExporter.Format.SVG)
                .write(TestSweeps.overlay().toXChart(ChartPreset.PRINT), dir.resolve("scenarios"));
        assertEquals(2000, javax.imageio.ImageIO.read(files.get(0).toFile()).getWidth());
        assertTrue(Files.readString(files.get(1)).contains("<svg"));
    }

    @Test
    void namesEachScenarioAtTheEndOfItsPathWithoutOverlaps() {
        ScenarioOverlayChart overlay = TestSweeps.overlay();
        XYChart chart = overlay.toXChart(ChartPreset.SLIDES);
        assertFalse(
                chart.getSeriesMap().get(ScenarioOverlayChart.scenarioSeries(0)).isShowInLegend(),
                "named at the end instead");
        List<EndText> labels = overlay.endLabels(ChartPreset.SLIDES);
        assertEquals(overlay.data().scenarios().size(), labels.size());
        for (int i = 0; i < labels.size(); i++) {
            XYSeries path = chart.getSeriesMap().get(ScenarioOverlayChart.scenarioSeries(i));
            assertEquals(overlay.data().scenarios().get(i).name(), labels.get(i).text());
            assertEquals(2035, labels.get(i).x(), EPS);
            assertEquals(
                    path.getYData()[path.getYData().length - 1], labels.get(i).y(), EPS);
        }
        // as drawn: every name, none over another
        List<TextBounds.Box> names = TextBounds.of(chart).stream()
                .filter(b -> overlay.data().scenarios().stream()
                        .anyMatch(p -> p.name().equals(b.text())))
                .toList();
        assertEquals(labels.size(), names.size(), names.toString());
        for (int i = 0; i < names.size(); i++) {
            for (int j = 0; j < i; j++) {
                assertFalse(
                        names.get(i).box().intersects(names.get(j).box()),
                        names.get(i) + " and " + names.get(j) + " overlap");
            }
        }
    }
}
