package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

class ProbabilityMapChartTest {
    private static final double EPS = 1e-9;

    private static XYChart english() {
        return TestSweeps.map().toXChart(ChartPreset.WEB);
    }

    private static ProbabilityGrid small(double[][] p) {
        return new ProbabilityGrid(
                "x", new double[] {0.01, 0.02, 0.03}, "y", new double[] {0.0, 0.05}, p, "45% by 2029");
    }

    @Test
    void hasTenClassesHighestFirstThenTheFiftyPercentContour() {
        List<String> names = new ArrayList<>();
        for (int k = 9; k >= 0; k--) {
            names.add(ProbabilityMapChart.classSeries(k));
        }
        names.add(ProbabilityMapChart.CONTOUR);
        XYChart chart = english();
        assertEquals(names, List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals("class.40-50", ProbabilityMapChart.classSeries(4));
        assertEquals("40–50%", chart.getSeriesMap().get("class.40-50").getLabel());
        assertEquals("90–100%", chart.getSeriesMap().get("class.90-100").getLabel());
        assertEquals(
                "P = 50% contour",
                chart.getSeriesMap().get(ProbabilityMapChart.CONTOUR).getLabel());
        assertEquals(
                XYSeriesRenderStyle.PolygonArea,
                chart.getSeriesMap().get("class.0-10").getXYSeriesRenderStyle());
    }

    @Test
    void everyCellCentreLiesInARectangleOfItsClassAndOnlyThere() {
        XYChart chart = english();
        ProbabilityGrid g = TestSweeps.GRID;
        for (int j = 0; j < g.rows(); j++) {
            for (int i = 0; i < g.columns(); i++) {
                double cx = g.x().get()[i] * 100;
                double cy = g.y().get()[j] * 100;
                int k = ProbabilityMapChart.classOf(g.probability(j, i));
                for (int c = 0; c < ProbabilityMapChart.CLASSES; c++) {
                    boolean inside =
                            containsPoint(chart.getSeriesMap().get(ProbabilityMapChart.classSeries(c)), cx, cy);
                    assertEquals(c == k, inside, "cell (" + j + ", " + i + ") in class " + c);
                }
            }
        }
    }

    /** Whether one of the series' NaN-separated rectangles contains the point. */
    private static boolean containsPoint(XYSeries s, double px, double py) {
        double[] x = s.getXData();
        double[] y = s.getYData();
        for (int start = 0; start + 4 < x.length; start += 6) {
            double l = Math.min(x[start], x[start + 1]);
            double r = Math.max(x[start], x[start + 1]);
            double b = Math.min(y[start], y[start + 2]);
            double t = Math.max(y[start], y[start + 2]);
            if (px > l && px < r && py > b && py < t) {
                return true;
            }
        }
        return false;
    }

    @Test
    void classesAreTenthsWithOneInTheTop() {
        assertEquals(0, ProbabilityMapChart.classOf(0));
        assertEquals(0, ProbabilityMapChart.classOf(0.0999));
        assertEquals(3, ProbabilityMapChart.classOf(0.3));
        assertEquals(5, ProbabilityMapChart.classOf(0.5));
        assertEquals(9, ProbabilityMapChart.classOf(0.95));
        assertEquals(9, ProbabilityMapChart.classOf(1));
    }

    @Test
    void classColoursDarkenFromZeroToOne() {
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 0; k < ProbabilityMapChart.CLASSES; k++) {
            java.awt.Color c = ProbabilityMapChart.classColor(k);
            double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            assertTrue(luminance < previous, "class " + k);
            previous = luminance;
        }
    }

    @Test
    void axesRunOverTheCellEdgesInPercentWithPercentTicks() {
        XYChart chart = english();
        assertEquals(1.85, chart.getStyler().getXAxisMin(), EPS);
        assertEquals(14.15, chart.getStyler().getXAxisMax(), EPS);
        assertEquals(-0.15, chart.getStyler().getYAxisMin(), EPS);
        assertEquals(12.15, chart.getStyler().getYAxisMax(), EPS);
        assertEquals(
                "6%", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(6.000000001));
        assertEquals(
                "2.5%", chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(2.5));
        assertEquals("Digital services growth, % a year", chart.getXAxisTitle());
        assertEquals("Other services growth, % a year", chart.getYAxisTitle());
        assertEquals("Probability of reaching 45% by 2029", chart.getTitle());
    }

