package org.targetcast.model.backtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.DriftTrend;
import org.targetcast.model.trend.PooledDriftTrend;

/**
 * The pooled drift on a synthetic panel shaped like the UNCTAD one (2,000 series of 14 years, 2010-2023,
 * rolling origins from the 8th observation, horizons 1-6): each series a random walk with its own drift drawn
 * from a common normal distribution and its own volatility. This is the case pooling is built for: it must
 * beat per-series drift in mean MASE, on levels and on logs, and its conformal 80 % intervals must cover
 * within [77 %, 83 %] of the outcomes (and its 95 % intervals within [92 %, 98 %]).
 */
class PooledPanelTest {
    private static final int SERIES = 2000;
    private static final int YEARS = 14;
    private static final long SEED = 20261130L;

    static List<AnnualSeries> panel(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian eps = ZigguratSampler.NormalizedGaussian.of(rng);
        List<AnnualSeries> out = new ArrayList<>();
        for (int j = 0; j < SERIES; j++) {
            double drift = 0.06 + 0.03 * eps.sample();
            double sigma = 0.03 + 0.07 * rng.nextDouble();
            double z = Math.log(50 + 5000 * rng.nextDouble());
            double[] v = new double[YEARS];
            for (int i = 0; i < YEARS; i++) {
                if (i > 0) {
                    z += drift + sigma * eps.sample();
                }
                v[i] = Math.exp(z);
            }
            out.add(AnnualSeries.contiguous("s" + j, 2010, v));
        }
        return out;
    }

    @Test
    void pooledBeatsDriftAndItsIntervalsCoverNearNominal() {
        List<AnnualSeries> panel = panel(SEED);
        PooledDriftTrend pooled = PooledDriftTrend.over(panel);
        RollingOrigin backtest = RollingOrigin.withDefaults();
        double masePooled = 0;
        double maseDrift = 0;
        double logPooled = 0;
        double logDrift = 0;
        IntervalScore i80 = IntervalScore.empty(0.8);
        IntervalScore i95 = IntervalScore.empty(0.95);
        for (AnnualSeries s : panel) {
            Evaluation p = backtest.evaluate(s, pooled);
            Evaluation d = backtest.evaluate(s, DriftTrend.create());
            masePooled += p.metrics().mase() / SERIES;
            maseDrift += d.metrics().mase() / SERIES;
            logPooled += p.logMase(f -> true) / SERIES;
            logDrift += d.logMase(f -> true) / SERIES;
            i80 = i80.combine(p.interval(0.8));
            i95 = i95.combine(p.interval(0.95));
        }
        String summary = String.format(
                Locale.ROOT,
                "MASE pooled %.4f drift %.4f; on logs %.4f vs %.4f; cover 80%% %.4f," + " 95%% %.4f (%d forecasts)",
                masePooled,
                maseDrift,
                logPooled,
                logDrift,
                i80.coverage(),
                i95.coverage(),
                i80.count());
        assertTrue(masePooled < maseDrift, summary);
        assertTrue(logPooled < logDrift, summary);
        assertTrue(i80.coverage() >= 0.77 && i80.coverage() <= 0.83, summary);
        assertTrue(i95.coverage() >= 0.92 && i95.coverage() <= 0.98, summary);
    }
}
