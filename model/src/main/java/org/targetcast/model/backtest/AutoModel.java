package org.targetcast.model.backtest;

import java.util.List;
import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;
import org.targetcast.model.trend.TrendModel;
import org.targetcast.model.trend.TrendModels;

/**
 * The {@code auto} family: runs the rolling-origin backtest of each candidate level family on the series it
 * is given, ranks them by MASE ({@link ModelRanking}) and returns the best one's fit to the whole series,
 * wrapped in an {@link AutoFit} that names the choice and the runners-up.
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
    /** The family used when the series is too short to rank. */
    public static final TrendFamily FALLBACK = TrendFamily.DRIFT;

    private static final AutoModel DEFAULT = new AutoModel(RollingOrigin.withDefaults().withLevels(), CANDIDATES);

    private final RollingOrigin backtest;
    private final List<TrendFamily> candidates;

    private AutoModel(RollingOrigin backtest, List<TrendFamily> candidates) {
        this.backtest = backtest;
        this.candidates = List.copyOf(candidates);
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
        return new AutoModel(Objects.requireNonNull(settings, "settings"), candidates);
    }

    /**
     * @param families the level families to choose from
     * @return a copy choosing among them
     * @throws ModelException if the list is empty or holds a share or selection family
     */
    public AutoModel withCandidates(List<TrendFamily> families) {
        return new AutoModel(backtest, requireCandidates(families));
    }

    @Override
    public TrendFamily family() {
        return TrendFamily.AUTO;
    }

    @Override
    public AutoFit fit(AnnualSeries series) {
        ModelRanking ranking = ModelRanking.backtest(series, candidates, backtest);
        for (ModelRanking.Entry e : ranking.ranked()) {
            try {
                TrendFit fit = TrendModels.of(e.family()).fit(series);
                return new AutoFit(fit, ranking, "auto chose " + e.family().key() + ": " + ranking.describe());
            } catch (ModelException skipped) {
                // The ranked family cannot be fitted to the whole series; the next one is tried.
                continue;
            }
        }
        TrendFit fit = TrendModels.of(FALLBACK).fit(series);
        return new AutoFit(fit, ranking, "auto fell back to " + FALLBACK.key() + ": " + series.name() + " is "
                + (ranking.isEmpty() ? ranking.reason() : "not fitted by any ranked family"));
    }

    static List<TrendFamily> requireCandidates(List<TrendFamily> families) {
        if (families.isEmpty()) {
            throw new ModelException("auto: the list of candidate families is empty");
        }
        for (TrendFamily f : families) {
            if (f.isSelection() || f.scale() != org.targetcast.model.trend.Scale.LEVEL) {
                throw ModelException.of("auto: %s is not a level family; candidates are level families such as %s",
                        f.key(), CANDIDATES.stream().map(TrendFamily::key).toList());
            }
        }
        return families;
    }
}
