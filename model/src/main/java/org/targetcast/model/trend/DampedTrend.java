package org.targetcast.model.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.targetcast.model.series.AnnualSeries;

/**
 * Holt's damped additive trend, ETS(A,Ad,N), on the log level; the recursion is in
 * {@link DampedRecursion}. The {@code h}-step forecast of the log level is
 * {@code l_n + (phi + phi^2 + ... + phi^h) b_n}, returned as {@code exp(.)}: the median, no bias correction.
 *
 * <p><b>Estimation</b> minimises the sum of squared one-step errors {@code SSE} (equivalently
 * {@code forecast::ets}'s criterion {@code n ln SSE} for additive errors) over
 * {@code alpha in [1e-4, 0.9999]}, {@code beta in [1e-4, alpha]} and {@code phi in [0.8, 0.98]}, the
 * {@code forecast} package's default ("usual") bounds. For given {@code (alpha, beta, phi)} the errors
 * are affine in the initial states, so {@code (l_0, b_0)} are solved exactly by least squares; the three
 * smoothing parameters are searched by a coarse grid followed by BOBYQA (Powell 2009) from the best grid
 * points. Missing years are missing observations: the states run through them without an update, so
 * excluded shock years need no special treatment.
 *
 * <ul>
 *   <li>Parameters: {@code alpha, beta, phi, l0, b0}; their standard errors are {@code NaN} (not derived).
 *   <li>{@link TrendFit#sigma()}: {@code sqrt(SSE / (n - 5))}, as {@code forecast::ets}'s
 *       {@code sigma2}.
 *   <li>{@link TrendFit#aicc()}: Gaussian AICc with {@code k = 6} (five parameters and sigma), see
 *       {@link InformationCriteria}; it equals {@code forecast}'s {@code aicc} plus
 *       {@code n (ln(2 pi / n) + 1)}, the constant {@code forecast} leaves out of its likelihood.
 *   <li>{@link TrendFit#base()}: the filtered level {@code exp(l_n)}; fitted values are the one-step
 *       predictions.
 *   <li>{@link TrendFit#note()} says when {@code phi} or {@code alpha} ends at a bound.
 *   <li>{@link TrendFit#interval(int, double)}: the ETS class 1 analytic variance (Hyndman, Koehler, Ord
 *       and Snyder 2008, ch. 6; {@code forecast:::class1}) on the log scale,
 *       {@code v_h = sigma^2 (1 + sum_{j=1}^{h-1} c_j^2)}, {@code c_j = alpha + beta (phi + ... + phi^j)},
 *       bounds {@code exp(mean +- q sqrt(v_h))} with {@code q} the normal quantile. Parameter estimation
 *       uncertainty is not included, as in {@code forecast}.
 * </ul>
 * Needs at least {@value #MINIMUM_YEARS} observations, as {@code forecast::ets} does for this model
 * ({@code n > npar + 4}). Reference: Hyndman and Athanasopoulos, <i>Forecasting: Principles and
 * Practice</i>, 3rd ed., sections 8.2 and 8.5; Gardner and McKenzie (1985).
 */
public final class DampedTrend implements TrendModel {
    /** The least number of observations: five parameters plus five, as in {@code forecast::ets}. */
    public static final int MINIMUM_YEARS = 10;
    /** Lower bound of alpha and beta. */
    static final double SMOOTHING_MIN = 1e-4;
    /** Upper bound of alpha. */
    static final double SMOOTHING_MAX = 0.9999;
    /** Lower bound of phi. */
    static final double PHI_MIN = 0.8;
    /** Upper bound of phi. */
    static final double PHI_MAX = 0.98;

    private static final int PARAMETERS = 5;
    private static final int STARTS = 5;
    private static final double[] GRID = {0.0, 0.2, 0.4, 0.6, 0.8, 1.0};

    private static final DampedTrend INSTANCE = new DampedTrend();

    private DampedTrend() {}

    /** @return the damped trend model */
    public static DampedTrend create() {
        return INSTANCE;
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.DAMPED;
    }

    @Override
    public TrendFit fit(AnnualSeries series) {
        Checks.requireLength(series, family(), MINIMUM_YEARS);
        Checks.requirePositive(series, family());
        int[] years = series.years();
        double[] z = Arrays.stream(series.values()).map(Math::log).toArray();
        double[] u = search(years, z);
        double alpha = alpha(u);
        double beta = beta(u, alpha);
        double phi = phi(u);
        double[] s0 = DampedRecursion.bestInitialStates(years, z, alpha, beta, phi);
        return withParameters(series, alpha, beta, phi, s0[0], s0[1]);
    }

