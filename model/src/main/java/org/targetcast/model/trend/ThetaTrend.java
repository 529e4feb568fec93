package org.targetcast.model.trend;

import java.util.Arrays;
import java.util.List;
import org.targetcast.model.series.AnnualSeries;

/**
 * The Theta method (Assimakopoulos and Nikolopoulos 2000, "The theta model: a decomposition approach to
 * forecasting", International Journal of Forecasting 16(4), 521-530), in the form of Hyndman and Billah
 * (2003, "Unmasking the Theta method", IJF 19(2), 287-290): simple exponential smoothing plus half the
 * slope of a linear trend, on the log level. It is R's {@code forecast::thetaf(log(y))} for annual data.
 *
 * <p><b>Estimation.</b> With log values {@code z_1..z_n}:
 * <pre>
 *   SES (ETS(A,N,N)):  e_t = z_t - l_{t-1},  l_t = l_{t-1} + alpha e_t,   (alpha, l_0) minimise sum e_t^2
 *   b = OLS slope of z on the year
 *   forecast: z_hat(n+h) = l_n + (b/2) (h - 1 + (1 - (1 - alpha)^n) / alpha)
 *   sigma^2 = sum e_t^2 / (n - 2);   interval: z_hat +- q sigma sqrt(1 + (h - 1) alpha^2)
 * </pre>
 * {@code alpha} is searched in [0.0001, 0.9999] (the bounds of {@code forecast::ets}); for each alpha the
 * errors are linear in {@code l_0}, whose optimum is closed-form, so the search is one-dimensional: a grid
 * of 200 points, then golden-section refinement around the best. Minimising the SSE is minimising
 * {@code ets}'s likelihood {@code n ln(SSE)}; R's Nelder-Mead may stop elsewhere on flat surfaces, so our
 * SSE is at most R's. The divisor {@code n - 2} of sigma is that of {@code thetaf}'s stored variance. With excluded years the smoothing runs over the observations in order and the slope
 * is per calendar year.
 *
 * <ul>
 *   <li>Parameters: {@code alpha}, {@code level0} ({@code l_0}), {@code slope} ({@code b}, with its OLS
 *       standard error).
 *   <li>{@link TrendFit#base()} is {@code exp(l_n)}; fitted values are the one-step predictions
 *       {@code exp(l_{t-1})}; residuals are {@code e_t}.
 *   <li>{@link TrendFit#aicc()}: Gaussian AICc of the {@code n} errors with {@code k = 3}
 *       ({@code alpha, l_0, sigma}); {@code +Infinity} for {@code n <= 4}.
 * </ul>
 * Needs at least {@value #MINIMUM_YEARS} positive values. Interventions are not taken.
 */
public final class ThetaTrend implements TrendModel {
    /** The least number of years: four, two more than the smoothing's two parameters. */
    public static final int MINIMUM_YEARS = 4;

    static final double ALPHA_MIN = 1e-4;
    static final double ALPHA_MAX = 1 - 1e-4;
    private static final int GRID = 200;

    private static final ThetaTrend INSTANCE = new ThetaTrend();

    private ThetaTrend() {}

    /** @return the Theta method */
    public static ThetaTrend create() {
        return INSTANCE;
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.THETA;
    }

    @Override
    public TrendFit fit(AnnualSeries series) {
        Checks.requireLength(series, family(), MINIMUM_YEARS);
        Checks.requirePositive(series, family());
        int n = series.size();
        double[] z = Arrays.stream(series.values()).map(Math::log).toArray();
        double alpha = bestAlpha(z);
        double l0 = optimalLevel0(z, alpha);
        double[] e = new double[n];
        double[] fitted = new double[n];
        double level = l0;
        double sse = 0;
        for (int t = 0; t < n; t++) {
            fitted[t] = Math.exp(level);
            e[t] = z[t] - level;
            sse += e[t] * e[t];
            level += alpha * e[t];
        }
        double ln = level;
        LineFit line = LineFit.of(series.years(), z);
        double b = line.slope();
        double sigma = Math.sqrt(sse / (n - 2));
        double carry = (1 - Math.pow(1 - alpha, n)) / alpha;
        List<Parameter> parameters = List.of(
                new Parameter("alpha", alpha, Double.NaN),
                new Parameter("level0", l0, Double.NaN),
                new Parameter("slope", b, line.slopeSe()));
        double base = Math.exp(ln);
        return BasicTrendFit.of(
                        family(),
                        series,
                        parameters,
                        sigma,
                        InformationCriteria.gaussianAicc(sse, n, 3),
                        AnnualSeries.of(series.name() + ".fitted", series.years(), fitted),
                        AnnualSeries.of(series.name() + ".residuals", series.years(), e),
                        base,
                        h -> Math.exp(ln + b / 2 * (h - 1 + carry)),
                        "")
                .withIntervals((h, lvl) -> {
                    double centre = ln + b / 2 * (h - 1 + carry);
                    double half = Quantiles.normal((1 + lvl) / 2) * sigma * Math.sqrt(1 + (h - 1) * alpha * alpha);
                    return new double[] {Math.exp(centre - half), Math.exp(centre + half)};
                });
    }

    /** The SSE of SES at {@code alpha} with the best initial level. */
    static double sse(double[] z, double alpha) {
        double l0 = optimalLevel0(z, alpha);
        double level = l0;
        double sse = 0;
        for (double v : z) {
            double e = v - level;
            sse += e * e;
            level += alpha * e;
        }
        return sse;
    }

    /**
     * With {@code l_0 = 0} the errors are {@code a_t}; each {@code e_t = a_t - (1 - alpha)^(t-1) l_0}, so
     * the least-squares {@code l_0 = sum a_t c_t / sum c_t^2}, {@code c_t = (1 - alpha)^(t-1)}.
     */
    static double optimalLevel0(double[] z, double alpha) {
        double level = 0;
        double c = 1;
        double num = 0;
        double den = 0;
        for (double v : z) {
            double a = v - level;
            num += a * c;
            den += c * c;
            level += alpha * a;
            c *= 1 - alpha;
        }
        return num / den;
    }

    private static double bestAlpha(double[] z) {
        double best = ALPHA_MIN;
        double bestSse = sse(z, best);
        double step = (ALPHA_MAX - ALPHA_MIN) / GRID;
        for (int i = 1; i <= GRID; i++) {
            double a = ALPHA_MIN + i * step;
            double s = sse(z, a);
            if (s < bestSse) {
                bestSse = s;
                best = a;
            }
        }
        double lo = Math.max(ALPHA_MIN, best - step);
        double hi = Math.min(ALPHA_MAX, best + step);
        double g = (Math.sqrt(5) - 1) / 2;
        double x1 = hi - g * (hi - lo);
        double x2 = lo + g * (hi - lo);
        double f1 = sse(z, x1);
        double f2 = sse(z, x2);
        for (int it = 0; it < 100 && hi - lo > 1e-12; it++) {
            if (f1 < f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - g * (hi - lo);
                f1 = sse(z, x1);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + g * (hi - lo);
                f2 = sse(z, x2);
            }
        }
        double mid = (lo + hi) / 2;
        return sse(z, mid) < bestSse ? mid : best;
    }
}
