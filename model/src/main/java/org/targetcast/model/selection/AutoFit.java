package org.targetcast.model.selection;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Parameter;
import org.targetcast.model.trend.PredictionInterval;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;

/**
 * The fit of the {@code auto} family: the chosen family's fit, with the choice reported. Everything but
 * {@link #family()}, {@link #parameters()} and {@link #note()} is the chosen fit's own (so sigma, AICc and
 * residuals are on the chosen family's scale). Immutable.
 */
public final class AutoFit implements TrendFit {
    private final TrendFit chosen;
    private final ModelRanking ranking;
    private final String note;

    AutoFit(TrendFit chosen, ModelRanking ranking, String note) {
        this.chosen = chosen;
        this.ranking = ranking;
        this.note = note;
    }

    /** @return the chosen family's fit */
    public TrendFit chosen() {
        return chosen;
    }

    /** @return the chosen family */
    public TrendFamily chosenFamily() {
        return chosen.family();
    }

    /** @return the backtest ranking behind the choice (empty if the series was too short) */
    public ModelRanking ranking() {
        return ranking;
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.AUTO;
    }

    @Override
    public AnnualSeries data() {
        return chosen.data();
    }

    /** @return the chosen fit's parameters, then {@code MASE <family>} per ranked family (no standard error) */
    @Override
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>(chosen.parameters());
        for (ModelRanking.Entry e : ranking.ranked()) {
            if (Double.isFinite(e.mase())) {
                out.add(new Parameter("MASE " + e.family().key(), e.mase(), Double.NaN));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public double sigma() {
        return chosen.sigma();
    }

    @Override
    public double aicc() {
        return chosen.aicc();
    }

    @Override
    public AnnualSeries fitted() {
        return chosen.fitted();
    }

    @Override
    public AnnualSeries residuals() {
        return chosen.residuals();
    }

    @Override
    public double[] forecast(int steps) {
        return chosen.forecast(steps);
    }

    @Override
    public PredictionInterval interval(int steps, double level) {
        return chosen.interval(steps, level);
    }

    @Override
    public double base() {
        return chosen.base();
    }

    @Override
    public String note() {
        return chosen.note().isEmpty() ? note : note + "; " + chosen.note();
    }

    @Override
    public String toString() {
        return "auto fit (" + note + "): " + chosen;
    }
}
