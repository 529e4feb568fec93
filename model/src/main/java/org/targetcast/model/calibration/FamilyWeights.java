package org.targetcast.model.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.selection.BacktestMemo;
import org.targetcast.model.trend.TrendFamily;

/**
 * Weights for averaging trend families' share forecasts, from how well each forecast the share out of
 * sample: stacking of predictive distributions on the log score (Yao, Vehtari, Simpson and Gelman, 2018).
 *
 * <p>Each family in turn replaces the scenario's trend for both components (explicit growth stays
 * explicit) and is backtested by {@link ShareCalibration} on the history: rolling origins with only the data
 * up to each origin, horizons 1 to 6, so every score uses data available at the latest origin and none after
 * it. On the checks every family could score, the weights maximise
 * <pre>
 *   Σ_i log Σ_f w_f p_f(y_i),   w_f ≥ 0,  Σ w_f = 1
 * </pre>
 * where {@code p_f(y_i)} is family f's predictive density of the realised ln(D/O) of check i. The problem is
 * concave; the fixed-point (EM) iteration {@code w_f ← mean_i w_f p_f(y_i) / Σ_g w_g p_g(y_i)} converges to
 * its maximum. Fewer than {@value #MIN_CHECKS} common checks give equal weights, and a family that cannot be
 * backtested gets weight 0; both are noted.
 *
 * <p><b>The weights carry their own uncertainty</b> (Bayesian-bootstrap stacking, Yao et al. 2018,
 * section 4): a few dozen overlapping checks cannot tell two close families apart, yet the maximum above
 * puts all the weight on whichever scored a little better. So the maximisation is repeated
 * {@value #REPLICATES} times, each time with the checks weighted by Dirichlet(1, …, 1) weights drawn per
 * origin year (a check shares its origin's weight: checks from one origin are not independent), and the
 * weights are the mean over the replicates; their 10th and 90th percentiles are kept as the weights'
 * interval. The draws are seeded, so the weights are reproducible.
 *
 * @param families the families, in the order asked
 * @param weights their weights, summing to 1
 * @param meanLogScores each family's mean log score on the common checks ({@code NaN} when not scored)
 * @param checks the number of common checks
 * @param notes fallbacks taken
 * @param lower each weight's 10th percentile over the bootstrap replicates (the weight itself when not
 *     bootstrapped)
 * @param upper each weight's 90th percentile
 */