    @Test
    void edgesLieHalfwayBetweenValuesAndHalfAStepBeyondTheEnds() {
        assertArrayEquals(
                new double[] {0.5, 1.5, 3, 5}, ProbabilityMapChart.edges(new double[] {0.01, 0.02, 0.04}), EPS);
    }

    @Test
    void contourCrossesEachEdgeWhereTheProbabilityPassesTheLevel() {
        // probability rises left to right: 0.2, 0.6, 1.0 in both rows; the 50% contour is the vertical
        // line at x = 1% + 0.75 × 1% = 1.75%
        ProbabilityMapChart chart = ProbabilityMapChart.of(small(new double[][] {{0.2, 0.6, 1.0}, {0.2, 0.6, 1.0}}));
        double[][] c = chart.contour(0.5);
        assertEquals(3, c[0].length, "one segment and its NaN");
        assertEquals(1.75, c[0][0], EPS);
        assertEquals(1.75, c[0][1], EPS);
        assertEquals(5, Math.abs(c[1][0] - c[1][1]), EPS);
        assertTrue(Double.isNaN(c[0][2]));
        assertEquals(2.5, chart.contour(0.8)[0][0], EPS);
    }

    @Test
    void contourOfASaddleFollowsTheMeanOfItsCorners() {
        // corners bottom left 0.9, bottom right 0.1, top right 0.9, top left 0.1: mean 0.5 is inside
        ProbabilityGrid g = new ProbabilityGrid(
                "x", new double[] {0, 0.01}, "y", new double[] {0, 0.01}, new double[][] {{0.9, 0.1}, {0.1, 0.9}}, "t");
        double[][] c = ProbabilityMapChart.of(g).contour(0.5);
        assertEquals(6, c[0].length, "two segments");
        // centre inside: the outside corners (bottom right, top left) are cut off
        assertEquals(0.5, c[0][0], EPS);
        assertEquals(0, c[1][0], EPS);
        assertEquals(1, c[0][1], EPS);
        assertEquals(0.5, c[1][1], EPS);
    }

    @Test
    void noContourSeriesWhenTheLevelIsNotCrossedOrNoneIsWanted() {
        ProbabilityMapChart flat = ProbabilityMapChart.of(small(new double[][] {{0.1, 0.2, 0.3}, {0.1, 0.2, 0.3}}));
        assertFalse(flat.toXChart(ChartPreset.WEB).getSeriesMap().containsKey(ProbabilityMapChart.CONTOUR));
        assertFalse(TestSweeps.map()
                .withoutContour()
                .toXChart(ChartPreset.WEB)
                .getSeriesMap()
                .containsKey(ProbabilityMapChart.CONTOUR));
        assertEquals(
                "P = 80% contour",
                TestSweeps.map()
                        .withContourLevel(0.8)
                        .toXChart(ChartPreset.WEB)
                        .getSeriesMap()
                        .get(ProbabilityMapChart.CONTOUR)
                        .getLabel());
        assertThrows(ChartException.class, () -> TestSweeps.map().withContourLevel(1));
    }

