package org.targetcast.model.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.projection.Component;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.HorizonErrors;
import org.targetcast.model.scenario.PooledCorrelation;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.scenario.UncertaintySpec.ShockSource;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Parameter;
import org.targetcast.model.trend.TrendFit;

/**
 * Fills in the shock model a scenario leaves open, from the data.
 *
 * <p>Volatility of a component: the sample standard deviation (n − 1) of its yearly log growth
 * {@code ln y(t) − ln y(t−1)} over the pairs of consecutive years inside its fit window (excluded years
 * break pairs), which is the residual sigma of a random walk with drift on that window. Correlation: the
 * sample correlation of the two components' log growth over the years where both have a pair. With fewer
 * than 4 pairs, the whole history's pairs are used instead (noted). Parameter uncertainty, when asked for:
 * the standard error of the growth parameter of the fitted trend ({@code slope} of log-linear, {@code drift}
 * of drift); other families have none (noted). The scenario's own values override the estimates.
 *
 * <p>The variance scale k = {@link UncertaintySpec#varianceScale()} (a calibration from a backtest of the
 * share bands, 1 by default) multiplies the estimated yearly variance of the shock to ln(D/O),
 * {@code v = σ_D² + σ_O² − 2ρσ_Dσ_O}. For k &gt; 1 the extra variance is given to other services trade,
 * where travel and transport make the history volatile, and digital keeps its volatility (so that the
 * growth target is not judged against a volatility digital trade never showed):
 * {@code σ_O' = ρσ_D + sqrt(k·v − σ_D²(1 − ρ²))}, the root of {@code σ_D² + σ_O'² − 2ρσ_Dσ_O' = k·v}. For
 * k &lt; 1 both volatilities are multiplied by √k. The correlation and the parameter uncertainty are not
 * scaled; every scaling is noted. Volatilities and a correlation the scenario states are used as they
 * are, after the scaling: the scale calibrates what the data gave, so a planner who sets a volatility to
 * the value shown for the scenario (already scaled) changes nothing.
 *
 * <p>With {@link ShockSource#HISTORY} the two components are one random walk with drift in logs each, and
 * every piece follows from the same yearly changes: σ_c and ρ from every pair of consecutive years of the
 * history (the pandemic years included, as the rare years they are: no window leaves them out), and the
 * uncertainty of each fitted trend's growth from the same shocks, {@code τ_c = σ_c/√n_c} over the n_c yearly
 * changes inside its fit window (the drift's standard error; for other families the same figure, the growth
 * uncertainty consistent with those shocks rather than the family's own regression standard error). The two
 * drifts are means of shocks over their windows, so they are correlated:
 * {@code ρ_δ = ρ·n_common/√(n_D n_O)}. For a drift fitted on the whole history this makes the h-year variance of
 * a component {@code σ²h(1 + h/n)}, R's {@code rwf(drift = TRUE)}. Parameter draws are always on here, and
 * so is the uncertainty of the volatility estimate itself (m yearly changes give m − 1 degrees of freedom,
 * {@link ShockModel#volatilityDf()}): the predictive of ln(D/O) is Student-t, not Gaussian with a plug-in
 * sd, which would cover 78 % instead of 80 % with the 14 changes of a typical history.
 */
public final class ShockEstimator {
    /** Fewest growth pairs from which a volatility is estimated. */
    public static final int MIN_PAIRS = 4;

    private ShockEstimator() {}

    /**
     * @param projection the deterministic projection (its history, scenario and fits)
     * @return the shock model and notes on how it was obtained
     */
    public static ShockEstimate estimate(Projection projection) {
        return estimate(projection, projection.calibration());
    }

    /**
     * The shocks as the scenario's own model estimates them, without its calibration: what a digital growth
     * target is judged with, since the calibration was fitted on errors of the share, not of digital trade.
     *
     * @param projection the deterministic projection
     * @return the uncalibrated shock model and notes
     */
    public static ShockEstimate uncalibrated(Projection projection) {
        return estimate(projection, ErrorCalibration.none());
    }

