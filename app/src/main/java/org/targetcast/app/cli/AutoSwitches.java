package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.Forecast;
import org.targetcast.model.backtest.Metrics;
import org.targetcast.model.selection.AutoModel;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;

/**
 * How often {@code auto} left drift in a panel backtest, and whether it paid: at every origin auto is refitted
 * to the data up to it (as the backtest did) and its choice read; the forecasts from the origins where it chose
 * another family are scored for auto and for drift.
 */
final class AutoSwitches {
    private AutoSwitches() {}

    static void print(
            PrintWriter out,
            AutoModel autoModel,
            List<String> keys,
            List<AnnualSeries> data,
            List<List<Evaluation>> perSeries,
            List<TrendFamily> families,
            Predicate<Forecast> in) {
        int auto = families.indexOf(TrendFamily.AUTO);
        int drift = families.indexOf(TrendFamily.DRIFT);
        if (auto < 0 || drift < 0) {
            return;
        }
        int origins = 0;
        int switched = 0;
        Metrics autoThere = Metrics.empty();
        Metrics driftThere = Metrics.empty();
        for (int s = 0; s < keys.size(); s++) {
            AnnualSeries series = data.get(s);
            Evaluation a = perSeries.get(s).get(auto);
            Set<Integer> left = new TreeSet<>();
            for (int origin :
                    new TreeSet<>(a.forecasts().stream().map(Forecast::origin).toList())) {
                origins++;
                if (autoModel.fit(series.window(series.firstYear(), origin)).chosenFamily() != TrendFamily.DRIFT) {
                    switched++;
                    left.add(origin);
                }
            }
            autoThere = autoThere.combine(a.metrics(f -> in.test(f) && left.contains(f.origin())));
            driftThere = driftThere.combine(
                    perSeries.get(s).get(drift).metrics(f -> in.test(f) && left.contains(f.origin())));
        }
        out.printf(
                Locale.ROOT,
                "auto left drift at %d of %d origins%s%n",
                switched,
                origins,
                switched == 0
                        ? "."
                        : String.format(
                                Locale.ROOT,
                                "; on the %d forecasts from those origins MASE auto %.3f, drift %.3f: switching %s.",
                                autoThere.count(),
                                autoThere.mase(),
                                driftThere.mase(),
                                autoThere.mase() < driftThere.mase() ? "paid" : "did not pay"));
    }
}
