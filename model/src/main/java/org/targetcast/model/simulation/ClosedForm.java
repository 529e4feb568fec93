package org.targetcast.model.simulation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.targetcast.model.ModelException;
import org.targetcast.model.scenario.HorizonErrors;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;

/**
 * The exact distribution of the share when the shocks are Gaussian. Then {@code L = ln(D/O)} is Gaussian in
 * every year: with shocks as in {@link ShockModel},
 * <pre>
 *   E L(c+K)   = L(c) + Σ_{k≤K} (g_D(k) − g_O(k))
 *   Var L(c+K) = v · Σ_{j≤K} a_{K,j}² + τ_D² n_D(K)² + τ_O² n_O(K)² − 2ρ_δ τ_D τ_O n_D(K) n_O(K),
 *   a_{K,j} = Σ_{k=j..K} φ^{k−j}
 * </pre>
 * where {@code v = σ_D² + σ_O² − 2ρσ_Dσ_O} and n_c(K) counts the trend-driven years up to K. The share
 * {@code s = 1/(1 + e^{−L})} is monotone in L, so {@code P(s ≥ X) = Φ((E L − logit X)/sd L)} and the share's
 * q-quantile is {@code 1/(1 + exp(−(E L + z_q sd L)))}. For a growth target the yearly digital growths
 * must each clear {@code ln(1+g)}; they are independent given a path's draws (its trend draw and volatility
 * scale) when the shocks are not persistent, so {@link #growthProbability} integrates
 * {@code Π_k Φ((g_D(k) − ln(1+g))/σ_D)} over those draws, times 1 or 0 for the observed years (without
 * draws it is that product itself). First passage ("reached by") has no closed form here and is left to the simulation.
 * When the shocks are mapped to forecast errors ({@link ShockModel#byErrors()}), L in a year h years ahead is
 * {@code E L + e} with e drawn from those errors at horizon h ({@link HorizonErrors}): then
 * {@code P(s ≥ X) = 1 − F_h(logit X − E L)} and the share's q-quantile is {@code 1/(1 + exp(−(E L + Q_h(q))))}.
 * When the volatilities carry their estimation uncertainty ({@link ShockModel#volatilityDf()} finite), every
 * path's shocks share one scale draw, so {@code (L − E L)/sd L} is Student-t with that many degrees of freedom
 * and Φ above is its distribution function (and its quantile function replaces z_q).
 */
public final class ClosedForm {
    /** Nodes of the Gauss–Hermite rule over a path's trend draw ({@link #growthProbability}). */
    static final int HERMITE_NODES = 24;
    /** Nodes of the trapezoid rule over a path's volatility scale ({@link #growthProbability}). */
    static final int SCALE_NODES = 40;

    /** The mass of χ²_ν left out of the trapezoid rule at each end. */
    private static final double TAIL = 1e-12;

    private static final GaussIntegrator HERMITE = new GaussIntegratorFactory().hermite(HERMITE_NODES);

    private final SimulationPlan plan;
    private final ShockModel shocks;
    private final double[] mean;
    private final double[] sd;
    /** Per component (0 digital, 1 other), E and sd of its log growth since the latest observed year. */
    private final double[][] growthMean;

    private final double[][] growthSd;
    private final TDistribution tDist;
    /** The errors ln(D/O)'s distribution is mapped to, or null: then it is Gaussian (or Student-t). */
    private final HorizonErrors errors;

    private ClosedForm(
            SimulationPlan plan,
            ShockModel shocks,
            double[] mean,
            double[] sd,
            double[][] growthMean,
            double[][] growthSd) {
        this.plan = plan;
        this.shocks = shocks;
        this.mean = mean;
        this.sd = sd;
        this.growthMean = growthMean;
        this.growthSd = growthSd;
        this.tDist = shocks.isScaleKnown() ? null : new TDistribution(null, shocks.volatilityDf(), 1e-12);
        this.errors = shocks.byErrors() ? shocks.errors() : null;
    }