public record FamilyWeights(
        List<TrendFamily> families,
        double[] weights,
        double[] meanLogScores,
        int checks,
        List<String> notes,
        double[] lower,
        double[] upper) {
    /** Fewest common checks for stacking; below it the weights are equal. */
    public static final int MIN_CHECKS = 5;

    /** Bayesian-bootstrap replicates of the stacking. */
    public static final int REPLICATES = 200;

    private static final int ITERATIONS = 2000;
    private static final int REPLICATE_ITERATIONS = 500;
    /** A replicate's EM stops once no weight moves by more than this in an iteration. */
    private static final double REPLICATE_TOLERANCE = 1e-6;

    private static final long SEED = 20_240_101L;

    /** Checks the lengths and copies. */
    public FamilyWeights {
        families = List.copyOf(families);
        if (weights.length != families.size()
                || meanLogScores.length != families.size()
                || lower.length != families.size()
                || upper.length != families.size()) {
            throw ModelException.of(
                    "family weights: %d families, %d weights, %d scores, %d and %d interval ends",
                    families.size(), weights.length, meanLogScores.length, lower.length, upper.length);
        }
        weights = weights.clone();
        meanLogScores = meanLogScores.clone();
        lower = lower.clone();
        upper = upper.clone();
        notes = List.copyOf(notes);
    }

    /**
     * Weights without an interval of their own (the interval is the weights themselves).
     *
     * @param families the families
     * @param weights their weights
     * @param meanLogScores their mean log scores
     * @param checks the number of common checks
     * @param notes fallbacks taken
     */
    public FamilyWeights(
            List<TrendFamily> families, double[] weights, double[] meanLogScores, int checks, List<String> notes) {
        this(families, weights, meanLogScores, checks, notes, weights, weights);
    }

    /** What the stacking weights are a function of: the memo's key. */
    private record Key(
            Scenario scenario,
            ComponentHistory history,
            List<TrendFamily> families,
            Projector projector,
            ErrorCalibration calibration) {}

    /**
     * {@link #estimate(Scenario, ComponentHistory, List)}, remembered in a memo shared by a run.
     *
     * @param scenario the scenario whose fit windows and uncertainty settings each family takes
     * @param history the observed history
     * @param families the families to weigh, at least one
     * @param memo where the weights are remembered
     * @return the weights
     */
    public static FamilyWeights estimate(
            Scenario scenario, ComponentHistory history, List<TrendFamily> families, BacktestMemo memo) {
        return estimate(
                scenario,
                history,
                families,
                memo,
                Projector.withDefaults(),
                ErrorCalibration.unfitted(scenario.uncertainty().calibration()));
    }

    /**
     * {@link #estimate(Scenario, ComponentHistory, List, Projector, ErrorCalibration)}, remembered in a memo shared by a run.
     *
     * @param scenario the scenario whose fit windows and uncertainty settings each family takes
     * @param history the observed history
     * @param families the families to weigh, at least one
     * @param memo where the weights are remembered
     * @param projector the run's projector (a pooled family pools over its panel)
     * @param calibration the scenario's calibration, as its forecast carries it
     * @return the weights
     */
    public static FamilyWeights estimate(
            Scenario scenario,
            ComponentHistory history,
            List<TrendFamily> families,
            BacktestMemo memo,
            Projector projector,
            ErrorCalibration calibration) {
        return memo.remember(
                new Key(scenario, history, List.copyOf(families), projector, calibration),
                FamilyWeights.class,
                () -> estimate(scenario, history, families, projector, calibration));
    }

    /**
     * @param scenario the scenario whose fit windows and uncertainty settings each family takes
     * @param history the observed history
     * @param families the families to weigh, at least one
     * @return the stacking weights
     */
    public static FamilyWeights estimate(Scenario scenario, ComponentHistory history, List<TrendFamily> families) {
        return estimate(
                scenario,
                history,
                families,
                Projector.withDefaults(),
                ErrorCalibration.unfitted(scenario.uncertainty().calibration()));
    }

    /**
     * @param scenario the scenario whose fit windows and uncertainty settings each family takes
     * @param history the observed history
     * @param families the families to weigh, at least one
     * @param projector how each family's backtests are projected (the run's own: {@code pooled} pools over
     *     the run's panel, cut at each origin)
     * @param calibration the scenario's calibration, as its forecast carries it: each family's bands are
     *     made with it (with the Student-t summary of its errors where the bands are the errors themselves)
     * @return the stacking weights
     */
    public static FamilyWeights estimate(
            Scenario scenario,
            ComponentHistory history,
            List<TrendFamily> families,
            Projector projector,
            ErrorCalibration calibration) {
        if (families.isEmpty()) {
            throw ModelException.of("family weights: no family to weigh");
        }
        List<Map<String, Double>> scores = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> common = null;
        // the log score needs a density: where the bands are the other economies' errors (a step-wise
        // distribution with bounded support), each family is scored with the Student-t those same errors
        // were summarised by
        ErrorCalibration asScored = calibration.withoutErrors();
        for (TrendFamily f : families) {
            Map<String, Double> byCheck = new HashMap<>();
            try {
                ShareCalibrationResult r = ShareCalibration.withDefaults()
                        .withProjector(projector)
                        .evaluate(history, withFamily(scenario, f), asScored);
                r.checks().forEach(c -> byCheck.put(c.origin() + "+" + c.horizon(), c.logDensity()));
            } catch (ModelException e) {
                notes.add(f.key() + ": not backtested (" + e.getMessage() + "); weight 0");
            }
            scores.add(byCheck);
            if (!byCheck.isEmpty()) {
                common = common == null ? new LinkedHashSet<>(byCheck.keySet()) : common;
                common.retainAll(byCheck.keySet());
            }
        }
        int n = families.size();
        double[] w = new double[n];
        double[] mean = new double[n];
        java.util.Arrays.fill(mean, Double.NaN);
        List<String> keys = common == null ? List.of() : List.copyOf(common);
        int usable = (int) scores.stream().filter(m -> !m.isEmpty()).count();
        if (keys.size() < MIN_CHECKS || usable == 0) {
            notes.add(String.format(
                    Locale.ROOT, "%d common backtest checks, fewer than %d: equal weights", keys.size(), MIN_CHECKS));
            for (int f = 0; f < n; f++) {
                w[f] = usable == 0 || !scores.get(f).isEmpty() ? 1.0 / (usable == 0 ? n : usable) : 0;
            }
            return new FamilyWeights(families, w, mean, keys.size(), notes);
        }
        double[][] logP = new double[n][keys.size()];
        for (int f = 0; f < n; f++) {
            boolean scored = !scores.get(f).isEmpty();
            double sum = 0;
            for (int i = 0; i < keys.size(); i++) {
                logP[f][i] = scored ? scores.get(f).get(keys.get(i)) : Double.NEGATIVE_INFINITY;
                sum += logP[f][i];
            }
            mean[f] = scored ? sum / keys.size() : Double.NaN;
            w[f] = scored ? 1.0 / usable : 0;
        }
        int[] origin = keys.stream()
                .mapToInt(k -> Integer.parseInt(k.substring(0, k.indexOf('+'))))
                .toArray();
        return bootstrapped(families, logP, w, origin, mean, keys.size(), notes);
    }

    /**
     * Bayesian-bootstrap stacking: the mean and the 10th and 90th percentiles of the stacking weights over
     * {@value #REPLICATES} Dirichlet(1, …, 1) reweightings of the origins.
     */
    static FamilyWeights bootstrapped(
            List<TrendFamily> families,
            double[][] logP,
            double[] start,
            int[] origin,
            double[] mean,
            int checks,
            List<String> notes) {
        int n = logP.length;
        int m = logP[0].length;
        int[] distinct = java.util.Arrays.stream(origin).distinct().sorted().toArray();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
        double[][] p = densities(logP);
        // each replicate starts halfway between the full-sample optimum and the equal start: near its own
        // optimum, yet with no family at 0 (the EM never moves a weight away from 0)
        double[] ones = new double[m];
        java.util.Arrays.fill(ones, 1);
        double[] optimum = stack(p, start, ones, ITERATIONS, 1e-12);
        double[] warm = new double[n];
        for (int f = 0; f < n; f++) {
            warm[f] = (optimum[f] + start[f]) / 2;
        }
        double[][] draws = new double[n][REPLICATES];
        double[] sum = new double[n];
        double[] alpha = new double[m];
        double[] byOrigin = new double[distinct.length];
        for (int b = 0; b < REPLICATES; b++) {
            for (int o = 0; o < distinct.length; o++) {
                byOrigin[o] = -Math.log(1 - rng.nextDouble());
            }
            for (int i = 0; i < m; i++) {
                alpha[i] = byOrigin[java.util.Arrays.binarySearch(distinct, origin[i])];
            }
            double[] w = stack(p, warm, alpha, REPLICATE_ITERATIONS, REPLICATE_TOLERANCE);
            for (int f = 0; f < n; f++) {
                draws[f][b] = w[f];
                sum[f] += w[f];
            }
        }
        double[] weights = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int f = 0; f < n; f++) {
            weights[f] = sum[f] / REPLICATES;
            double[] sorted = draws[f].clone();
            java.util.Arrays.sort(sorted);
            lower[f] = sorted[(int) Math.floor(0.1 * (REPLICATES - 1))];
            upper[f] = sorted[(int) Math.ceil(0.9 * (REPLICATES - 1))];
        }
        return new FamilyWeights(families, weights, mean, checks, notes, lower, upper);
    }

    /** EM for the mixture weights with fixed component densities, on the log scale for stability. */
    static double[] stack(double[][] logP, double[] start) {
        double[] equal = new double[logP[0].length];
        java.util.Arrays.fill(equal, 1);
        return stack(logP, start, equal, ITERATIONS);
    }

    /**
     * EM for the mixture weights maximising {@code Σ_i α_i log Σ_f w_f p_f(y_i)}, the checks weighted by
     * {@code α}.
     */
    static double[] stack(double[][] logP, double[] start, double[] alpha, int iterations) {
        return stack(densities(logP), start, alpha, iterations, 1e-12);
    }

    /**
     * Each check's densities divided by the largest of them ({@code exp(logP − max_f logP)}), so that the
     * EM needs no exponential and cannot overflow; families with no score have density 0.
     */
    static double[][] densities(double[][] logP) {
        int n = logP.length;
        int m = logP[0].length;
        double[][] p = new double[n][m];
        for (int i = 0; i < m; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int f = 0; f < n; f++) {
                max = Math.max(max, logP[f][i]);
            }
            for (int f = 0; f < n; f++) {
                p[f][i] = max == Double.NEGATIVE_INFINITY ? 0 : Math.exp(logP[f][i] - max);
            }
        }
        return p;
    }

    /**
     * The weights maximising the concave {@code L(w) = Σ_i α_i log Σ_f w_f p_f(y_i)} over the simplex, on
     * relative densities: Newton steps on the weights not at zero (an active set). Each step maximises the
     * quadratic model of {@code L} on the face {@code Σ d = 0}, goes as far as a weight stays at or above zero
     * (a weight that reaches zero is set to zero and held there), and halves until {@code L} rises. At the
     * face's optimum, a weight held at zero whose gradient exceeds the others' (the Karush–Kuhn–Tucker
     * condition fails) is released. Families that score no check keep weight zero, as the EM gives them after
     * one step. The optimum is the EM's fixed point, reached exactly in a handful of steps where the EM, slow
     * near a weight of zero, takes hundreds. Stops once a step moves no weight by more than {@code tolerance}
     * and no weight is to be released, or after {@code iterations} steps.
     */
    private static double[] stack(double[][] p, double[] start, double[] alpha, int iterations, double tolerance) {
        int n = p.length;
        int m = p[0].length;
        double[] w = start.clone();
        boolean[] free = new boolean[n];
        for (int f = 0; f < n; f++) {
            boolean scores = false;
            for (int i = 0; i < m && !scores; i++) {
                scores = p[f][i] > 0 && alpha[i] > 0;
            }
            free[f] = scores && w[f] > 0;
            if (!free[f]) {
                w[f] = 0;
            }
        }
        normalise(w);
        double objective = objective(p, alpha, w);
        double[] g = new double[n];
        double[][] h = new double[n][n];
        double[] trial = new double[n];
        int released = -1;
        for (int it = 0; it < Math.min(iterations, 200); it++) {
            gradientAndCurvature(p, alpha, w, g, h);
            double[] d = newtonOnFace(g, h, free);
            double largest = 0;
            for (int f = 0; f < n; f++) {
                largest = Math.max(largest, Math.abs(d[f]));
            }
            if (largest < tolerance) {
                int release = release(g, w, free, p, alpha);
                if (release < 0 || release == released) {
                    break;
                }
                free[release] = true;
                released = release;
                continue;
            }
            released = -1;
            double reach = 1;
            int blocking = -1;
            for (int f = 0; f < n; f++) {
                if (free[f] && d[f] < 0 && -w[f] / d[f] < reach) {
                    reach = -w[f] / d[f];
                    blocking = f;
                }
            }
            double slope = 0;
            for (int f = 0; f < n; f++) {
                slope += g[f] * d[f];
            }
            double t = reach;
            double o = Double.NEGATIVE_INFINITY;
            for (int halvings = 0; halvings < 60; halvings++) {
                for (int f = 0; f < n; f++) {
                    trial[f] = free[f] ? Math.max(0, w[f] + t * d[f]) : 0;
                }
                if (t == reach && blocking >= 0) {
                    trial[blocking] = 0;
                }
                normalise(trial);
                o = objective(p, alpha, trial);
                if (o >= objective + 1e-4 * t * slope) {
                    break;
                }
                t /= 2;
            }
            if (!(o >= objective)) {
                break;
            }
            double moved = 0;
            for (int f = 0; f < n; f++) {
                moved = Math.max(moved, Math.abs(trial[f] - w[f]));
                w[f] = trial[f];
                if (w[f] == 0) {
                    free[f] = false;
                }
            }
            objective = o;
            if (moved < tolerance && release(g, w, free, p, alpha) < 0) {
                break;
            }
        }
        return w;
    }

    private static void normalise(double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        if (sum > 0) {
            for (int f = 0; f < w.length; f++) {
                w[f] /= sum;
            }
        }
    }

    /** The gradient of {@code L} and its negative Hessian, {@code Σ_i α_i p_i p_iᵀ / (p_i·w)²}. */
    private static void gradientAndCurvature(double[][] p, double[] alpha, double[] w, double[] g, double[][] h) {
        int n = p.length;
        java.util.Arrays.fill(g, 0);
        for (double[] row : h) {
            java.util.Arrays.fill(row, 0);
        }
        for (int i = 0; i < p[0].length; i++) {
            double total = 0;
            for (int f = 0; f < n; f++) {
                total += w[f] * p[f][i];
            }
            if (total <= 0) {
                continue;
            }
            double a = alpha[i] / total;
            for (int f = 0; f < n; f++) {
                g[f] += a * p[f][i];
                for (int k = 0; k < n; k++) {
                    h[f][k] += a / total * p[f][i] * p[k][i];
                }
            }
        }
    }

    /**
     * The step maximising {@code gᵀd − ½ dᵀHd} over the free weights with {@code Σ d = 0}: {@code d = A⁻¹(g − λ1)},
     * {@code λ = 1ᵀA⁻¹g / 1ᵀA⁻¹1}, {@code A} the free block of the negative Hessian with a ridge of 10⁻¹⁰ of its
     * trace (families whose densities coincide make it singular; any split between them is as good).
     */
    private static double[] newtonOnFace(double[] g, double[][] h, boolean[] free) {
        int n = g.length;
        int[] idx = java.util.stream.IntStream.range(0, n).filter(f -> free[f]).toArray();
        double[] d = new double[n];
        int k = idx.length;
        if (k < 2) {
            return d;
        }
        double trace = 0;
        for (int f : idx) {
            trace += h[f][f];
        }
        double[][] a = new double[k][k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                a[r][c] = h[idx[r]][idx[c]];
            }
            a[r][r] += 1e-10 * trace + Double.MIN_NORMAL;
        }
        double[] gf = new double[k];
        double[] ones = new double[k];
        for (int r = 0; r < k; r++) {
            gf[r] = g[idx[r]];
            ones[r] = 1;
        }
        org.apache.commons.math3.linear.DecompositionSolver solver =
                new org.apache.commons.math3.linear.LUDecomposition(
                                new org.apache.commons.math3.linear.Array2DRowRealMatrix(a, false), 0)
                        .getSolver();
        double[] x = solver.solve(new org.apache.commons.math3.linear.ArrayRealVector(gf, false))
                .toArray();
        double[] y = solver.solve(new org.apache.commons.math3.linear.ArrayRealVector(ones, false))
                .toArray();
        double sx = 0;
        double sy = 0;
        for (int r = 0; r < k; r++) {
            sx += x[r];
            sy += y[r];
        }
        double lambda = sx / sy;
        for (int r = 0; r < k; r++) {
            d[idx[r]] = x[r] - lambda * y[r];
        }
        return d;
    }

    /**
     * @return a weight held at zero whose gradient exceeds the free weights' common value {@code Σ_f w_f g_f}
     *     (by a relative 10⁻⁹), the largest such; −1 when the Karush–Kuhn–Tucker conditions hold
     */
    private static int release(double[] g, double[] w, boolean[] free, double[][] p, double[] alpha) {
        double mu = 0;
        for (int f = 0; f < g.length; f++) {
            mu += w[f] * g[f];
        }
        int best = -1;
        double most = mu * (1 + 1e-9);
        for (int f = 0; f < g.length; f++) {
            if (!free[f] && g[f] > most) {
                boolean scores = false;
                for (int i = 0; i < p[0].length && !scores; i++) {
                    scores = p[f][i] > 0 && alpha[i] > 0;
                }
                if (scores) {
                    most = g[f];
                    best = f;
                }
            }
        }
        return best;
    }

    /** {@code Σ_i α_i log Σ_f w_f p_f(y_i)} over the checks some family scores. */
    static double objective(double[][] p, double[] alpha, double[] w) {
        double sum = 0;
        for (int i = 0; i < p[0].length; i++) {
            double total = 0;
            for (int f = 0; f < p.length; f++) {
                total += w[f] * p[f][i];
            }
            if (total > 0) {
                sum += alpha[i] * Math.log(total);
            }
        }
        return sum;
    }

    /**
     * @param scenario a scenario
     * @param family a trend family
     * @return the scenario with that family for both components and no average of its own
     */
    public static Scenario withFamily(Scenario scenario, TrendFamily family) {
        return scenario.withDigital(scenario.digital().withModel(family))
                .withOther(scenario.other().withModel(family))
                .withUncertainty(scenario.uncertainty().withFamilies(List.of()));
    }

    /**
     * @param family a family
     * @return its weight, 0 if it is not one of these
     */
    public double weight(TrendFamily family) {
        int i = families.indexOf(family);
        return i < 0 ? 0 : weights[i];
    }
}
