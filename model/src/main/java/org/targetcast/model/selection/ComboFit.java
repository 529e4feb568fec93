package org.targetcast.model.selection;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Parameter;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;

/**
 * The fit of the {@code combo} family: a weighted geometric mean of member fits,
 * {@code yhat = exp(sum_i w_i ln yhat_i)}, for fitted values, {@link #base()} and forecasts.
 *
 * <ul>
 *   <li>{@link #residuals()}: {@code ln y - ln yhat} in every data year (the log scale, whatever the
 *       members' scales); {@link #sigma()} is {@code sqrt(sum r^2 / (n - 1))}, a description of fit, not
 *       an estimate from a likelihood.
 *   <li>{@link #aicc()} is {@code NaN}: a combination has no likelihood.
 *   <li>No analytic forecast interval: {@link #interval(int, double)} throws.
 *   <li>A member forecast that is not positive (a falling linear trend) cannot enter a log average:
 *       {@link #forecast(int)} throws a {@link ModelException} naming the member and the year.
 * </ul>
 * Immutable.
 */
public final class ComboFit implements TrendFit {
    private final List<TrendFit> members;
    private final double[] weights;
    private final ModelRanking ranking;
    private final String note;
    private final AnnualSeries fitted;
    private final AnnualSeries residuals;
    private final double sigma;

    ComboFit(List<TrendFit> members, double[] weights, ModelRanking ranking, String note) {
        this.members = List.copyOf(members);
        this.weights = weights.clone();
        this.ranking = ranking;
        this.note = note;
        AnnualSeries data = members.get(0).data();
        int n = data.size();
        double[] f = new double[n];
        double[] r = new double[n];
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double log = 0;
            for (int k = 0; k < members.size(); k++) {
                log += weights[k]
                        * logOf(members.get(k), members.get(k).fitted().value(i), data.year(i));
            }
            f[i] = Math.exp(log);
            r[i] = Math.log(data.value(i)) - log;
            ss += r[i] * r[i];
        }
        this.fitted = AnnualSeries.of(data.name() + ".fitted", data.years(), f);
        this.residuals = AnnualSeries.of(data.name() + ".residuals", data.years(), r);
        this.sigma = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
    }

    /** @return the member fits, best first */
    public List<TrendFit> members() {
        return members;
    }

    /** @return the member families, best first */
    public List<TrendFamily> memberFamilies() {
        return members.stream().map(TrendFit::family).toList();
    }

    /** @return the weights, summing to 1, in member order (a copy) */
    public double[] weights() {
        return weights.clone();
    }

    /** @return the backtest ranking behind the choice (empty if the series was too short) */
    public ModelRanking ranking() {
        return ranking;
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.COMBO;
    }

    @Override
    public AnnualSeries data() {
        return members.get(0).data();
    }

    /**
     * @return {@code weight <family>} and {@code MASE <family>} per member (no standard errors), then each
     *     member's parameters as {@code <family> <name>}
     */
    @Override
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            TrendFamily family = members.get(k).family();
            String key = family.key();
            out.add(new Parameter("weight " + key, weights[k], Double.NaN));
            ranking.ranked().stream()
                    .filter(e -> e.family() == family && Double.isFinite(e.mase()))
                    .findFirst()
                    .ifPresent(e -> out.add(new Parameter("MASE " + key, e.mase(), Double.NaN)));
        }
        for (TrendFit m : members) {
            for (Parameter p : m.parameters()) {
                out.add(new Parameter(m.family().key() + " " + p.name(), p.estimate(), p.standardError()));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public double sigma() {
        return sigma;
    }

    @Override
    public double aicc() {
        return Double.NaN;
    }

    @Override
    public AnnualSeries fitted() {
        return fitted;
    }

    @Override
    public AnnualSeries residuals() {
        return residuals;
    }

    @Override
    public double[] forecast(int steps) {
        double[] out = new double[steps];
        int last = data().lastYear();
        for (int k = 0; k < members.size(); k++) {
            double[] f = members.get(k).forecast(steps);
            for (int h = 0; h < steps; h++) {
                out[h] += weights[k] * logOf(members.get(k), f[h], last + h + 1);
            }
        }
        for (int h = 0; h < steps; h++) {
            out[h] = Math.exp(out[h]);
        }
        return out;
    }

    @Override
    public double base() {
        double log = 0;
        for (int k = 0; k < members.size(); k++) {
            log += weights[k] * logOf(members.get(k), members.get(k).base(), data().lastYear());
        }
        return Math.exp(log);
    }

    @Override
    public String note() {
        return note;
    }

    private static double logOf(TrendFit member, double value, int year) {
        if (!(value > 0)) {
            throw ModelException.of(
                    "combo: the %s member gives %s for %d; a log average"
                            + " needs positive values (use auto, or leave %s out)",
                    member.family().key(), value, year, member.family().key());
        }
        return Math.log(value);
    }

    @Override
    public String toString() {
        return "combo fit (" + note + ")";
    }
}