    /**
     * @param plan the deterministic skeleton
     * @param shocks Gaussian shocks
     * @return the closed form
     * @throws ModelException if the shocks are not Gaussian
     */
    public static ClosedForm of(SimulationPlan plan, ShockModel shocks) {
        if (!shocks.isGaussian()) {
            throw ModelException.of(
                    "the closed form needs Gaussian shocks; Student-t tails (df = %s) are set", shocks.tailDf());
        }
        int h = plan.years();
        double[] mean = new double[h];
        double[] sd = new double[h];
        double v = shocks.logRatioVariance();
        double persistence = shocks.persistence();
        double[][] growthMean = new double[2][h];
        double[][] growthSd = new double[2][h];
        double l = plan.startLogRatio();
        double cumD = 0;
        double cumO = 0;
        int nd = 0;
        int no = 0;
        for (int k = 1; k <= h; k++) {
            l += plan.growthDigital()[k - 1] - plan.growthOther()[k - 1];
            mean[k - 1] = l;
            cumD += plan.growthDigital()[k - 1];
            cumO += plan.growthOther()[k - 1];
            growthMean[0][k - 1] = cumD;
            growthMean[1][k - 1] = cumO;
            nd += plan.trendDigital()[k - 1] ? 1 : 0;
            no += plan.trendOther()[k - 1] ? 1 : 0;
            double sumA2 = 0;
            for (int j = 1; j <= k; j++) {
                double a = persistence == 0 ? 1 : (1 - Math.pow(persistence, k - j + 1)) / (1 - persistence);
                sumA2 += a * a;
            }
            double var = v * sumA2 + shocks.parameterLogRatioVariance(nd, no);
            sd[k - 1] = Math.sqrt(var);
            growthSd[0][k - 1] = Math.sqrt(sq(shocks.sigmaDigital()) * sumA2 + sq(shocks.parameterSdDigital() * nd));
            growthSd[1][k - 1] = Math.sqrt(sq(shocks.sigmaOther()) * sumA2 + sq(shocks.parameterSdOther() * no));
        }
        return new ClosedForm(plan, shocks, mean, sd, growthMean, growthSd);
    }

    /**
     * @param year a projected year
     * @return E ln(D/O) in that year
     */
    public double meanLogRatio(int year) {
        return mean[index(year)];
    }

    /**
     * @param year a projected year
     * @return sd ln(D/O) in that year
     */
    public double sdLogRatio(int year) {
        return sd[index(year)];
    }

    /**
     * @param year a projected year
     * @param share a share in (0, 1)
     * @return P(share in that year ≥ the given share)
     */
    public double probabilityAtLeast(int year, double share) {
        double thr = Math.log(share / (1 - share));
        int i = index(year);
        if (errors != null) {
            return 1 - errors.cdf(i + 1, thr - mean[i]);
        }
        if (sd[i] == 0) {
            return mean[i] >= thr ? 1 : 0;
        }
        return standardCdf((mean[i] - thr) / sd[i]);
    }

    /**
     * @param t a share target for a single year
     * @return P(share in the target year ≥ target)
     * @throws ModelException for a "reached by" target (first passage has no closed form here)
     */
    public double probability(ShareTarget t) {
        if (t.reachedBy()) {
            throw ModelException.of("target %s: first passage has no closed form; it is simulated", t.label());
        }
        return probabilityAtLeast(t.year(), t.share());
    }

