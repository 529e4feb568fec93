package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.targetcast.model.series.AnnualSeries;

class BacktestChartTest {
    private static final double EPS = 1e-9;
    private static final AnnualSeries OBSERVED = AnnualSeries.contiguous("obs", 2015, 100, 110, 120, 135, 150);

    private static PastForecast forecast(int origin, double... path) {
        return new PastForecast(origin, AnnualSeries.contiguous("f" + origin, origin + 1, path));
    }

    @Test
    void joinsEachForecastToTheObservedValueAtItsOrigin() {
        XYChart chart = BacktestChart.of(OBSERVED, List.of(forecast(2017, 125, 130), forecast(2016, 118, 126, 134)))
                .toXChart(ChartPreset.WEB);
        XYSeries first = chart.getSeriesMap().get(BacktestChart.forecastSeries(0));
        assertEquals("Forecast from 2016", first.getLabel());
        assertEquals(List.of(2016.0, 2017.0, 2018.0, 2019.0), boxed(first.getXData()));
        assertEquals(List.of(110.0, 118.0, 126.0, 134.0), boxed(first.getYData()));
        XYSeries second = chart.getSeriesMap().get(BacktestChart.forecastSeries(1));
        assertEquals("Forecast from 2017", second.getLabel());
        assertEquals(120, second.getYData()[0], EPS);
        assertEquals(
                List.of("history", "forecast.0", "forecast.1"),
                List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals("History", chart.getSeriesMap().get(BacktestChart.HISTORY).getLabel());
    }

    @Test
    void colorsOlderOriginsLighter() {
        BacktestChart c = TestComponents.backtestFew();
        int n = c.data().forecasts().size();
        for (int i = 1; i < n; i++) {
            assertTrue(brightness(c.forecastColor(i)) < brightness(c.forecastColor(i - 1)), "origin " + i);
        }
    }

    @Test
    void listsFewOriginsAndSumsUpMany() {
        XYChart few = TestComponents.backtestFew().toXChart(ChartPreset.WEB);
        assertTrue(few.getSeriesMap().get(BacktestChart.forecastSeries(0)).isShowInLegend());
        assertFalse(few.getSeriesMap().containsKey(BacktestChart.FORECASTS_KEY));
        XYChart many = TestComponents.backtest().toXChart(ChartPreset.WEB);
        assertFalse(many.getSeriesMap().get(BacktestChart.forecastSeries(0)).isShowInLegend());
        assertEquals(
                "Forecasts from 2014 (light) to 2021 (dark)",
                many.getSeriesMap().get(BacktestChart.FORECASTS_KEY).getLabel());
    }

    @Test
    void framesWithModelNameAndFormatsAxes() {
        BacktestChart c = TestComponents.backtest();
        XYChart chart = c.toXChart(ChartPreset.WEB);
        assertEquals("Past forecasts against outcomes", chart.getTitle());
        assertEquals(
                "Log-linear trend (test): each forecast starts from the last year observed when it was made",
                c.subtitle());
        assertEquals(c.subtitle(), ((FramedXYChart) chart).frame().subtitle());
        assertEquals(
                "Own subtitle",
                c.withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, "Own subtitle"))
                        .subtitle());
        assertEquals(
                "", BacktestChart.of(OBSERVED, List.of(forecast(2017, 125))).subtitle());
        assertEquals("USD 100 million", chart.getYAxisTitle());
        assertEquals("Year", chart.getXAxisTitle());
        assertEquals(
                "12,500",
                chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(12500.0));
        assertEquals(
                "2020", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(2020.0));
        assertEquals(
                "test backtest, targetcast test build",
                ((FramedXYChart) chart).frame().footer());
        assertEquals(0, chart.getStyler().getYAxisMin(), EPS);
        assertTrue(chart.getStyler().getYAxisMax() >= 5400, "room for the highest forecast");
    }

    @Test
    void labelsInChinese() {
        XYChart chart = TestComponents.backtestFew()
                .withModelName("对数线性趋势")
                .withFrame(f -> f.withLang(Lang.ZH))
                .toXChart(ChartPreset.WEB);
        assertEquals("历次预测与实际值对比", chart.getTitle());
        assertEquals("对数线性趋势：每次预测从当时最后一个观测年份出发", ((FramedXYChart) chart).frame().subtitle());
        assertEquals(
                "2017年起的预测",
                chart.getSeriesMap().get(BacktestChart.forecastSeries(0)).getLabel());
        assertEquals("亿美元", chart.getYAxisTitle());
        assertEquals(
                "2014年至2021年起的预测（颜色由浅到深）",
                TestComponents.backtest()
                        .withFrame(f -> f.withLang(Lang.ZH))
                        .toXChart(ChartPreset.WEB)
                        .getSeriesMap()
                        .get(BacktestChart.FORECASTS_KEY)
                        .getLabel());
    }

    @Test
    void rejectsBadInputNamingTheOrigin() {
        assertEquals(
                "forecast from 2017: path f starts in 2019, not the year after its origin (2018)",
                assertThrows(
                                ChartException.class,
                                () -> new PastForecast(2017, AnnualSeries.contiguous("f", 2019, 1.0)))
                        .getMessage());
        assertEquals(
                "two forecasts have origin 2017; give one forecast per origin",
                assertThrows(
                                ChartException.class,
                                () -> BacktestChart.of(OBSERVED, List.of(forecast(2017, 1), forecast(2017, 2))))
                        .getMessage());
        assertEquals(
                "forecast from 2012: origin is not in the observed series obs (2015–2019), so it cannot join the history",
                assertThrows(ChartException.class, () -> BacktestChart.of(OBSERVED, List.of(forecast(2012, 1))))
                        .getMessage());
        assertEquals(
                "a backtest chart needs at least one past forecast",
                assertThrows(ChartException.class, () -> BacktestChart.of(OBSERVED, List.of()))
                        .getMessage());
    }

    @Test
    void exports(@TempDir Path dir) throws Exception {
        List<Path> files = ChartExporter.of(ChartPreset.WEB)
                .write(TestComponents.backtest().toXChart(ChartPreset.WEB), dir.resolve("backtest"));
        assertEquals(3, files.size());
        assertEquals(1000, javax.imageio.ImageIO.read(files.get(0).toFile()).getWidth());
        assertTrue(java.nio.file.Files.size(files.get(2)) > 1000, "pdf");
    }

    static List<Double> boxed(double[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }

    private static double brightness(java.awt.Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }
}
