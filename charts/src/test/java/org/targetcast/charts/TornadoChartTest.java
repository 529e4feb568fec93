package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class TornadoChartTest {
    private static final double EPS = 1e-9;

    private static XYChart english() {
        return TestSweeps.tornado().toXChart(ChartPreset.WEB);
    }

    @Test
    void sortsBarsWidestFirstKeepingTheGivenOrderForTies() {
        List<String> order = TestSweeps.tornado().data().bars().stream()
                .map(SensitivityBar::assumption)
                .toList();
        assertEquals(
                List.of(
                        "Digital services growth",
                        "Other services growth",
                        "Travel recovery",
                        "Shock volatility",
                        "Starting share 2025",
                        "Trend model"),
                order);
        TornadoChart tie = TornadoChart.of(
                List.of(
                        new SensitivityBar("a", "", 0.1, "", 0.2),
                        new SensitivityBar("b", "", 0.3, "", 0.2),
                        new SensitivityBar("c", "", 0.0, "", 0.5)),
                0.2);
        assertEquals(
                List.of("c", "a", "b"),
                tie.data().bars().stream().map(SensitivityBar::assumption).toList());
    }

    @Test
    void namesTheBarsOnTheYAxisWidestAtTheTop() {
        TornadoChart t = TestSweeps.tornado();
        XYChart chart = t.toXChart(ChartPreset.WEB);
        assertEquals(
                "Digital services growth",
                chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(6.0));
        assertEquals(
                "Trend model",
                chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(1.0));
        assertEquals(
                "",
                chart.getStyler()
                        .getyAxisTickLabelsFormattingFunction()
                        .apply(1.5)
                        .strip()
                        .replace("\u200B", ""));
        assertEquals(0.4, chart.getStyler().getYAxisMin(), EPS);
        assertEquals(6.6, chart.getStyler().getYAxisMax(), EPS);
    }

    @Test
    void blankTickLabelsAreDistinctSoXChartKeepsEveryTick() {
        var f = english().getStyler().getyAxisTickLabelsFormattingFunction();
        assertFalse(f.apply(0.0).equals(f.apply(0.5)));
        assertEquals(f.apply(0.5), f.apply(0.5));
    }

    @Test
    void barsRunFromTheBaseToEachEndInPercent() {
        XYChart chart = english();
        XYSeries low = chart.getSeriesMap().get(TornadoChart.LOW);
        XYSeries high = chart.getSeriesMap().get(TornadoChart.HIGH);
        assertEquals("Low value of the assumption", low.getLabel());
        assertEquals("High value of the assumption", high.getLabel());
        // top bar: digital growth, low 5%, high 48%, centred at y = 6
        assertEquals(21, low.getXData()[0], EPS);
        assertEquals(5, low.getXData()[1], EPS);
        assertEquals(48, high.getXData()[1], EPS);
        assertEquals(6 - TornadoChart.BAR_HEIGHT / 2, low.getYData()[0], EPS);
        assertEquals(6 + TornadoChart.BAR_HEIGHT / 2, low.getYData()[2], EPS);
        assertTrue(Double.isNaN(low.getYData()[5]));
        assertEquals(6 * 6, low.getXData().length, "six points a bar");
        // second bar: other services growth, low 40% above the base
        assertEquals(40, low.getXData()[7], EPS);
        assertEquals(5, low.getYData()[6] + TornadoChart.BAR_HEIGHT / 2, EPS);
    }

    @Test
    void drawsTheBaseAsAVerticalLineLabelledWithItsValue() {
        XYSeries base = english().getSeriesMap().get(TornadoChart.BASE);
        assertEquals("Base: 21%", base.getLabel());
        assertEquals(21, base.getXData()[0], EPS);
        assertEquals(21, base.getXData()[1], EPS);
        assertEquals(
                List.of("low", "high", "base"),
                List.copyOf(english().getSeriesMap().keySet()));
    }

    @Test
    void labelsEachBarEndOutsideTheBar() {
        List<EndText> labels = TestSweeps.tornado().endLabels(ChartPreset.WEB);
        assertEquals(12, labels.size());
        assertEquals("6%", labels.get(0).text());
        assertEquals(5, labels.get(0).x(), EPS);
        assertTrue(labels.get(0).leftOfPoint());
        assertEquals("10%", labels.get(1).text());
        assertFalse(labels.get(1).leftOfPoint());
        // other services growth: the low setting lies right of the base
        assertEquals("2%", labels.get(2).text());
        assertFalse(labels.get(2).leftOfPoint());
        assertEquals(5, labels.get(2).y(), EPS);
    }

    /**
     * The baseline's specification chart of 2026-12-06: the widest bar reaches 24 %, four points from the axis's
     * 20 %, and its low setting's name is longer than that; drawn outside, it ran over the assumption's name.
     */
    @Test
    void aLabelThatWouldLeaveThePlotIsDrawnInsideItsBar() {
        TornadoChart t = TornadoChart.of(
                List.of(
                        new SensitivityBar(
                                "Treatment of 2020-2022", "level shift in 2020", 0.24, "one-off shocks", 0.41),
                        new SensitivityBar("Model choice (trend family)", "drift", 0.30, "log-linear", 0.432),
                        new SensitivityBar("Fit start", "2010", 0.32, "2016", 0.35),
                        new SensitivityBar(
                                "Data basis (MOFCOM or UNCTAD)", "MOFCOM basis", 0.343, "UNCTAD basis", 0.36)),
                0.343);
        XYChart chart = t.toXChart(ChartPreset.WEB);
        List<EndLabel> labels =
                t.endLabels(ChartPreset.WEB).stream().map(EndLabel::new).toList();
        labels.forEach(chart::addAnnotation);
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        g.dispose();
        for (EndLabel label : labels) {
            double[] span = label.plotSpan();
            Rectangle2D box = label.getBounds();
            assertTrue(
                    box.getMinX() >= span[0] && box.getMaxX() <= span[1], box + " within " + span[0] + "-" + span[1]);
        }
        EndLabel shift = labels.get(0);
        double[] span = shift.plotSpan();
        double barEnd = span[0] + (24.0 - 20) / (50 - 20) * (span[1] - span[0]);
        assertTrue(shift.getBounds().getMinX() > barEnd, "inside the bar, right of its end at " + barEnd);
        EndLabel drift = labels.get(2);
        assertTrue(drift.getBounds().getMaxX() < span[0] + (30.0 - 20) / 30 * (span[1] - span[0]), "short: outside");
        assertEquals(java.awt.Color.WHITE, EndLabel.onColour(Palette.DIGITAL));
        assertEquals(Palette.CHARCOAL, EndLabel.onColour(Palette.OTHER));
    }

    @Test
    void valueAxisMakesRoomForTheLabelsAndShowsOnlyPossibleValues() {
        TornadoChart t = TestSweeps.tornado();
        double[] range = t.valueAxisRange();
        assertEquals(-5, range[0], EPS);
        assertEquals(60, range[1], EPS);
        XYChart chart = t.toXChart(ChartPreset.WEB);
        var ticks = chart.getStyler().getxAxisTickLabelsFormattingFunction();
        assertEquals("20%", ticks.apply(20.0));
        assertEquals("", ticks.apply(-5.0).replace("\u200B", ""));
        assertEquals("Probability of reaching the target (%)", chart.getXAxisTitle());
        assertEquals(
                "Share in 2029 (%)",
                t.withAxisTitle("Share in 2029 (%)").toXChart(ChartPreset.WEB).getXAxisTitle());
        assertEquals("Sensitivity to each assumption, one at a time", chart.getTitle());
    }

    @Test
    void rejectsBadInputNamingIt() {
        assertEquals(
                "high value of 'Digital growth' = 1.5 is outside [0, 1]; values are fractions, e.g. 0.21",
                assertThrows(ChartException.class, () -> new SensitivityBar("Digital growth", "6%", 0.1, "10%", 1.5))
                        .getMessage());
        assertThrows(ChartException.class, () -> new SensitivityBar(" ", "", 0.1, "", 0.2));
        assertEquals(
                "a tornado chart needs at least one sensitivity bar",
                assertThrows(ChartException.class, () -> TornadoChart.of(List.of(), 0.2))
                        .getMessage());
        assertEquals(
                "base value = 21.0 is outside [0, 1]; values are fractions, e.g. 0.21",
                assertThrows(ChartException.class, () -> TornadoChart.of(TestSweeps.BARS, 21))
                        .getMessage());
        assertEquals(
                "assumption 'a' has two sensitivity bars; give each assumption one",
                assertThrows(
                                ChartException.class,
                                () -> TornadoChart.of(
                                        List.of(
                                                new SensitivityBar("a", "", 0.1, "", 0.2),
                                                new SensitivityBar("a", "", 0.1, "", 0.3)),
                                        0.2))
                        .getMessage());
    }

    @Test
    void exportsPngAndSvg(@TempDir Path dir) throws Exception {
        List<Path> files = ChartExporter.of(ChartPreset.WEB)
                .withFormats(ChartExporter.Format.PNG, ChartExporter.Format.SVG)
                .write(english(), dir.resolve("tornado"));
        assertEquals(List.of(dir.resolve("tornado.png"), dir.resolve("tornado.svg")), files);
        assertEquals(600, javax.imageio.ImageIO.read(files.get(0).toFile()).getHeight());
        String svg = Files.readString(files.get(1));
        assertTrue(svg.contains("<svg"));
    }
}
