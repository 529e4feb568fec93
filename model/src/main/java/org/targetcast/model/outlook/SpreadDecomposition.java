package org.targetcast.model.outlook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.simulation.ClosedForm;
import org.targetcast.model.simulation.ShockEstimator;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.simulation.SimulationPlan;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * Where the spread of a share target's answer comes from: the variance of L = ln(D/O) in the target year,
 * the quantity the probability is read from, split into its sources. With families f of weights w_f, means
 * μ_f, shock variances S_f and parameter variances P_f (closed form, Gaussian tails),
 * <pre>
 *   Var L = Σ w_f S_f  +  Σ w_f P_f'  +  Σ w_f (μ_f − μ̄)²
 *           shocks        parameters      model choice
 * </pre>
 * where P_f' adds to the trend-growth variance the extra the volatility's own estimation uncertainty brings
 * (a Student-t with ν degrees of freedom has variance ν/(ν − 2) times its scale's: that excess, on shocks and
 * parameters alike; not where the bands are calibrated on the panel, whose t is the shape of past errors and
 * whose variance factor is already in the volatilities). Where the bands are the other economies' errors
 * ({@link ShockModel#byErrors()}), shocks and parameters share the errors' variance at the target's horizon in
 * the proportions the model's own variance has. The data basis (MOFCOM's or UNCTAD's history) is a fourth source: {@link #acrossBases}
 * averages the parts over the bases, each weighted equally, and adds the spread of their means,
 * {@code Σ_b (μ_b − μ̄)²/B}; from one history {@link #dataBasis()} is NaN (not computed).
 *
 * @param target the share target (its year)
 * @param shocks variance from the yearly shocks
 * @param parameters variance from the trend growth and the volatility estimate
 * @param modelChoice variance of the families' means around the average
 * @param dataBasis variance from the data basis; NaN while not computed
 * @param meanLogRatio the (averaged) mean of ln(D/O) in the target year
 */
public record SpreadDecomposition(
        ShareTarget target,
        double shocks,
        double parameters,
        double modelChoice,
        double dataBasis,
        double meanLogRatio) {
    /** Checks the parts. */
    public SpreadDecomposition {
        Objects.requireNonNull(target, "target");
        if (!(shocks >= 0 && parameters >= 0 && modelChoice >= 0) || dataBasis < 0) {
            throw ModelException.of(
                    "spread of %s: parts %s, %s, %s, %s must be 0 or above",
                    target.label(), shocks, parameters, modelChoice, dataBasis);
        }
    }

    /** @return the variance of ln(D/O) from the computed sources */
    public double total() {
        return shocks + parameters + modelChoice + (Double.isNaN(dataBasis) ? 0 : dataBasis);
    }

    /**
     * @param part one of this record's variances
     * @return its share of {@link #total()}
     */
    public double shareOf(double part) {
        return total() == 0 ? 0 : part / total();
    }

    /**
     * @param projection a projection of the scenario (its history and scenario are used)
     * @return one decomposition per share target judged in its year (reached-by targets are left out)
     */
    public static List<SpreadDecomposition> of(Projection projection) {
        return of(Forecaster.withDefaults().forecast(projection));
    }

    /**
     * @param forecast the scenario's forecast: its own projection, and its families and weights if it averages
     * @return one decomposition per share target judged in its year (reached-by targets are left out)
     */
    public static List<SpreadDecomposition> of(ShareForecast forecast) {
        Projection projection = forecast.projection();
        Scenario scenario = projection.scenario();
        List<Projection> parts = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (!forecast.averages()) {
            parts.add(projection);
            weights.add(1.0);
        } else {
            double[] w = forecast.weights().orElseThrow().weights();
            for (int f = 0; f < forecast.members().size(); f++) {
                parts.add(forecast.members().get(f).projection());
                weights.add(w[f]);
            }
        }
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        List<SpreadDecomposition> out = new ArrayList<>();
        for (Target t : scenario.targets()) {
            if (!(t instanceof ShareTarget st) || st.reachedBy()) {
                continue;
            }
            double[] mean = new double[parts.size()];
            double s = 0;
            double p = 0;
            double mu = 0;
            for (int i = 0; i < parts.size(); i++) {
                double w = sum > 0 ? weights.get(i) / sum : 1.0 / parts.size();
                ShockModel m = ShockEstimator.model(parts.get(i));
                SimulationPlan plan = SimulationPlan.of(parts.get(i));
                // with 2 degrees of freedom or fewer the t variance is infinite: the excess is left out rather than
                // made up; a panel calibration's t is the shape of past errors, whose factor k is already in the
                // volatilities, not an estimation uncertainty: its excess is left out too
                boolean calibrated = parts.get(i).calibration().applies();
                double inflate = m.isScaleKnown() || calibrated || m.volatilityDf() <= 2
                        ? 1
                        : m.volatilityDf() / (m.volatilityDf() - 2);
                double full = sq(ClosedForm.of(plan, m.reduced(true, true)).sdLogRatio(st.year()));
                double shock = sq(ClosedForm.of(plan, m.reduced(true, false)).sdLogRatio(st.year()));
                if (m.byErrors() && full > 0) {
                    // the bands are the other economies' errors: their variance at the horizon is the total,
                    // split between shocks and parameters as the model splits its own
                    double scale = m.errors().variance(st.year() - plan.lastObservedYear()) / full;
                    full *= scale;
                    shock *= scale;
                }
                mean[i] = ClosedForm.of(plan, m.reduced(true, true)).meanLogRatio(st.year());
                s += w * shock;
                p += w * (full * inflate - shock);
                mu += w * mean[i];
            }
            double between = 0;
            for (int i = 0; i < parts.size(); i++) {
                double w = sum > 0 ? weights.get(i) / sum : 1.0 / parts.size();
                between += w * sq(mean[i] - mu);
            }
            out.add(new SpreadDecomposition(st, s, Math.max(0, p), between, Double.NaN, mu));
        }
        return out;
    }

    /**
     * @param onEachBasis projections of one scenario, one per data basis, equally weighted
     * @return per share target judged in its year, the parts averaged over the bases and the spread of
     *     the bases' means as the data basis part
     */
    public static List<SpreadDecomposition> acrossBases(List<Projection> onEachBasis) {
        Forecaster f = Forecaster.withDefaults();
        return ofForecasts(onEachBasis.stream().map(f::forecast).toList());
    }

    /**
     * {@link #acrossBases(List)} of forecasts, each made by its basis's forecaster.
     *
     * @param onEachBasis forecasts of one scenario, one per data basis, equally weighted
     * @return as {@link #acrossBases(List)}
     */
    public static List<SpreadDecomposition> ofForecasts(List<ShareForecast> onEachBasis) {
        if (onEachBasis.isEmpty()) {
            throw ModelException.of("spread across bases: no basis given");
        }
        List<List<SpreadDecomposition>> per =
                onEachBasis.stream().map(SpreadDecomposition::of).toList();
        int b = per.size();
        List<SpreadDecomposition> out = new ArrayList<>();
        for (int i = 0; i < per.get(0).size(); i++) {
            double s = 0;
            double p = 0;
            double m = 0;
            double mu = 0;
            for (List<SpreadDecomposition> d : per) {
                s += d.get(i).shocks() / b;
                p += d.get(i).parameters() / b;
                m += d.get(i).modelChoice() / b;
                mu += d.get(i).meanLogRatio() / b;
            }
            double between = 0;
            for (List<SpreadDecomposition> d : per) {
                between += sq(d.get(i).meanLogRatio() - mu) / b;
            }
            out.add(new SpreadDecomposition(per.get(0).get(i).target(), s, p, m, b > 1 ? between : Double.NaN, mu));
        }
        return out;
    }

    private static double sq(double x) {
        return x * x;
    }
}