    /**
     * The fit with given parameters, not estimated: the recursion, sigma, AICc, forecasts and intervals
     * that {@link #fit(AnnualSeries)} reports for its optimum. Used to compare intervals with
     * {@code forecast::ets} at R's own parameters.
     */
    static TrendFit withParameters(AnnualSeries series, double alpha, double beta, double phi, double l0, double b0) {
        int[] years = series.years();
        double[] z = Arrays.stream(series.values()).map(Math::log).toArray();
        DampedRecursion run = DampedRecursion.run(years, z, alpha, beta, phi, l0, b0);
        int n = years.length;
        double sse = run.sse();
        double sigma = Math.sqrt(sse / (n - PARAMETERS));
        double[] fitted = Arrays.stream(run.predictions()).map(Math::exp).toArray();
        double level = run.level();
        double trend = run.trend();
        List<Parameter> parameters = List.of(
                new Parameter("alpha", alpha, Double.NaN),
                new Parameter("beta", beta, Double.NaN),
                new Parameter("phi", phi, Double.NaN),
                new Parameter("l0", l0, Double.NaN),
                new Parameter("b0", b0, Double.NaN));
        return BasicTrendFit.of(
                        TrendFamily.DAMPED,
                        series,
                        parameters,
                        sigma,
                        InformationCriteria.gaussianAicc(sse, n, PARAMETERS + 1),
                        AnnualSeries.of(series.name() + ".fitted", years, fitted),
                        AnnualSeries.of(series.name() + ".residuals", years, run.errors()),
                        Math.exp(level),
                        h -> Math.exp(level + dampedSum(phi, h) * trend),
                        note(alpha, phi))
                .withIntervals((h, lv) -> {
                    double variance = 1;
                    for (int j = 1; j < h; j++) {
                        double c = alpha + beta * dampedSum(phi, j);
                        variance += c * c;
                    }
                    double q = Quantiles.normal((1 + lv) / 2) * sigma * Math.sqrt(variance);
                    double mean = level + dampedSum(phi, h) * trend;
                    return new double[] {Math.exp(mean - q), Math.exp(mean + q)};
                });
    }

    /** @return {@code phi + phi^2 + ... + phi^h} */
    static double dampedSum(double phi, int h) {
        double sum = 0;
        double p = 1;
        for (int j = 1; j <= h; j++) {
            p *= phi;
            sum += p;
        }
        return sum;
    }

    /** Grid, then BOBYQA from the best grid points; coordinates are in the unit cube. */
    private static double[] search(int[] years, double[] z) {
        List<PointValuePair> grid = new ArrayList<>();
        for (double a : GRID) {
            for (double b : GRID) {
                for (double p : GRID) {
                    double[] u = {a, b, p};
                    grid.add(new PointValuePair(u, sse(years, z, u)));
                }
            }
        }
        grid.sort(Comparator.comparingDouble(PointValuePair::getValue));
        PointValuePair best = grid.get(0);
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(7, 0.1, 1e-9);
        for (PointValuePair start : grid.subList(0, STARTS)) {
            try {
                PointValuePair found = optimizer.optimize(
                        new MaxEval(5000),
                        new ObjectiveFunction(u -> sse(years, z, u)),
                        GoalType.MINIMIZE,
                        new InitialGuess(start.getPoint()),
                        new SimpleBounds(new double[] {0, 0, 0}, new double[] {1, 1, 1}));
                if (found.getValue() < best.getValue()) {
                    best = found;
                }
            } catch (MathIllegalStateException e) {
                // This start did not converge; the grid point and the other starts remain.
                continue;
            }
        }
        return best.getPoint();
    }

    private static double sse(int[] years, double[] z, double[] u) {
        double alpha = alpha(u);
        double beta = beta(u, alpha);
        double phi = phi(u);
        double[] s0 = DampedRecursion.bestInitialStates(years, z, alpha, beta, phi);
        double sse =
                DampedRecursion.run(years, z, alpha, beta, phi, s0[0], s0[1]).sse();
        return Double.isFinite(sse) ? sse : Double.MAX_VALUE;
    }

    private static double alpha(double[] u) {
        return SMOOTHING_MIN + clamp(u[0]) * (SMOOTHING_MAX - SMOOTHING_MIN);
    }

    private static double beta(double[] u, double alpha) {
        return SMOOTHING_MIN + clamp(u[1]) * (alpha - SMOOTHING_MIN);
    }

    private static double phi(double[] u) {
        return PHI_MIN + clamp(u[2]) * (PHI_MAX - PHI_MIN);
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static String note(double alpha, double phi) {
        List<String> notes = new ArrayList<>();
        if (phi <= PHI_MIN + 1e-6) {
            notes.add("phi at its lower bound 0.8 (strong damping)");
        } else if (phi >= PHI_MAX - 1e-6) {
            notes.add("phi at its upper bound 0.98 (almost undamped trend)");
        }
        if (alpha <= SMOOTHING_MIN + 1e-6) {
            notes.add("alpha at its lower bound (level barely updated: close to a deterministic damped path)");
        }
        return String.join("; ", notes);
    }
}
