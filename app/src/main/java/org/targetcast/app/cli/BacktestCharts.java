package org.targetcast.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.targetcast.app.report.ChartOutput;
import org.targetcast.app.report.OutputFolder;
import org.targetcast.charts.BacktestChart;
import org.targetcast.charts.ChartFrame;
import org.targetcast.charts.PastForecast;
import org.targetcast.engine.io.InputException;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.Forecast;
import org.targetcast.model.data.HistoryBuilder;
import org.targetcast.model.series.AnnualSeries;

/** The backtest charts: for each family, its forecasts from every origin drawn over what happened. */
final class BacktestCharts {
    private BacktestCharts() {}

    /**
     * @param builder the data
     * @param series the series key backtested
     * @param evaluations one per family
     * @param output chart size, formats and language
     * @param dir the folder, replaced only when every chart is written
     * @param inputs the files the command reads, which the folder must not hold
     * @return the files written
     */
    static List<String> write(
            HistoryBuilder builder,
            String series,
            List<Evaluation> evaluations,
            ChartOutput output,
            Path dir,
            List<Path> inputs) {
        boolean share = BacktestCommand.isShare(series);
        double scale = share ? 100 : 1;
        AnnualSeries observed = share ? builder.series(series).map(series, v -> 100 * v) : builder.series(series);
        List<String> written = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.adding(dir, "backtest", "--chart", inputs)) {
            for (Evaluation e : evaluations) {
                Map<Integer, TreeMap<Integer, Double>> byOrigin = new TreeMap<>();
                for (Forecast f : e.forecasts()) {
                    byOrigin.computeIfAbsent(f.origin(), o -> new TreeMap<>()).put(f.year(), scale * f.forecast());
                }
                List<PastForecast> paths = new ArrayList<>();
                byOrigin.forEach((origin, path) -> paths.add(new PastForecast(
                        origin,
                        AnnualSeries.of(
                                series + " from " + origin,
                                path.keySet().stream()
                                        .mapToInt(Integer::intValue)
                                        .toArray(),
                                path.values().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .toArray()))));
                if (paths.isEmpty()) {
                    continue;
                }
                BacktestChart chart = BacktestChart.of(observed, paths)
                        .withModelName(e.family().key())
                        .withFrame(f -> f.withLang(output.lang())
                                .with(
                                        ChartFrame.Text.SUBTITLE,
                                        series + ": " + e.family().description()));
                if (share) {
                    chart = chart.withAxisTitle("%");
                }
                written.addAll(output.write(
                        chart::toXChart, folder, safe(series) + "-" + e.family().key()));
            }
            folder.commit();
        } catch (IOException ex) {
            throw InputException.at(
                    dir.toString(),
                    0,
                    0,
                    "",
                    "cannot write the charts (" + ex.getClass().getSimpleName() + ")");
        } catch (UncheckedIOException ex) {
            throw InputException.at(
                    dir.toString(),
                    0,
                    0,
                    "",
                    "cannot write the charts (" + ex.getCause().getClass().getSimpleName() + ")");
        }
        return written;
    }

    private static String safe(String key) {
        return key.replaceAll("[^A-Za-z0-9.-]+", "_");
    }
}