    @Test
    void marksTheScenarioPointAfterTheContourAndSaysWhichYearsItsGrowthAverages() {
        XYChart chart = TestSweeps.map()
                .withScenarioPoint(new ProbabilityMapChart.ScenarioPoint(0.081, 0.044, "2026–2035"))
                .toXChart(ChartPreset.WEB);
        List<String> names = List.copyOf(chart.getSeriesMap().keySet());
        assertEquals(ProbabilityMapChart.SCENARIO_POINT, names.get(names.size() - 1));
        assertEquals(
                ProbabilityMapChart.CONTOUR, names.get(names.size() - 2), "the 50% contour is drawn with the point");
        XYSeries p = chart.getSeriesMap().get(ProbabilityMapChart.SCENARIO_POINT);
        assertEquals(XYSeriesRenderStyle.Scatter, p.getXYSeriesRenderStyle());
        assertArrayEquals(new double[] {8.1}, p.getXData(), EPS);
        assertArrayEquals(new double[] {4.4}, p.getYData(), EPS);
        assertEquals("Scenario as assumed (growth: yearly mean 2026–2035)", p.getLabel());
        XYSeries zh = TestSweeps.mapZh()
                .withScenarioPoint(new ProbabilityMapChart.ScenarioPoint(0.081, 0.044, null))
                .toXChart(ChartPreset.WEB)
                .getSeriesMap()
                .get(ProbabilityMapChart.SCENARIO_POINT);
        assertEquals("本情景的假设", zh.getLabel());
    }

    @Test
    void theScenarioPointLiesOnTheFiftyPercentContourWhereItsProbabilityIsFifty() {
        // a grid whose probability is 0.5 exactly along x = 0.02: the contour runs through the point (2%, y)
        ProbabilityGrid g = small(new double[][] {{0.3, 0.5, 0.7}, {0.3, 0.5, 0.7}});
        XYChart chart = ProbabilityMapChart.of(g)
                .withScenarioPoint(new ProbabilityMapChart.ScenarioPoint(0.02, 0.025, null))
                .toXChart(ChartPreset.WEB);
        XYSeries contour = chart.getSeriesMap().get(ProbabilityMapChart.CONTOUR);
        for (double x : contour.getXData()) {
            assertTrue(Double.isNaN(x) || Math.abs(x - 2) < EPS, "contour at x = " + x);
        }
        assertEquals(
                2, chart.getSeriesMap().get(ProbabilityMapChart.SCENARIO_POINT).getXData()[0], EPS);
    }

    @Test
    void aScenarioPointOutsideTheMapIsLeftOut() {
        XYChart chart = TestSweeps.map()
                .withScenarioPoint(new ProbabilityMapChart.ScenarioPoint(0.5, 0.044, null))
                .toXChart(ChartPreset.WEB);
        assertFalse(chart.getSeriesMap().containsKey(ProbabilityMapChart.SCENARIO_POINT));
        assertThrows(ChartException.class, () -> new ProbabilityMapChart.ScenarioPoint(Double.NaN, 0, null));
    }

    @Test
    void legendListsOnlyTheClassesPresent() {
        ProbabilityMapChart flat = ProbabilityMapChart.of(small(new double[][] {{0.1, 0.2, 0.3}, {0.1, 0.2, 0.3}}));
        var series = flat.toXChart(ChartPreset.WEB).getSeriesMap();
        assertFalse(series.containsKey("class.90-100"), series.keySet().toString());
        assertTrue(series.containsKey("class.10-20"), series.keySet().toString());
        assertTrue(series.containsKey("class.30-40"), series.keySet().toString());
    }

    @Test
    void copiesLeaveTheOriginalUnchanged() {
        ProbabilityMapChart base = TestSweeps.map();
        ProbabilityMapChart other = base.withFrame(f -> f.withLang(Lang.ZH).with(ChartFrame.Text.TITLE, "T"))
                .withContourLevel(0.7);
        assertEquals(Lang.EN, base.lang());
        assertEquals(0.5, base.data().contourLevel(), EPS);
        assertEquals("T", other.title());
        assertEquals(0.7, other.data().contourLevel(), EPS);
    }

    @Test
    void gridRejectsAProbabilityOutsideZeroToOneNamingTheCell() {
        ChartException e =
                assertThrows(ChartException.class, () -> small(new double[][] {{0.1, 0.2, 0.3}, {0.1, 1.2, 0.3}}));
        assertEquals(
                "probability at x = 2%, y = 5% (row 1, column 1) = 1.2 is outside [0, 1]; probabilities are fractions, e.g. 0.23",
                e.getMessage());
        assertThrows(ChartException.class, () -> small(new double[][] {{0.1, Double.NaN, 0.3}, {0.1, 0.2, 0.3}}));
    }