    /**
     * The shock model of {@link #estimate(Projection)} without its notes, which are not worded: for the
     * thousands of projections of a sweep, where nobody reads them and formatting them took most of the time.
     *
     * @param projection the deterministic projection
     * @return {@code estimate(projection).model()}
     */
    public static ShockModel model(Projection projection) {
        return estimate(projection, projection.calibration(), Notes.IGNORED).model();
    }

    /**
     * @param projection the deterministic projection
     * @return {@code uncalibrated(projection).model()}, without wording the notes
     */
    public static ShockModel uncalibratedModel(Projection projection) {
        return estimate(projection, ErrorCalibration.none(), Notes.IGNORED).model();
    }

    private static ShockEstimate estimate(Projection projection, ErrorCalibration calibration) {
        return estimate(projection, calibration, new Notes(new ArrayList<>()));
    }

    /** Where the notes go: a list, or nowhere (then nothing is formatted). */
    private static final class Notes {
        static final Notes IGNORED = new Notes(null);

        private final List<String> list;

        Notes(List<String> list) {
            this.list = list;
        }

        /** Adds the note, formatted with the arguments in the root locale if there are any. */
        void add(String format, Object... args) {
            if (list != null) {
                list.add(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
            }
        }

        List<String> list() {
            return list == null ? List.of() : list;
        }
    }

