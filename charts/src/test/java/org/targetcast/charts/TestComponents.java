package org.targetcast.charts;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.model.series.AnnualSeries;

/**
 * Test data only, shaped like China's services trade in USD 100 million (total about 6,600 in 2020 and
 * 10,800 in 2025, the digitally deliverable part following {@link TestShares#HISTORY}), with illustrative
 * projections, past forecasts, a share distribution for 2029 and the yearly decomposition of the share's
 * change. Not the project's data.
 */
final class TestComponents {
    /** Total services trade 2010–2025, USD 100 million (illustrative). */
    static final double[] TOTAL = {
        3717, 4489, 4829, 5376, 6520, 6542, 6616, 6957, 7919, 7850, 6617, 8212, 8891, 9331, 10200, 10800
    };

    static final AnnualSeries DIGITAL = AnnualSeries.contiguous("test.digital", 2010, digital());
    static final AnnualSeries OTHER = AnnualSeries.contiguous("test.other", 2010, other());
    /** Ten projected years from 2026: digital 6.5 % a year, other 4.8 %. */
    static final AnnualSeries DIGITAL_PROJECTION = grow("test.digital.projection", DIGITAL.lastValue(), 0.065, 0);

    static final AnnualSeries OTHER_PROJECTION = grow("test.other.projection", OTHER.lastValue(), 0.048, 0);

    private TestComponents() {}

    static ComponentsChart components() {
        return ComponentsChart.of(DIGITAL, OTHER, DIGITAL_PROJECTION, OTHER_PROJECTION)
                .withDigitalBand(
                        grow("test.digital.p10", DIGITAL.lastValue(), 0.065, -1.2816 * 0.04),
                        grow("test.digital.p90", DIGITAL.lastValue(), 0.065, 1.2816 * 0.04))
                .withOtherBand(
                        grow("test.other.p10", OTHER.lastValue(), 0.048, -1.2816 * 0.05),
                        grow("test.other.p90", OTHER.lastValue(), 0.048, 1.2816 * 0.05))
                .withFrame(f -> f.with(
                                ChartFrame.Text.SUBTITLE,
                                "Test data: illustrative history, projection and 10–90 % ranges")
                        .with(ChartFrame.Text.FOOTER, "test scenario, seed 1, targetcast test build"));
    }

    /** Eight forecasts from 2014 to 2021, each four years ahead at the digital component's trailing five-year growth. */
    static List<PastForecast> forecasts(int firstOrigin, int lastOrigin) {
        List<PastForecast> out = new ArrayList<>();
        for (int origin = firstOrigin; origin <= lastOrigin; origin++) {
            double start = DIGITAL.valueAt(origin).orElseThrow();
            double growth = Math.pow(start / DIGITAL.valueAt(origin - 4).orElseThrow(), 0.25) - 1;
            double[] path = new double[4];
            for (int h = 1; h <= 4; h++) {
                path[h - 1] = start * Math.pow(1 + growth, h);
            }
            out.add(new PastForecast(origin, AnnualSeries.contiguous("test.forecast." + origin, origin + 1, path)));
        }
        return out;
    }

    static BacktestChart backtest() {
        return BacktestChart.of(DIGITAL, forecasts(2014, 2021))
                .withModelName("Log-linear trend (test)")
                .withFrame(f -> f.with(ChartFrame.Text.FOOTER, "test backtest, targetcast test build"));
    }

    static BacktestChart backtestFew() {
        return BacktestChart.of(DIGITAL, forecasts(2017, 2021))
                .withModelName("Log-linear trend (test)")
                .withFrame(f -> f.with(ChartFrame.Text.FOOTER, "test backtest, targetcast test build"));
    }

    /** Share in 2029 roughly normal, mean 42.5 %, s.d. 3.5 points, in 0.5-point bins from 30 % to 55 %. */
    static ShareDistribution distribution() {
        int bins = 50;
        double[] edges = new double[bins + 1];
        double[] mass = new double[bins];
        for (int i = 0; i <= bins; i++) {
            edges[i] = 0.30 + 0.005 * i;
        }
        for (int i = 0; i < bins; i++) {
            mass[i] = TestSweeps.phi((edges[i + 1] - 0.425) / 0.035) - TestSweeps.phi((edges[i] - 0.425) / 0.035);
        }
        return new ShareDistribution(2029, edges, mass);
    }

    static ShareHistogramChart histogram() {
        return ShareHistogramChart.of(distribution(), TargetMark.of(2029, 0.45).withProbability(0.23))
                .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, "Test data: 10,000 simulated paths, 0.5-point bins")
                        .with(ChartFrame.Text.FOOTER, "test scenario, seed 1, targetcast test build"));
    }

    /** Years 2011–2025. */
    static int[] changeYears() {
        int[] y = new int[DIGITAL.size() - 1];
        for (int i = 1; i < DIGITAL.size(); i++) {
            y[i - 1] = DIGITAL.year(i);
        }
        return y;
    }

    /**
     * The share's change and its log decomposition: with s̄ the mean share of the two years,
     * {@code digital = 100 s̄(1 - s̄) ln(D_t / D_t-1)}, {@code other = -100 s̄(1 - s̄) ln(O_t / O_t-1)}
     * (percentage points; their sum approximates the change).
     *
     * @return {@code {digital, other, total}}
     */
    static double[][] decomposition() {
        int n = DIGITAL.size() - 1;
        double[][] out = new double[3][n];
        for (int i = 0; i < n; i++) {
            double s0 = TestShares.HISTORY.value(i);
            double s1 = TestShares.HISTORY.value(i + 1);
            double w = (s0 + s1) / 2 * (1 - (s0 + s1) / 2) * 100;
            out[0][i] = w * Math.log(DIGITAL.value(i + 1) / DIGITAL.value(i));
            out[1][i] = -w * Math.log(OTHER.value(i + 1) / OTHER.value(i));
            out[2][i] = (s1 - s0) * 100;
        }
        return out;
    }

    static DecompositionChart decompositionChart() {
        double[][] d = decomposition();
        return DecompositionChart.of(changeYears(), d[0], d[1], d[2]).withFrame(f -> f.with(
                        ChartFrame.Text.SUBTITLE, "Test data: log decomposition of the yearly change, 2011–2025")
                .with(ChartFrame.Text.FOOTER, "test data, targetcast test build"));
    }

    private static double[] digital() {
        double[] d = new double[TOTAL.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = TOTAL[i] * TestShares.HISTORY.value(i);
        }
        return d;
    }

    private static double[] other() {
        double[] o = new double[TOTAL.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = TOTAL[i] * (1 - TestShares.HISTORY.value(i));
        }
        return o;
    }

    /** Ten years from 2026 growing at {@code growth}, shifted by {@code z} log points per square-root year. */
    private static AnnualSeries grow(String name, double start, double growth, double z) {
        double[] v = new double[10];
        for (int h = 1; h <= 10; h++) {
            v[h - 1] = start * Math.pow(1 + growth, h) * Math.exp(z * Math.sqrt(h));
        }
        return AnnualSeries.contiguous(name, 2026, v);
    }
}
