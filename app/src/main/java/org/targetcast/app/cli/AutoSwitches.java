package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.Forecast;
import org.targetcast.model.backtest.Metrics;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;

/**
 * How often {@code auto} left drift in a panel backtest, and whether it paid: at every origin auto is refitted
 * to the data up to it (as the backtest did) and its choice read; the forecasts from the origins where it chose
 * another family are scored for auto and for drift.
 */
final class AutoSwitches {
    private AutoSwitches() {}

    static void print(PrintWriter out, PanelBacktest panel, Predicate<Forecast> in, Lang lang) {
        if (!panel.families().contains(TrendFamily.AUTO) || !panel.families().contains(TrendFamily.DRIFT)) {
            return;
        }
        int origins = 0;
        int switched = 0;
        Metrics autoThere = Metrics.empty();
        Metrics driftThere = Metrics.empty();
        for (PanelBacktest.Row row : panel.rows()) {
            AnnualSeries series = row.series();
            Evaluation a = row.evaluation(TrendFamily.AUTO);
            Set<Integer> left = new TreeSet<>();
            for (int origin :
                    new TreeSet<>(a.forecasts().stream().map(Forecast::origin).toList())) {
                origins++;
                if (panel.auto().fit(series.window(series.firstYear(), origin)).chosenFamily() != TrendFamily.DRIFT) {
                    switched++;
                    left.add(origin);
                }
            }
            autoThere = autoThere.combine(a.metrics(f -> in.test(f) && left.contains(f.origin())));
            driftThere = driftThere.combine(
                    row.evaluation(TrendFamily.DRIFT).metrics(f -> in.test(f) && left.contains(f.origin())));
        }
        out.println(Glossary.term(
                "panel.switches",
                lang,
                switched,
                origins,
                switched == 0
                        ? Glossary.term("panel.switches.none", lang)
                        : Glossary.term(
                                "panel.switches.scored",
                                lang,
                                autoThere.count(),
                                autoThere.mase(),
                                driftThere.mase(),
                                Glossary.term(
                                        autoThere.mase() < driftThere.mase() ? "panel.paid" : "panel.not.paid",
                                        lang))));
    }
}
