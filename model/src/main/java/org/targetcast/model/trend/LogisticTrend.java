package org.targetcast.model.trend;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.targetcast.model.series.AnnualSeries;

/**
 * Logistic curve with a bounded cap on a share: {@code s(t) = cap / (1 + exp(-(a + k (t - tbar))))},
 * {@code max(s) < cap <= 1}, {@code tbar} the mean of the fitted years. The midpoint year, where the
 * share is {@code cap / 2}, is {@code tbar - a / k}.
 *
 * <p><b>Estimation scale: the logit.</b> The fit minimises
 * {@code sum (logit(s_i) - logit(s(t_i)))^2}, where
 * {@code logit(s(t)) = ln(cap) - ln(1 - cap + exp(-(a + k (t - tbar))))}: nonlinear least squares
 * (Levenberg-Marquardt, several starting caps) with the cap mapped into its interval. Standard errors
 * are {@code sigma^2 (J'J)^-1} with {@code J} the Jacobian in {@code (cap, a, k)} and
 * {@code sigma^2 = SSE / (n - 3)}, as R's {@code summary(nls(...))}. With {@code cap = 1} the model is
 * a straight line in {@code logit(s)}, so the capped and the fixed-cap fits share one scale.
 *
 * <p><b>Fallback.</b> The cap is often not identified on short series. The model fits
 * {@code cap = 1} (OLS of {@code logit(s)} on the centred year; {@code cap} reported with standard error
 * {@code NaN}) and says why in {@link TrendFit#note()} when: there are fewer than {@value #CAP_MINIMUM}
 * years; the share has no clear trend (the fixed-cap slope is within two standard errors of zero); the
 * optimiser fails; the cap ends at a bound of its interval; or {@code J'J} is singular. It never throws
 * for a valid share series of at least {@value #MINIMUM_YEARS} years.
 *
 * <ul>
 *   <li>Parameters: {@code cap}, {@code intercept} ({@code a}), {@code slope} ({@code k}).
 *   <li>{@link TrendFit#sigma()}: residual standard error on the logit scale,
 *       {@code sqrt(SSE / (n - p))}, {@code p} = 3 capped, 2 fixed.
 *   <li>{@link TrendFit#aicc()}: Gaussian AICc on the logit scale with {@code k = p + 1}; see
 *       {@link InformationCriteria}.
 *   <li>Fitted values, {@link TrendFit#base()} and forecasts are shares from the curve.
 * </ul>
 * Reference: Bates and Watts, <i>Nonlinear Regression Analysis and Its Applications</i> (1988), ch. 2;
 * R's {@code nls}.
 */
public final class LogisticTrend implements TrendModel {
    /** The least number of years: the fixed-cap fallback's two coefficients plus one. */
    public static final int MINIMUM_YEARS = 3;
    /** The least number of years for which a free cap is tried. */
    public static final int CAP_MINIMUM = 4;

    private static final double[] START_FRACTIONS = {0.05, 0.25, 0.5, 0.8};
    private static final double BOUND_FRACTION = 1e-3;
    private static final double MAX_CONDITION = 1e12;

    private static final LogisticTrend INSTANCE = new LogisticTrend();

    private LogisticTrend() {}

    /** @return the logistic model */
    public static LogisticTrend create() {
        return INSTANCE;
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.LOGISTIC;
    }