    private static ShockEstimate estimate(Projection projection, ErrorCalibration calibration, Notes notes) {
        var scenario = projection.scenario();
        UncertaintySpec u = scenario.uncertainty();
        AnnualSeries d = projection.history().digital();
        AnnualSeries o = projection.history().other();
        boolean history = u.shocks() == ShockSource.HISTORY;
        double[][] gd = history ? pairs(d) : growthPairs(scenario.digital(), d, "digital", notes);
        double[][] go = history ? pairs(o) : growthPairs(scenario.other(), o, "other", notes);
        double sigmaD = sd(gd[1]);
        double sigmaO = sd(go[1]);
        double rho = correlation(gd, go);
        PooledCorrelation pooled = calibration.correlation();
        if (history && pooled.present() && u.correlation() == null) {
            int n = common(gd[0], go[0]);
            double shrunk = pooled.shrink(rho, n);
            notes.add(
                    "correlation %.3f from %d yearly pairs shrunk to %.3f toward %d other economies' %.3f"
                            + " (between-economy variance %.3f on Fisher's scale)",
                    rho, n, shrunk, pooled.economies(), Math.tanh(pooled.centre()), pooled.betweenVariance());
            rho = shrunk;
        }
        double k = u.varianceScale();
        // the yearly variance of ln(D/O) as estimated: what a variance scale or stated volatilities change
        double estimatedVariance = sigmaD * sigmaD + sigmaO * sigmaO - 2 * rho * sigmaD * sigmaO;
        if (k > 1) {
            double v = sigmaD * sigmaD + sigmaO * sigmaO - 2 * rho * sigmaD * sigmaO;
            double scaled = rho * sigmaD + Math.sqrt(Math.max(0, k * v - sigmaD * sigmaD * (1 - rho * rho)));
            notes.add(
                    "variance scale %.3f: volatility of other raised from %.4f to %.4f so that the"
                            + " yearly variance of ln(D/O) is %.3f times the estimate; digital keeps %.4f",
                    k, sigmaO, scaled, k, sigmaD);
            sigmaO = scaled;
        } else if (k < 1) {
            double scale = Math.sqrt(k);
            notes.add("variance scale %.3f: both volatilities multiplied by %.3f", k, scale);
            sigmaD *= scale;
            sigmaO *= scale;
        }
        if (calibration.isUnresolved()) {
            throw new IllegalStateException("scenario " + scenario.name()
                    + ": uncertainty.calibration = panel must be fitted on the panel (by the run's forecaster) before the"
                    + " shocks are estimated");
        }
        // bands by the errors take their width from the errors themselves: the shocks keep the model's own scale
        boolean byErrors = calibration.byErrors();
        double rootK = calibration.applies() && !byErrors ? Math.sqrt(calibration.varianceFactor()) : 1;
        sigmaD *= rootK;
        sigmaO *= rootK;
        // stated values are final: the scale calibrates what the data gave, not what a planner chose
        sigmaD = u.volatilityDigital() != null ? u.volatilityDigital() : sigmaD;
        sigmaO = u.volatilityOther() != null ? u.volatilityOther() : sigmaO;
        rho = u.correlation() != null ? u.correlation() : rho;
        double tauD = 0;
        double tauO = 0;
        double tauRho = 0;
        if (history) {
            double[][] wd = pairs(scenario.digital().fit().apply(d));
            double[][] wo = pairs(scenario.other().fit().apply(o));
            tauD = driftSe(projection, Component.DIGITAL, sigmaD, wd[0].length);
            tauO = driftSe(projection, Component.OTHER, sigmaO, wo[0].length);
            tauRho = wd[0].length == 0 || wo[0].length == 0
                    ? 0
                    : rho * common(wd[0], wo[0]) / Math.sqrt((double) wd[0].length * wo[0].length);
            notes.add(
                    "shocks from the whole history (%d and %d yearly changes); trend growth uncertainty"
                            + " sigma/sqrt(n) over %d and %d changes in the fit windows",
                    gd[0].length, go[0].length, wd[0].length, wo[0].length);
        } else if (u.parameterUncertainty()) {
            tauD = growthSe(projection, Component.DIGITAL, notes);
            tauO = growthSe(projection, Component.OTHER, notes);
        }
        if (!history) {
            // the history model's growth uncertainty comes from the (already scaled) volatilities
            tauD *= rootK;
            tauO *= rootK;
        }
        double df = u.tailDf() == null ? Double.POSITIVE_INFINITY : u.tailDf();
        // the history model carries the uncertainty of its volatility estimate unless the planner states both
        int changes = Math.min(gd[0].length, go[0].length);
        boolean stated = u.volatilityDigital() != null && u.volatilityOther() != null;
        double volatilityDf = history && !stated && changes >= 2 ? changes - 1 : Double.POSITIVE_INFINITY;
        if (byErrors) {
            // a variance scale, or volatilities and a correlation a planner states, change the yearly variance of
            // ln(D/O) by a factor; the errors are scaled by its square root (1 when nothing is stated)
            double v = sigmaD * sigmaD + sigmaO * sigmaO - 2 * rho * sigmaD * sigmaO;
            double factor = estimatedVariance > 0 && v > 0 ? Math.sqrt(v / estimatedVariance) : 1;
            HorizonErrors e = calibration.errors().scaled(factor);
            if (factor != 1) {
                notes.add(
                        "the errors scaled by %.3f: the yearly variance of ln(D/O) is %.3f times the estimate",
                        factor, factor * factor);
            }
            notes.add(
                    "bands from %d errors of ln(D/O) made by the same forecasts in %d other economies (%s), this"
                            + " economy left out: each year's distribution is the central forecast plus the errors"
                            + " at its horizon (horizons beyond %d: those of horizon %d times sqrt(h/%d))",
                    e.count(),
                    calibration.economies().size(),
                    String.join(", ", calibration.economies()),
                    e.reference(),
                    e.reference(),
                    e.reference());
            return new ShockEstimate(
                    new ShockModel(
                            sigmaD,
                            sigmaO,
                            rho,
                            u.persistence(),
                            Double.POSITIVE_INFINITY,
                            tauD,
                            tauO,
                            tauRho,
                            Double.POSITIVE_INFINITY,
                            e),
                    notes.list());
        } else if (calibration.applies()) {
            // the errors were fitted with the Gaussian plug-in spread, so their Student-t replaces the
            // volatility estimate's own: it holds that uncertainty and whatever else the errors showed
            volatilityDf = calibration.degreesOfFreedom();
            notes.add(
                    "bands calibrated on %d share forecast errors of %d other economies (%s), this economy left"
                            + " out: variance x %.3f, Student-t with %.2f degrees of freedom",
                    calibration.checks(),
                    calibration.economies().size(),
                    String.join(", ", calibration.economies()),
                    calibration.varianceFactor(),
                    calibration.degreesOfFreedom());
        } else if (calibration.source() == ErrorCalibration.Source.PANEL) {
            notes.add("bands not calibrated: the data hold no other economy whose share forecasts could be"
                    + " backtested with this scenario's model and fit windows");
        }
        return new ShockEstimate(
                new ShockModel(sigmaD, sigmaO, rho, u.persistence(), df, tauD, tauO, tauRho, volatilityDf),
                notes.list());
    }

