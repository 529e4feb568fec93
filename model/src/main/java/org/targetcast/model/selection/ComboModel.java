package org.targetcast.model.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.backtest.RollingOrigin;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;
import org.targetcast.model.trend.TrendModel;

/**
 * The {@code combo} family: the best {@code k} level families by backtest MASE ({@link ModelRanking},
 * default {@value #DEFAULT_MEMBERS}), each fitted to the whole series, combined on the log scale:
 * {@code ln yhat = sum_i w_i ln yhat_i} (a weighted geometric mean of the members' forecasts). Weights are
 * equal by default ({@link Weighting#EQUAL}) or proportional to {@code 1 / MASE_i}
 * ({@link Weighting#INVERSE_MASE}). Equal weights are a hard benchmark to beat (Clemen 1989, "Combining
 * forecasts: a review and annotated bibliography", International Journal of Forecasting 5(4), 559-583).
 *
 * <p>If the series is too short to rank, the combination is drift alone, with a note. Immutable.
 */
public final class ComboModel implements TrendModel {
    /** Members combined by default. */
    public static final int DEFAULT_MEMBERS = 3;

    /** How members are weighted. */
    public enum Weighting {
        /** {@code w_i = 1/k}. */
        EQUAL,
        /** {@code w_i = (1/MASE_i) / sum_j (1/MASE_j)}. */
        INVERSE_MASE
    }

    private static final ComboModel DEFAULT = new ComboModel(
            RollingOrigin.withDefaults().withLevels(),
            AutoModel.CANDIDATES,
            DEFAULT_MEMBERS,
            Weighting.EQUAL,
            BacktestMemo.none());

    private final RollingOrigin backtest;
    private final List<TrendFamily> candidates;
    private final int members;
    private final Weighting weighting;
    private final BacktestMemo memo;

    private ComboModel(
            RollingOrigin backtest, List<TrendFamily> candidates, int members, Weighting weighting, BacktestMemo memo) {
        this.backtest = backtest;
        this.candidates = List.copyOf(candidates);
        this.members = members;
        this.weighting = weighting;
        this.memo = memo;
    }

    /** @return the equal-weight combination of the best three, default backtest */
    public static ComboModel create() {
        return DEFAULT;
    }

    /**
     * @param settings the backtest used for the ranking
     * @return a copy using it
     */
    public ComboModel withBacktest(RollingOrigin settings) {
        return new ComboModel(Objects.requireNonNull(settings, "settings"), candidates, members, weighting, memo);
    }

    /**
     * @param families the level families to choose from
     * @return a copy choosing among them
     */
    public ComboModel withCandidates(List<TrendFamily> families) {
        return new ComboModel(backtest, AutoModel.requireCandidates(families), members, weighting, memo);
    }

    /**
     * @param k the number of best families combined, at least 2
     * @return a copy combining {@code k} (or all ranked, if fewer)
     */
    public ComboModel withMembers(int k) {
        if (k < 2) {
            throw ModelException.of("combo: members = %d; a combination needs at least 2", k);
        }
        return new ComboModel(backtest, candidates, k, weighting, memo);
    }

    /**
     * @param w the weighting
     * @return a copy weighting members so
     */
    public ComboModel withWeighting(Weighting w) {
        return new ComboModel(backtest, candidates, members, Objects.requireNonNull(w, "weighting"), memo);
    }

    /**
     * @param shared the memo of the run: the ranking and the fits are taken from it, or computed and left in it
     * @return a copy ranking and fitting through it; its fits are the same
     */
    public ComboModel withMemo(BacktestMemo shared) {
        return new ComboModel(backtest, candidates, members, weighting, Objects.requireNonNull(shared, "memo"));
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.COMBO;
    }

    @Override
    public ComboFit fit(AnnualSeries series) {
        ModelRanking ranking = memo.ranking(series, candidates, backtest);
        List<TrendFit> fits = new ArrayList<>();
        List<Double> mase = new ArrayList<>();
        for (ModelRanking.Entry e : ranking.ranked()) {
            if (fits.size() == members) {
                break;
            }
            try {
                fits.add(memo.fit(e.family(), series));
                mase.add(e.mase());
            } catch (ModelException skipped) {
                // The ranked family cannot be fitted to the whole series; the next one joins instead.
                continue;
            }
        }
        if (fits.isEmpty()) {
            return new ComboFit(
                    List.of(memo.fit(AutoModel.FALLBACK, series)),
                    new double[] {1},
                    ranking,
                    "combo fell back to " + AutoModel.FALLBACK.key() + ": " + series.name() + " is "
                            + ranking.reason());
        }
        double[] w = new double[fits.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            double m = mase.get(i);
            w[i] = weighting == Weighting.EQUAL || !(m > 0) ? 1 : 1 / m;
            total += w[i];
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
            names.append(i == 0 ? "" : ", ")
                    .append(String.format(
                            Locale.ROOT, "%s %.2f", fits.get(i).family().key(), w[i]));
        }
        return new ComboFit(
                fits,
                w,
                ranking,
                "combo of " + names + " (" + weighting.name().toLowerCase(Locale.ROOT) + " weights on the log scale): "
                        + ranking.describe());
    }
}
