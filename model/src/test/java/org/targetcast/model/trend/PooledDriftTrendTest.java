package org.targetcast.model.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.targetcast.model.series.AnnualSeries;

/**
 * The pooled drift: the contract battery with a panel of three other series, the fallback to drift, the
 * shrinkage toward the panel and the absence of look-ahead. The synthetic-panel accuracy and coverage check
 * is {@code org.targetcast.model.backtest.PooledPanelTest}.
 */
class PooledDriftTrendTest extends TrendModelContract {
    private static final List<AnnualSeries> PANEL =
            List.of(line("a", 100, 0.03), line("b", 200, 0.08), wavy("c", 300, 0.05));
    private static final PooledDriftTrend MODEL = PooledDriftTrend.over(PANEL);

    @Override
    TrendModel model() {
        return MODEL;
    }

    @Override
    double truth(int year) {
        return 800 * Math.exp(0.07 * (year - FIRST));
    }

    @Override
    int minimumYears() {
        return DriftTrend.MINIMUM_YEARS;
    }

    @Override
    double outOfDomainValue() {
        return 0.0;
    }

    @Override
    int residualCount(int n) {
        return n - 1;
    }

    @Test
    void aloneIsTheRandomWalkWithDriftAndSaysSo() {
        AnnualSeries data = noisy(14);
        TrendFit pooled = PooledDriftTrend.alone().fit(data);
        TrendFit drift = DriftTrend.create().fit(data);
        Tolerance.assertRelative(drift.forecast(6), pooled.forecast(6), 1e-15, "forecast");
        Tolerance.assertRelative(
                drift.interval(6, 0.8).upper(), pooled.interval(6, 0.8).upper(), 1e-15, "interval");
        assertTrue(
                pooled.note().contains("random walk with drift")
                        && pooled.note().contains("0 series"),
                pooled.note());
    }

    @Test
    void shrinksANoisyDriftTowardThePanelByAtMostOneStandardError() {
        List<AnnualSeries> panel = new ArrayList<>();
        for (int j = 0; j < 20; j++) {
            panel.add(wavy("p" + j, 100 + j, 0.05 + 0.001 * (j % 3)));
        }
        AnnualSeries fast = wavy("fast", 500, 0.09);
        TrendFit own = DriftTrend.create().fit(fast);
        TrendFit pooled = PooledDriftTrend.over(panel).fit(fast);
        double d = own.parameters().get(0).estimate();
        double se = own.parameters().get(0).standardError();
        double shrunk = ReferenceValues.parameter(pooled, "drift").estimate();
        assertTrue(shrunk < d, "pulled toward the slower panel: " + shrunk + " vs own " + d);
        assertTrue(d - shrunk <= se * (1 + 1e-12), "at most one se: moved " + (d - shrunk) + ", se " + se);
        assertEquals(pooled.base() * Math.exp(3 * shrunk), pooled.forecast(3)[2], 1e-9 * pooled.base());
    }

    @Test
    void fitAtAnOriginIgnoresThePanelsLaterYears() {
        List<AnnualSeries> changed = PANEL.stream()
                .map(s -> {
                    double[] v = s.values();
                    v[v.length - 1] *= 3;
                    return AnnualSeries.of(s.name(), s.years(), v);
                })
                .toList();
        AnnualSeries target = noisy(10);
        TrendFit a = PooledDriftTrend.over(PANEL).fit(target);
        TrendFit b = PooledDriftTrend.over(changed).fit(target);
        Tolerance.assertRelative(a.forecast(4), b.forecast(4), 0, "forecast");
        Tolerance.assertRelative(a.interval(4, 0.8).lower(), b.interval(4, 0.8).lower(), 0, "interval");
    }

    @Test
    void intervalsNeverNarrowWithTheHorizonAndWidenWithTheLevel() {
        TrendFit fit = MODEL.fit(noisy(14));
        PredictionInterval p80 = fit.interval(6, 0.8);
        PredictionInterval p95 = fit.interval(6, 0.95);
        for (int h = 1; h < 6; h++) {
            assertTrue(p80.upper()[h] / p80.lower()[h] >= p80.upper()[h - 1] / p80.lower()[h - 1], "h=" + (h + 1));
            assertTrue(p95.lower()[h] < p80.lower()[h] && p95.upper()[h] > p80.upper()[h], "h=" + (h + 1));
        }
    }

    private static AnnualSeries line(String name, double start, double growth) {
        return AnnualSeries.contiguous(
                name,
                FIRST,
                IntStream.range(0, 20)
                        .mapToDouble(i -> start * Math.exp(growth * i))
                        .toArray());
    }

    private static AnnualSeries wavy(String name, double start, double growth) {
        return AnnualSeries.contiguous(
                name,
                FIRST,
                IntStream.range(0, 20)
                        .mapToDouble(i -> start * Math.exp(growth * i + 0.05 * Math.sin(2.3 * i + start)))
                        .toArray());
    }
}