    /**
     * The correlation the history model estimates for a history, before any shrinkage: of the two
     * components' yearly log growth over every pair of consecutive years both have.
     *
     * @param history a history
     * @return the correlation (0 with fewer than 3 common pairs) and the number of common pairs
     */
    public static double[] historyCorrelation(ComponentHistory history) {
        double[][] gd = pairs(history.digital());
        double[][] go = pairs(history.other());
        return new double[] {correlation(gd, go), common(gd[0], go[0])};
    }

    /** @return [years][growths] of consecutive pairs in the component's fit window */
    private static double[][] growthPairs(ComponentSpec spec, AnnualSeries full, String name, Notes notes) {
        double[][] pairs = pairs(spec.fit().apply(full));
        if (pairs[0].length < MIN_PAIRS) {
            notes.add(
                    "%s: only %d consecutive years in the fit window; volatility estimated on the whole history",
                    name, pairs[0].length);
            pairs = pairs(full);
        }
        return pairs;
    }

    private static double[][] pairs(AnnualSeries s) {
        List<double[]> out = new ArrayList<>();
        for (int i = 1; i < s.size(); i++) {
            if (s.year(i) == s.year(i - 1) + 1) {
                out.add(new double[] {s.year(i), Math.log(s.value(i) / s.value(i - 1))});
            }
        }
        double[][] r = new double[2][out.size()];
        for (int i = 0; i < out.size(); i++) {
            r[0][i] = out.get(i)[0];
            r[1][i] = out.get(i)[1];
        }
        return r;
    }

    static double sd(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    /** Correlation over the years both components have a growth pair; 0 with fewer than 3 common years. */
    static double correlation(double[][] a, double[][] b) {
        List<double[]> common = new ArrayList<>();
        for (int i = 0; i < a[0].length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                if (a[0][i] == b[0][j]) {
                    common.add(new double[] {a[1][i], b[1][j]});
                }
            }
        }
        if (common.size() < 3) {
            return 0;
        }
        double[] x = common.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = common.stream().mapToDouble(p -> p[1]).toArray();
        double sx = sd(x);
        double sy = sd(y);
        if (sx == 0 || sy == 0) {
            return 0;
        }
        double mx = java.util.Arrays.stream(x).average().orElse(0);
        double my = java.util.Arrays.stream(y).average().orElse(0);
        double c = 0;
        for (int i = 0; i < x.length; i++) {
            c += (x[i] - mx) * (y[i] - my);
        }
        return Math.max(-1, Math.min(1, c / (x.length - 1) / (sx * sy)));
    }

    /** τ = σ/√n for a component projected by a fitted trend; 0 when it has no fit or no yearly change to average. */
    private static double driftSe(Projection p, Component c, double sigma, int n) {
        return p.fit(c).isEmpty() || n == 0 ? 0 : sigma / Math.sqrt(n);
    }

    private static int common(double[] a, double[] b) {
        int n = 0;
        for (double x : a) {
            for (double y : b) {
                n += x == y ? 1 : 0;
            }
        }
        return n;
    }

    private static double growthSe(Projection p, Component c, Notes notes) {
        TrendFit fit = p.fit(c).orElse(null);
        if (fit == null) {
            return 0;
        }
        for (Parameter par : fit.parameters()) {
            if ((par.name().equals("slope") || par.name().equals("drift")) && Double.isFinite(par.standardError())) {
                if (fit.family().key().equals("loglinear") || fit.family().key().equals("drift")) {
                    return par.standardError();
                }
            }
        }
        notes.add(
                "%s: the %s trend has no growth parameter with a standard error; no parameter uncertainty",
                c.key(), fit.family().key());
        return 0;
    }
}