    @Override
    public TrendFit fit(AnnualSeries series) {
        Checks.requireLength(series, family(), MINIMUM_YEARS);
        Checks.requireShare(series, family());
        int n = series.size();
        int[] years = series.years();
        double[] z = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            z[i] = logit(series.value(i));
            max = Math.max(max, series.value(i));
        }
        LineFit fixed = LineFit.of(years, z);
        double tbar = fixed.centre();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = years[i] - tbar;
        }
        String why;
        if (n < CAP_MINIMUM) {
            why = String.format(Locale.ROOT, "%d years are too few (a free cap needs %d)", n, CAP_MINIMUM);
        } else if (!(Math.abs(fixed.slope()) > 2 * fixed.slopeSe())) {
            why = "the share has no clear trend (slope within two standard errors of zero)";
        } else {
            LogisticCurve.Result capped = LogisticCurve.fit(x, z, max, fixed, START_FRACTIONS);
            why = capped == null ? "the least-squares search did not converge" : checkIdentified(capped, max);
            if (why == null) {
                return cappedFit(series, x, z, tbar, capped);
            }
        }
        return fixedFit(series, x, tbar, fixed, why);
    }

    private static String checkIdentified(LogisticCurve.Result r, double max) {
        double fraction = (r.cap() - max) / (1 - max);
        if (fraction < BOUND_FRACTION) {
            return String.format(Locale.ROOT, "the cap ran to its lower bound, the largest share %.4f", max);
        }
        if (fraction > 1 - BOUND_FRACTION) {
            return "the cap ran to its upper bound 1";
        }
        return null;
    }

    private TrendFit cappedFit(AnnualSeries series, double[] x, double[] z, double tbar, LogisticCurve.Result r) {
        int n = x.length;
        double cap = r.cap();
        double a = r.intercept();
        double k = r.slope();
        double[][] jac = new double[n][];
        double[] residuals = new double[n];
        double[] fitted = new double[n];
        double sse = 0;
        for (int i = 0; i < n; i++) {
            jac[i] = LogisticCurve.gradient(cap, a, k, x[i]);
            residuals[i] = z[i] - LogisticCurve.logitValue(cap, a, k, x[i]);
            fitted[i] = share(cap, a + k * x[i]);
            sse += residuals[i] * residuals[i];
        }
        RealMatrix j = new Array2DRowRealMatrix(jac, false);
        SingularValueDecomposition svd =
                new SingularValueDecomposition(j.transpose().multiply(j));
        if (!(svd.getConditionNumber() < MAX_CONDITION)) {
            return fixedFit(
                    series,
                    x,
                    tbar,
                    LineFit.of(series.years(), z),
                    "the cap and the slope cannot be told apart (singular information matrix)");
        }
        double s2 = sse / (n - 3);
        RealMatrix cov = svd.getSolver().getInverse().scalarMultiply(s2);
        int last = series.lastYear();
        List<Parameter> parameters = List.of(
                new Parameter("cap", cap, Math.sqrt(cov.getEntry(0, 0))),
                new Parameter("intercept", a, Math.sqrt(cov.getEntry(1, 1))),
                new Parameter("slope", k, Math.sqrt(cov.getEntry(2, 2))));
        return BasicTrendFit.of(
                family(),
                series,
                parameters,
                Math.sqrt(s2),
                InformationCriteria.gaussianAicc(sse, n, 4),
                AnnualSeries.of(series.name() + ".fitted", series.years(), fitted),
                AnnualSeries.of(series.name() + ".residuals", series.years(), residuals),
                share(cap, a + k * (last - tbar)),
                h -> share(cap, a + k * (last + h - tbar)),
                "");
    }

    private TrendFit fixedFit(AnnualSeries series, double[] x, double tbar, LineFit line, String why) {
        int n = x.length;
        double[] fitted = new double[n];
        for (int i = 0; i < n; i++) {
            fitted[i] = share(1, line.at(series.year(i)));
        }
        int last = series.lastYear();
        List<Parameter> parameters = List.of(
                new Parameter("cap", 1, Double.NaN),
                new Parameter("intercept", line.intercept(), line.interceptSe()),
                new Parameter("slope", line.slope(), line.slopeSe()));
        return BasicTrendFit.of(
                family(),
                series,
                parameters,
                line.sigma(),
                InformationCriteria.gaussianAicc(line.sse(), n, Regressions.LINE_K),
                AnnualSeries.of(series.name() + ".fitted", series.years(), fitted),
                AnnualSeries.of(series.name() + ".residuals", series.years(), line.residuals()),
                share(1, line.at(last)),
                h -> share(1, line.at(last + h)),
                "cap not identified: " + why + "; cap fixed at 1 (a straight line in logit(share))");
    }

    /** @return {@code cap / (1 + exp(-u))}, computed without overflow */
    static double share(double cap, double u) {
        return u >= 0 ? cap / (1 + Math.exp(-u)) : cap * Math.exp(u) / (1 + Math.exp(u));
    }

    private static double logit(double s) {
        return Math.log(s / (1 - s));
    }
}
