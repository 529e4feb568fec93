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
 * The {@code auto} family: runs the rolling-origin backtest of each candidate level family on the series it
 * is given, ranks them by MASE ({@link ModelRanking}) and returns a fit to the whole series, wrapped in an
 * {@link AutoFit} that names the choice and the runners-up.
 *
 * <p><b>Rule.</b> The random walk with drift is the default. auto leaves it only when the best-ranked
 * family's advantage survives its own noise: a one-sided Diebold-Mariano test ({@link DieboldMariano}) on
 * the two families' common backtest forecasts must find the best family more accurate at size
 * {@value #SIGNIFICANCE}; otherwise drift is kept, and the note gives the test.
 *
 * <p>Candidates: log-linear, linear, random walk with drift and the damped trend (which takes part only
 * when it can be fitted at enough origins, see {@link ModelRanking}). If the series is too short for a
 * ranking (fewer than {@value ModelRanking#MINIMUM_FORECASTS} common forecasts: with the default origins
 * from the eighth observation, fewer than ten observations), it falls back to drift and says so in
 * {@link TrendFit#note()}. The backtest sees only the data passed to {@link #fit(AnnualSeries)}, so a
 * fit inside another backtest never looks ahead. Immutable.
 */
public final class AutoModel implements TrendModel {
    /** The candidate families. */
    public static final List<TrendFamily> CANDIDATES =
            List.of(TrendFamily.LOG_LINEAR, TrendFamily.LINEAR, TrendFamily.DRIFT, TrendFamily.DAMPED);
    /** The family used when the series is too short to rank, and kept unless another is significantly better. */
    public static final TrendFamily FALLBACK = TrendFamily.DRIFT;
    /** The size of the one-sided test that must find another family better than {@link #FALLBACK}. */
    public static final double SIGNIFICANCE = 0.05;

    private static final AutoModel DEFAULT =
            new AutoModel(RollingOrigin.withDefaults().withLevels(), CANDIDATES, BacktestMemo.none());

    private final RollingOrigin backtest;
    private final List<TrendFamily> candidates;
    private final BacktestMemo memo;

    private AutoModel(RollingOrigin backtest, List<TrendFamily> candidates, BacktestMemo memo) {
        this.backtest = backtest;
        this.candidates = List.copyOf(candidates);
        this.memo = memo;
    }

    /** @return the model with the default backtest (origins from the eighth observation, horizons 1-6) */
    public static AutoModel create() {
        return DEFAULT;
    }

    /**
     * @param settings the backtest used for the ranking
     * @return a copy using it
     */
    public AutoModel withBacktest(RollingOrigin settings) {
        return new AutoModel(Objects.requireNonNull(settings, "settings"), candidates, memo);
    }

    /**
     * @param families the level families to choose from
     * @return a copy choosing among them
     * @throws ModelException if the list is empty or holds a share or selection family
     */
    public AutoModel withCandidates(List<TrendFamily> families) {
        return new AutoModel(backtest, requireCandidates(families), memo);
    }

    /**
     * @param shared the memo of the run: the ranking and the fits are taken from it, or computed and left in it
     * @return a copy ranking and fitting through it; its fits are the same
     */
    public AutoModel withMemo(BacktestMemo shared) {
        return new AutoModel(backtest, candidates, Objects.requireNonNull(shared, "memo"));
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.AUTO;
    }

    @Override
    public AutoFit fit(AnnualSeries series) {
        ModelRanking ranking = memo.ranking(series, candidates, backtest);
        List<TrendFamily> order = new ArrayList<>(
                ranking.ranked().stream().map(ModelRanking.Entry::family).toList());
        String evidence = "";
        if (!order.isEmpty() && order.get(0) != FALLBACK && order.contains(FALLBACK)) {
            DieboldMariano dm = ranking.test(FALLBACK, order.get(0)).orElseThrow();
            evidence = String.format(
                    Locale.ROOT,
                    "; %s against %s: Diebold-Mariano t = %.2f, p = %.3f over %d" + " origins",
                    order.get(0).key(),
                    FALLBACK.key(),
                    dm.statistic(),
                    dm.pValue(),
                    dm.origins());
            if (!dm.challengerBetter(SIGNIFICANCE)) {
                evidence += String.format(
                        Locale.ROOT, ", not significant at %.0f%%, so %s is kept", 100 * SIGNIFICANCE, FALLBACK.key());
                order.remove(FALLBACK);
                order.add(0, FALLBACK);
            }
        }
        for (TrendFamily family : order) {
            try {
                TrendFit fit = memo.fit(family, series);
                return new AutoFit(fit, ranking, "auto chose " + family.key() + ": " + ranking.describe() + evidence);
            } catch (ModelException skipped) {
                // The ranked family cannot be fitted to the whole series; the next one is tried.
                continue;
            }
        }
        TrendFit fit = memo.fit(FALLBACK, series);
        return new AutoFit(
                fit,
                ranking,
                "auto fell back to " + FALLBACK.key() + ": " + series.name() + " is "
                        + (ranking.isEmpty() ? ranking.reason() : "not fitted by any ranked family"));
    }

    static List<TrendFamily> requireCandidates(List<TrendFamily> families) {
        if (families.isEmpty()) {
            throw new ModelException("auto: the list of candidate families is empty");
        }
        for (TrendFamily f : families) {
            if (f.isSelection() || f.scale() != org.targetcast.model.trend.Scale.LEVEL) {
                throw ModelException.of(
                        "auto: %s is not a level family; candidates are level families such as %s",
                        f.key(), CANDIDATES.stream().map(TrendFamily::key).toList());
            }
        }
        return families;
    }
}
