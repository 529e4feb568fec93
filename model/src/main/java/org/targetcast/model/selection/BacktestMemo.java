package org.targetcast.model.selection;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.targetcast.model.backtest.RollingOrigin;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Intervention;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;
import org.targetcast.model.trend.TrendModel;

/**
 * The nested backtests of a run, computed once: {@code auto} and {@code combo} rank their candidates by a
 * rolling-origin backtest at every origin of an outer backtest, and the inner backtests of neighbouring
 * origins fit the same windows again. A memo remembers
 * <ul>
 *   <li>each fit of a plain level family to a series (key: family and the series itself, so name, years and
 *       values: a window of a series is its own key), and
 *   <li>each ranking (key: the series, the candidate families and the backtest settings), and
 *   <li>any other immutable result computed from backtests, under a key with value semantics
 *       ({@link #remember}): the stacking weights of a model average use it (key: the scenario, the
 *       history and the families), which the simulation and the spread decomposition of a scenario both
 *       need, so that this class does not depend on the calibration above it,
 * </ul>
 * and hands them to every model made from it ({@link #model(TrendFamily)}, {@link AutoModel#withMemo},
 * {@link ComboModel#withMemo}), so that auto, combo and the plain families of one run share them.
 *
 * <p>The fits and rankings are deterministic functions of their keys and immutable, so a remembered one is
 * the one that would have been computed: results are identical with or without a memo, and whatever the
 * number of threads sharing it. Thread-safe: two threads asking for the same key at once may both compute
 * it, and the first stored is kept. Failed fits are not remembered (they are recomputed and fail again).
 * Selection families ({@code auto}, {@code combo}) and the pooled family (whose fit depends on its panel)
 * are never stored as fits: auto and combo are cheap once their ranking is remembered.
 *
 * <p>{@link #none()} remembers nothing: the default of every model, so a memo's lifetime (and memory) is
 * always the caller's choice: typically one command.
 */
public final class BacktestMemo {
    private record FitKey(TrendFamily family, AnnualSeries series) {}

    private record RankingKey(
            AnnualSeries series,
            List<TrendFamily> candidates,
            int minimumTraining,
            int maxHorizon,
            List<Double> levels) {
        static RankingKey of(AnnualSeries series, List<TrendFamily> candidates, RollingOrigin backtest) {
            return new RankingKey(
                    series,
                    List.copyOf(candidates),
                    backtest.minimumTraining(),
                    backtest.maxHorizon(),
                    Arrays.stream(backtest.levels()).boxed().toList());
        }
    }

    private static final BacktestMemo NONE = new BacktestMemo(false);

    private final boolean remembers;
    private final Map<FitKey, TrendFit> fits = new ConcurrentHashMap<>();
    private final Map<RankingKey, ModelRanking> rankings = new ConcurrentHashMap<>();
    private final Map<Object, Object> others = new ConcurrentHashMap<>();

    private BacktestMemo(boolean remembers) {
        this.remembers = remembers;
    }

    /** @return an empty memo that remembers what it is asked for */
    public static BacktestMemo create() {
        return new BacktestMemo(true);
    }

    /** @return the memo that remembers nothing: every fit and ranking is computed when asked */
    public static BacktestMemo none() {
        return NONE;
    }

    /**
     * @param family a trend family
     * @return its default model ({@link TrendModels#of(TrendFamily)}) fitting through this memo; auto and
     *     combo rank through it
     */
    public TrendModel model(TrendFamily family) {
        if (family == TrendFamily.AUTO) {
            return AutoModel.create().withMemo(this);
        }
        if (family == TrendFamily.COMBO) {
            return ComboModel.create().withMemo(this);
        }
        TrendModel plain = TrendModels.of(family);
        if (!remembers || !isStored(family)) {
            return plain;
        }
        return new TrendModel() {
            @Override
            public TrendFamily family() {
                return family;
            }

            @Override
            public TrendFit fit(AnnualSeries series) {
                return BacktestMemo.this.fit(family, series);
            }

            @Override
            public TrendFit fit(AnnualSeries series, List<Intervention> interventions) {
                return interventions.isEmpty() ? fit(series) : plain.fit(series, interventions);
            }
        };
    }

    /**
     * @param family a plain level family (others are fitted, not remembered)
     * @param series the data
     * @return the family's default model fitted to the series, remembered
     */
    TrendFit fit(TrendFamily family, AnnualSeries series) {
        if (!remembers || !isStored(family)) {
            return TrendModels.of(family).fit(series);
        }
        FitKey key = new FitKey(family, series);
        TrendFit known = fits.get(key);
        if (known != null) {
            return known;
        }
        TrendFit fit = TrendModels.of(family).fit(series);
        TrendFit raced = fits.putIfAbsent(key, fit);
        return raced == null ? fit : raced;
    }

    /**
     * @param series the data
     * @param candidates the families ranked
     * @param backtest the rolling-origin settings
     * @return {@link ModelRanking#backtest(AnnualSeries, List, RollingOrigin)}, its candidates fitted through
     *     this memo; remembered
     */
    ModelRanking ranking(AnnualSeries series, List<TrendFamily> candidates, RollingOrigin backtest) {
        if (!remembers) {
            return ModelRanking.backtest(series, candidates, backtest);
        }
        RankingKey key = RankingKey.of(series, candidates, backtest);
        ModelRanking known = rankings.get(key);
        if (known != null) {
            return known;
        }
        ModelRanking ranking = ModelRanking.backtest(series, candidates, backtest, this::model);
        ModelRanking raced = rankings.putIfAbsent(key, ranking);
        return raced == null ? ranking : raced;
    }

    /**
     * @param <T> the result's type
     * @param key what the result is a deterministic function of, with value semantics (e.g. a record)
     * @param type the result's class
     * @param compute computes the result when it is not remembered
     * @return the remembered result, or the one computed now (and remembered, unless this is {@link #none()})
     */
    public <T> T remember(Object key, Class<T> type, Supplier<T> compute) {
        if (!remembers) {
            return compute.get();
        }
        Object known = others.get(key);
        if (known != null) {
            return type.cast(known);
        }
        T computed = compute.get();
        Object raced = others.putIfAbsent(key, computed);
        return raced == null ? computed : type.cast(raced);
    }

    /** @return how many fits, rankings and weights are remembered */
    public int size() {
        return fits.size() + rankings.size() + others.size();
    }

    private static boolean isStored(TrendFamily family) {
        return !family.isSelection() && family != TrendFamily.POOLED;
    }
}
