package org.targetcast.charts;

import java.util.List;
import org.targetcast.model.series.AnnualSeries;

/**
 * Test data only, shaped like the project's results but not computed by it: a 41 × 41 probability map, a
 * tornado of six assumptions and five scenarios.
 */
final class TestSweeps {
    /** Digital growth 2% to 14% a year in 41 steps of 0.3 points. */
    static final double[] DIGITAL = steps(0.02, 0.14, 41);
    /** Growth of the other services 0% to 12% a year in 41 steps of 0.3 points. */
    static final double[] OTHER = steps(0.00, 0.12, 41);

    static final ProbabilityGrid GRID = new ProbabilityGrid(
            "Digital services growth, % a year",
            DIGITAL, "Other services growth, % a year", OTHER, probabilities(), "45% by 2029");

    static final double BASE = 0.21;
    static final List<SensitivityBar> BARS = List.of(
            new SensitivityBar("Starting share 2025", "37.5%", 0.16, "38.9%", 0.27),
            new SensitivityBar("Digital services growth", "6%", 0.05, "10%", 0.48),
            new SensitivityBar("Trend model", "log-linear", 0.19, "damped", 0.24),
            new SensitivityBar("Travel recovery", "slow", 0.31, "fast", 0.13),
            new SensitivityBar("Shock volatility", "× 0.5", 0.12, "× 1.5", 0.29),
            new SensitivityBar("Other services growth", "2%", 0.40, "6%", 0.08));

    private TestSweeps() {}

    static ProbabilityMapChart map() {
        return ProbabilityMapChart.of(GRID)
                .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, "Test data: share 38.2% in 2025, shock s.d. 3 points")
                        .with(ChartFrame.Text.FOOTER, "test sweep, seed 1, targetcast test build"));
    }

    /** The map in Chinese, with Chinese axis and target labels as a caller would give them. */
    static ProbabilityMapChart mapZh() {
        return ProbabilityMapChart.of(new ProbabilityGrid(
                        "数字服务贸易年增长率",
                        DIGITAL,
                        "其他服务贸易年增长率",
                        OTHER,
                        GRID.probability().get(),
                        "2029年45%"))
                .withFrame(f -> f.withLang(Lang.ZH).with(ChartFrame.Text.SUBTITLE, "测试数据：2025年占比 38.2%，冲击标准差 3 个百分点"));
    }

    /** The tornado in Chinese, with Chinese assumption names and settings. */
    static TornadoChart tornadoZh() {
        return TornadoChart.of(
                        List.of(
                                new SensitivityBar("2025年起始占比", "37.5%", 0.16, "38.9%", 0.27),
                                new SensitivityBar("数字服务贸易增长", "6%", 0.05, "10%", 0.48),
                                new SensitivityBar("趋势模型", "对数线性", 0.19, "阻尼趋势", 0.24),
                                new SensitivityBar("旅行恢复", "慢", 0.31, "快", 0.13),
                                new SensitivityBar("冲击波动", "× 0.5", 0.12, "× 1.5", 0.29),
                                new SensitivityBar("其他服务贸易增长", "2%", 0.40, "6%", 0.08)),
                        BASE)
                .withFrame(f -> f.withLang(Lang.ZH).with(ChartFrame.Text.SUBTITLE, "测试数据：2029年占比达到 45% 的概率，基准 21%"));
    }

    static TornadoChart tornado() {
        return TornadoChart.of(BARS, BASE)
                .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, "Test data: P(share ≥ 45% in 2029), base 21%")
                        .with(ChartFrame.Text.FOOTER, "test sweep, seed 1, targetcast test build"));
    }

    static ScenarioOverlayChart overlay() {
        return ScenarioOverlayChart.of(TestShares.HISTORY, scenarios())
                .withTargets(TestShares.TARGETS)
                .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, "Test data: five illustrative scenarios")
                        .with(ChartFrame.Text.FOOTER, "test scenarios, seed 1, targetcast test build"));
    }

    /** Five scenarios 2026 to 2035; all but the last with a 10–90% band. */
    static List<ScenarioPath> scenarios() {
        return List.of(
                scenario("Baseline", 0.0040, 0.010, true),
                scenario("Digital push", 0.0120, 0.012, true),
                scenario("Recent pace", -0.0010, 0.009, true),
                scenario("Travel boom", -0.0050, 0.011, true),
                scenario("Slow digital", 0.0015, 0, false));
    }

    private static ScenarioPath scenario(String name, double slope, double spread, boolean band) {
        double[] mid = new double[10];
        double[] lo = new double[10];
        double[] hi = new double[10];
        for (int h = 1; h <= 10; h++) {
            mid[h - 1] = 0.382 + slope * h;
            lo[h - 1] = mid[h - 1] - 1.2816 * spread * Math.sqrt(h);
            hi[h - 1] = mid[h - 1] + 1.2816 * spread * Math.sqrt(h);
        }
        AnnualSeries path = AnnualSeries.contiguous("test." + name, 2026, mid);
        return band
                ? new ScenarioPath(
                        name,
                        path,
                        AnnualSeries.contiguous("test.lo", 2026, lo),
                        AnnualSeries.contiguous("test.hi", 2026, hi))
                : ScenarioPath.of(name, path);
    }

    static double[] steps(double from, double to, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + (to - from) * i / (n - 1);
        }
        return v;
    }

    /**
     * P(share in 2029 at least 45%) when digital and other services grow four years from levels giving
     * a 38.2% share in 2025, with a normal error of 3 points on the share.
     */
    private static double[][] probabilities() {
        double[][] p = new double[OTHER.length][DIGITAL.length];
        for (int j = 0; j < OTHER.length; j++) {
            for (int i = 0; i < DIGITAL.length; i++) {
                double d = 0.382 * Math.pow(1 + DIGITAL[i], 4);
                double o = 0.618 * Math.pow(1 + OTHER[j], 4);
                p[j][i] = phi((d / (d + o) - 0.45) / 0.03);
            }
        }
        return p;
    }

    /** Standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
    static double phi(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1
                - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592)
                        * t
                        * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