    @Test
    void gridRejectsWrongShapesAndAxesThatDoNotIncrease() {
        assertEquals(
                "probability has 1 rows; it needs one per y value (2)",
                assertThrows(ChartException.class, () -> small(new double[][] {{0.1, 0.2, 0.3}}))
                        .getMessage());
        assertEquals(
                "probability row 1 (y = 5%) has 2 values; it needs one per x value (3)",
                assertThrows(ChartException.class, () -> small(new double[][] {{0.1, 0.2, 0.3}, {0.1, 0.2}}))
                        .getMessage());
        assertEquals(
                "x[2] (gd) = 0.02 does not increase from x[1] = 0.02; axis values must be strictly increasing",
                assertThrows(
                                ChartException.class,
                                () -> new ProbabilityGrid(
                                        "gd",
                                        new double[] {0.01, 0.02, 0.02},
                                        "go",
                                        new double[] {0, 1},
                                        new double[3][2],
                                        "t"))
                        .getMessage());
        assertEquals(
                "y (go) has 1 values; a probability map needs at least two",
                assertThrows(
                                ChartException.class,
                                () -> new ProbabilityGrid(
                                        "gd", new double[] {0.01, 0.02}, "go", new double[] {0}, new double[1][2], "t"))
                        .getMessage());
        assertTrue(assertThrows(
                        ChartException.class,
                        () -> new ProbabilityGrid(
                                "gd", new double[] {0.01, 0.02}, "go", new double[] {0, 1}, new double[2][2], " "))
                .getMessage()
                .startsWith("targetLabel is blank"));
    }

    @Test
    void gridIsCopiedInAndOut() {
        double[] x = {0.01, 0.02, 0.03};
        double[][] p = {{0.1, 0.2, 0.3}, {0.1, 0.2, 0.3}};
        ProbabilityGrid g = new ProbabilityGrid("x", x, "y", new double[] {0, 0.05}, p, "t");
        x[0] = 9;
        p[0][0] = 0.9;
        g.x().get()[1] = 9;
        g.probability().get()[0][1] = 0.9;
        assertEquals(0.01, g.x().get()[0], EPS);
        assertEquals(0.02, g.x().get()[1], EPS);
        assertEquals(0.1, g.probability(0, 0), EPS);
        assertEquals(0.2, g.probability(0, 1), EPS);
    }

    @Test
    void exportsPngAndSvg(@TempDir Path dir) throws Exception {
        List<Path> files = ChartExporter.of(ChartPreset.WEB)
                .withFormats(ChartExporter.Format.PNG, ChartExporter.Format.SVG)
                .write(english(), dir.resolve("map"));
        assertEquals(List.of(dir.resolve("map.png"), dir.resolve("map.svg")), files);
        assertEquals(1000, javax.imageio.ImageIO.read(files.get(0).toFile()).getWidth());
        assertTrue(Files.readString(files.get(1)).contains("<svg"));
    }

    @Test
    void aRefinedGridKeepsTheOriginalValuesAndInterpolatesBetweenThem() {
        ProbabilityGrid grid = small(new double[][] {{0.1, 0.2, 0.3}, {0.5, 0.6, 0.9}});
        ProbabilityGrid fine = grid.refined(4);
        assertEquals(9, fine.columns());
        assertEquals(5, fine.rows());
        assertEquals(0.1, fine.probability(0, 0), EPS);
        assertEquals(0.3, fine.probability(0, 8), EPS);
        assertEquals(0.9, fine.probability(4, 8), EPS);
        assertEquals(0.6, fine.probability(4, 4), EPS);
        // halfway across and up the first cell: the mean of its four corners
        assertEquals((0.1 + 0.2 + 0.5 + 0.6) / 4, fine.probability(2, 2), EPS);
        assertEquals(grid.x().get()[1], fine.x().get()[4], EPS);
    }
}
