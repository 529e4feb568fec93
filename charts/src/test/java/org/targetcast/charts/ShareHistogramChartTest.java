package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class ShareHistogramChartTest {
    private static final double EPS = 1e-9;
    /** Four 5-point bins from 35% to 55% with masses 0.2, 0.4, 0.3, 0.1. */
    private static final ShareDistribution SMALL =
            new ShareDistribution(2029, new double[] {0.35, 0.40, 0.45, 0.50, 0.55}, new double[] {0.2, 0.4, 0.3, 0.1});

    @Test
    void scalesBarsToProbabilityPerPercentagePoint() {
        double[] h = SMALL.percentPerPoint();
        assertEquals(4, h[0], EPS); // 20% of the probability over 5 points
        assertEquals(8, h[1], EPS);
        double area = 0;
        for (double v : h) {
            area += v * 5;
        }
        assertEquals(100, area, EPS);
        ShareDistribution uneven =
                ShareDistribution.fromMass(2029, new double[] {0.40, 0.45, 0.55}, new double[] {0.5, 0.5});
        assertEquals(10, uneven.percentPerPoint()[0], EPS);
        assertEquals(5, uneven.percentPerPoint()[1], EPS);
    }

    @Test
    void splitsTheBarsAtTheTarget() {
        ShareHistogramChart c = ShareHistogramChart.of(SMALL, TargetMark.of(2029, 0.475));
        XYChart chart = c.toXChart(ChartPreset.WEB);
        XYSeries below = chart.getSeriesMap().get(ShareHistogramChart.BELOW);
        XYSeries above = chart.getSeriesMap().get(ShareHistogramChart.AT_OR_ABOVE);
        assertEquals("Below the target", below.getLabel());
        assertEquals("At or above the target", above.getLabel());
        // below: three rectangles, the third from 45 to 47.5 at height 6
        assertEquals(18, below.getXData().length);
        assertEquals(47.5, below.getXData()[13], EPS);
        assertEquals(6, below.getYData()[14], EPS);
        // at or above: 47.5–50 at 6, then 50–55 at 2
        assertEquals(12, above.getXData().length);
        assertEquals(47.5, above.getXData()[0], EPS);
        assertEquals(50, above.getXData()[1], EPS);
        assertEquals(2, above.getYData()[8], EPS);
        assertTrue(Double.isNaN(above.getYData()[5]));
    }

    @Test
    void writesTheProbabilityInTheTargetEntry() {
        XYChart chart = TestComponents.histogram().toXChart(ChartPreset.WEB);
        XYSeries target = chart.getSeriesMap().get(ShareHistogramChart.TARGET);
        assertEquals("Target 45% in 2029: P(in 2029) = 23%", target.getLabel());
        assertEquals(List.of(45.0, 45.0), BacktestChartTest.boxed(target.getXData()));
        assertEquals(chart.getStyler().getYAxisMax(), target.getYData()[1], EPS);
        // without a probability of its own, the histogram's area at or above the target: 0.15 + 0.1
        ShareHistogramChart own = ShareHistogramChart.of(SMALL, TargetMark.of(2029, 0.475));
        assertEquals(0.25, own.probability(), EPS);
        assertEquals(
                "Target 47.5% in 2029: P(in 2029) = 25%",
                own.toXChart(ChartPreset.WEB)
                        .getSeriesMap()
                        .get(ShareHistogramChart.TARGET)
                        .getLabel());
        assertEquals(
                List.of("below", "at.or.above", "target"),
                List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void framesWithPercentAxis() {
        XYChart chart = TestComponents.histogram().toXChart(ChartPreset.WEB);
        assertEquals("Distribution of the digitally deliverable share in 2029", chart.getTitle());
        assertEquals("Share of total services trade in 2029 (%)", chart.getXAxisTitle());
        assertEquals("Probability per percentage point (%)", chart.getYAxisTitle());
        assertEquals(
                "45%", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(45.0));
        assertEquals(30, chart.getStyler().getXAxisMin(), EPS);
        assertEquals(55, chart.getStyler().getXAxisMax(), EPS);
        assertEquals(0, chart.getStyler().getYAxisMin(), EPS);
    }

    @Test
    void labelsInChinese() {
        XYChart chart =
                TestComponents.histogram().withFrame(f -> f.withLang(Lang.ZH)).toXChart(ChartPreset.WEB);
        assertEquals("2029年可数字化交付服务贸易占比的分布", chart.getTitle());
        assertEquals("2029年占服务贸易总额比重（%）", chart.getXAxisTitle());
        assertEquals("每个百分点的概率（%）", chart.getYAxisTitle());
        assertEquals("低于目标", chart.getSeriesMap().get(ShareHistogramChart.BELOW).getLabel());
        assertEquals(
                "达到或超过目标",
                chart.getSeriesMap().get(ShareHistogramChart.AT_OR_ABOVE).getLabel());
        assertEquals(
                "2029年目标 45%：当年达标概率 23%",
                chart.getSeriesMap().get(ShareHistogramChart.TARGET).getLabel());
        assertEquals(
                "45%", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(45.0));
    }

    @Test
    void rejectsBadInputNamingTheYearAndBin() {
        assertEquals(
                "distribution for 2029: edge 2 = 0.4 is not above edge 1 = 0.45; edges must increase",
                assertThrows(
                                ChartException.class,
                                () -> new ShareDistribution(2029, new double[] {0.4, 0.45, 0.4}, new double[] {1, 1}))
                        .getMessage());
        assertEquals(
                "distribution for 2029: edge 1 = 45.0 is outside [0, 1]; shares are fractions, e.g. 0.45",
                assertThrows(
                                ChartException.class,
                                () -> new ShareDistribution(2029, new double[] {0.4, 45}, new double[] {1}))
                        .getMessage());
        assertEquals(
                "distribution for 2029 has 3 edges and 3 densities; give one density per bin (2)",
                assertThrows(
                                ChartException.class,
                                () -> new ShareDistribution(
                                        2029, new double[] {0.4, 0.45, 0.5}, new double[] {1, 1, 1}))
                        .getMessage());
        assertEquals(
                "distribution for 2029: density of bin 1 [0.45, 0.5) = -1.0 is negative or not finite",
                assertThrows(
                                ChartException.class,
                                () -> new ShareDistribution(2029, new double[] {0.4, 0.45, 0.5}, new double[] {1, -1}))
                        .getMessage());
        assertEquals(
                "target year 2035 differs from the distribution's year 2029; give the distribution of the target year",
                assertThrows(ChartException.class, () -> ShareHistogramChart.of(SMALL, TargetMark.of(2035, 0.5)))
                        .getMessage());
    }

    @Test
    void copiesItsArrays() {
        double[] edges = {0.4, 0.5};
        ShareDistribution d = new ShareDistribution(2029, edges, new double[] {1});
        edges[0] = 0.1;
        assertEquals(0.4, d.edges().get()[0], EPS);
        d.edges().get()[0] = 0.2;
        assertEquals(0.4, d.edges().get()[0], EPS);
    }

    @Test
    void exports(@TempDir Path dir) throws Exception {
        List<Path> files = ChartExporter.of(ChartPreset.WEB)
                .withFormats(ChartExporter.Format.PNG, ChartExporter.Format.PDF)
                .write(TestComponents.histogram().toXChart(ChartPreset.WEB), dir.resolve("histogram"));
        assertEquals(1000, javax.imageio.ImageIO.read(files.get(0).toFile()).getWidth());
        assertTrue(java.nio.file.Files.size(files.get(1)) > 1000);
    }
}