    /**
     * The probability of a growth target. Without persistence each year's digital log growth is
     * {@code g(k) + s·τ_D·Z·[k trend-driven] + s·σ_D·ε_k}, with ε_k independent standard normals, Z the path's
     * trend draw and s its volatility scale ({@code s² = ν/χ²_ν}, or 1 when the volatilities are known): given
     * s and Z the years are independent. So for "every year": {@code P = E_s E_Z Π_k Φ((g(k) − ln(1+g) +
     * s τ_D Z [k trend-driven]) / (s σ_D))}, integrated over Z by Gauss–Hermite quadrature
     * ({@value #HERMITE_NODES} nodes) and over ln χ²_ν by the trapezoid rule ({@value #SCALE_NODES} nodes
     * between the 10⁻¹² and 1 − 10⁻¹² quantiles); both rules converge geometrically for these smooth
     * integrands: against 200 × 80 nodes they differ by under 10⁻¹² for ν = 14 and 10⁻⁷ for ν = 4 (tested
     * against simulations in GrowthProbabilityQuadratureTest). Times 1 or 0 for the observed years. For the average the years' sum is, given s, Gaussian
     * with sd {@code s·√(n σ_D² + τ_D² n_trend²)}, so {@code P = F((Σ g − need)/√(n σ_D² + τ_D² n_trend²))}
     * with F the normal or Student-t distribution function.
     *
     * @param t a growth target
     * @return P(digital grows by at least the threshold in every year of the range, or on average)
     * @throws ModelException if the shocks are persistent (the years are then dependent through the
     *     shocks themselves; such targets are simulated)
     */
    public double growthProbability(GrowthTarget t) {
        if (shocks.persistence() != 0) {
            throw ModelException.of(
                    "target %s: with persistent shocks the years are dependent; it is simulated", t.label());
        }
        double sigma = shocks.sigmaDigital();
        double tau = shocks.parameterSdDigital();
        int from = Math.max(t.from(), plan.lastObservedYear() + 1);
        if (t.average()) {
            double mean = plan.observedLogGrowth(t);
            int projected = 0;
            int trend = 0;
            for (int y = from; y <= t.to(); y++) {
                mean += plan.growthDigital()[index(y)];
                projected++;
                trend += plan.trendDigital()[index(y)] ? 1 : 0;
            }
            double need = SimulationPlan.totalThreshold(t);
            double sd = Math.sqrt(sigma * sigma * projected + tau * tau * trend * trend);
            return sd == 0 ? (mean >= need ? 1 : 0) : standardCdf((mean - need) / sd);
        }
        if (!plan.observedYearsMeet(t)) {
            return 0;
        }
        double thr = Math.log1p(t.atLeast());
        int n = Math.max(0, t.to() - from + 1);
        double[] margin = new double[n];
        boolean[] trend = new boolean[n];
        boolean anyTrend = false;
        for (int k = 0; k < n; k++) {
            margin[k] = plan.growthDigital()[index(from + k)] - thr;
            trend[k] = tau > 0 && plan.trendDigital()[index(from + k)];
            anyTrend |= trend[k];
        }
        if (sigma == 0) {
            // only the path's draws move growth: every year without one must clear the threshold as projected,
            // and those with one need s·τ_D·Z ≥ the largest shortfall, where s·Z is t (or normal)
            double need = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                if (!trend[k] && margin[k] < 0) {
                    return 0;
                }
                if (trend[k]) {
                    need = Math.max(need, -margin[k] / tau);
                }
            }
            return need == Double.NEGATIVE_INFINITY ? 1 : 1 - standardCdf(need);
        }
        if (shocks.isScaleKnown()) {
            return overTrendDraw(margin, trend, anyTrend, sigma, tau, 1);
        }
        // E over the scale: s² = ν/X, X ~ χ²_ν, by the trapezoid rule in y = ln X (density e^y f_X(e^y))
        double nu = shocks.volatilityDf();
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution(null, nu);
        // the distribution's own inverse returns 0 at 10⁻¹² for small ν: then the χ² law's behaviour near 0,
        // F(x) ≈ (x/2)^{ν/2} / Γ(ν/2 + 1), gives the quantile
        double q = chi2.inverseCumulativeProbability(TAIL);
        double lo = q > 0 ? Math.log(q) : Math.log(2) + (2 / nu) * (Math.log(TAIL) + Gamma.logGamma(nu / 2 + 1));
        double hi = Math.log(chi2.inverseCumulativeProbability(1 - TAIL));
        double step = (hi - lo) / (SCALE_NODES - 1);
        double total = 0;
        double weights = 0;
        for (int i = 0; i < SCALE_NODES; i++) {
            double y = lo + i * step;
            double x = Math.exp(y);
            double w = (i == 0 || i == SCALE_NODES - 1 ? 0.5 : 1) * x * chi2.density(x);
            total += w * overTrendDraw(margin, trend, anyTrend, sigma, tau, Math.sqrt(nu / x));
            weights += w;
        }
        return total / weights;
    }

    /** E_Z Π_k Φ((m_k + s τ Z [trend_k]) / (s σ)) for one scale s, by Gauss–Hermite over Z. */
    private static double overTrendDraw(
            double[] margin, boolean[] trend, boolean anyTrend, double sigma, double tau, double scale) {
        double sd = scale * sigma;
        if (!anyTrend) {
            return product(margin, trend, sd, 0);
        }
        double total = 0;
        for (int i = 0; i < HERMITE.getNumberOfPoints(); i++) {
            // ∫ f(z) φ(z) dz = ∫ f(√2 x) e^{−x²} dx / √π
            double z = Math.sqrt(2) * HERMITE.getPoint(i);
            total += HERMITE.getWeight(i) * product(margin, trend, sd, scale * tau * z);
        }
        return total / Math.sqrt(Math.PI);
    }

    private static double product(double[] margin, boolean[] trend, double sd, double draw) {
        double p = 1;
        for (int k = 0; k < margin.length; k++) {
            p *= 0.5 * Erf.erfc(-(margin[k] + (trend[k] ? draw : 0)) / (sd * Math.sqrt(2)));
        }
        return p;
    }

    /**
     * @param year a projected year
     * @param level a probability in (0, 1)
     * @return the share's quantile at that level
     */
    public double shareQuantile(int year, double level) {
        int i = index(year);
        if (errors != null) {
            return 1 / (1 + Math.exp(-(mean[i] + errors.quantile(i + 1, level))));
        }
        double z = quantile(level);
        return 1 / (1 + Math.exp(-(mean[i] + z * sd[i])));
    }

    /**
     * @return quantiles of the share at {@link QuantileLevels}, [year index][level index]
     */
    public double[][] shareQuantiles() {
        double[] levels = QuantileLevels.levels();
        double[][] q = new double[plan.years()][levels.length];
        for (int j = 0; j < levels.length; j++) {
            // the standard quantile once per level, not once per year (a Student-t's is a root search)
            double z = errors != null ? 0 : quantile(levels[j]);
            for (int k = 0; k < plan.years(); k++) {
                double e = errors != null ? errors.quantile(k + 1, levels[j]) : z * sd[k];
                q[k][j] = 1 / (1 + Math.exp(-(mean[k] + e)));
            }
        }
        return q;
    }

    /**
     * The fine quantiles of the share and of both components' levels. A component's log growth since the
     * latest observed year c is Gaussian (Student-t with an estimated scale) like L:
     * <pre>
     *   E ln(D(c+K)/D(c))   = Σ_{k≤K} g_D(k)
     *   Var ln(D(c+K)/D(c)) = σ_D² Σ_{j≤K} a_{K,j}² + τ_D² n_D(K)²
     * </pre>
     * (other alike with σ_O, τ_O, n_O), so its level's q-quantile is {@code D(c) exp(E + z_q sd)}.
     *
     * @param digitalStart digital's level in the latest observed year
     * @param otherStart other's level in the latest observed year
     * @return the quantiles at {@link GridQuantiles#levels()}
     */
    public ProjectedQuantiles projectedQuantiles(double digitalStart, double otherStart) {
        int first = plan.lastObservedYear() + 1;
        return ProjectedQuantiles.of(
                () -> new GridQuantiles(first, logRatioGrid()),
                () -> ProjectedQuantiles.levels(first, digitalStart, growthGrid(0)),
                () -> ProjectedQuantiles.levels(first, otherStart, growthGrid(1)));
    }

    /** @return the share's quantiles at the grid's levels, by year then level */
    /**
     * The standard quantiles (Gaussian, or Student-t with the volatility's degrees of freedom) at the levels of
     * {@link GridQuantiles}, computed once per degrees of freedom: the Student-t's inverse is a root search,
     * and every closed form of a run asks for the same 199 levels.
     */
    private double[] gridQuantiles() {
        double df = tDist == null ? Double.POSITIVE_INFINITY : shocks.volatilityDf();
        double[] z = GRID_Z.get(df);
        if (z == null) {
            double[] levels = GridQuantiles.levels();
            z = new double[levels.length];
            for (int j = 0; j < levels.length; j++) {
                z[j] = quantile(levels[j]);
            }
            if (GRID_Z.size() >= GRID_Z_KEPT) {
                GRID_Z.clear();
            }
            GRID_Z.put(df, z);
        }
        return z;
    }

    private static final Map<Double, double[]> GRID_Z = new ConcurrentHashMap<>();

    private static final int GRID_Z_KEPT = 256;

    private double[][] logRatioGrid() {
        double[] levels = GridQuantiles.levels();
        double[] gridZ = errors != null ? null : gridQuantiles();
        double[][] share = new double[plan.years()][levels.length];
        for (int j = 0; j < levels.length; j++) {
            double z = errors != null ? 0 : gridZ[j];
            for (int k = 0; k < share.length; k++) {
                double e = errors != null ? errors.quantile(k + 1, levels[j]) : z * sd[k];
                share[k][j] = 1 / (1 + Math.exp(-(mean[k] + e)));
            }
        }
        return share;
    }

    /** @return a component's (0 digital, 1 other) log growth quantiles at the grid's levels, by year then level */
    private double[][] growthGrid(int c) {
        double[] levels = GridQuantiles.levels();
        double[] gridZ = gridQuantiles();
        double[][] growth = new double[plan.years()][levels.length];
        for (int j = 0; j < levels.length; j++) {
            double z = gridZ[j];
            for (int k = 0; k < growth.length; k++) {
                growth[k][j] = growthMean[c][k] + z * growthSd[c][k];
            }
        }
        return growth;
    }

    /**
     * @return for every projected year, the probability mass of the share in each {@link ShareGrid} bin:
     *     {@code Φ((logit e_{j+1} − E L)/sd L) − Φ((logit e_j − E L)/sd L)}
     */
    public double[][] shareMass() {
        double[] edges = ShareGrid.edges();
        double[][] m = new double[plan.years()][ShareGrid.BINS];
        for (int k = 0; k < plan.years(); k++) {
            double previous = 0;
            for (int j = 1; j <= ShareGrid.BINS; j++) {
                double cdf;
                if (j == ShareGrid.BINS) {
                    cdf = 1;
                } else if (errors != null) {
                    cdf = errors.cdf(k + 1, Math.log(edges[j] / (1 - edges[j])) - mean[k]);
                } else if (sd[k] == 0) {
                    cdf = mean[k] < Math.log(edges[j] / (1 - edges[j])) ? 1 : 0;
                } else {
                    cdf = standardCdf((Math.log(edges[j] / (1 - edges[j])) - mean[k]) / sd[k]);
                }
                m[k][j - 1] = cdf - previous;
                previous = cdf;
            }
        }
        return m;
    }

    private int index(int year) {
        int i = year - plan.lastObservedYear() - 1;
        if (i < 0 || i >= mean.length) {
            throw ModelException.of(
                    "year %d is not a projected year (%d-%d)", year, plan.lastObservedYear() + 1, plan.horizon());
        }
        return i;
    }

    /** @return the CDF of the standardised log ratio: standard normal, or Student-t where the volatility is estimated */
    private double standardCdf(double z) {
        return tDist == null ? 0.5 * Erf.erfc(-z / Math.sqrt(2)) : tDist.cumulativeProbability(z);
    }

    private double quantile(double level) {
        return tDist == null ? Math.sqrt(2) * Erf.erfInv(2 * level - 1) : tDist.inverseCumulativeProbability(level);
    }

    private static double sq(double x) {
        return x * x;
    }
}
