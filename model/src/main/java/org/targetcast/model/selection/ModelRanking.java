package org.targetcast.model.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.Forecast;
import org.targetcast.model.backtest.Metrics;
import org.targetcast.model.backtest.RollingOrigin;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendModel;

/**
 * Families ranked by backtest MASE on the forecasts they have in common.
 *
 * <p>Rule: a family takes part if it produced at least half as many forecasts as the family with the most
 * (so the damped trend, which needs ten observations, joins only on series long enough for it to cover
 * most origins) and at least {@value #MINIMUM_FORECASTS}. The families taking part are compared on the
 * (origin, horizon) pairs all of them forecast, pooled over horizons, by MASE (lower is better; ties keep
 * {@link TrendFamily} order). With fewer than {@value #MINIMUM_FORECASTS} common forecasts the ranking is
 * empty and {@link #reason()} says why. AICc plays no part: it is not comparable across families (see
 * {@link org.targetcast.model.trend.TrendFit#aicc()}), and each family here has a single specification.
 *
 * @see RollingOrigin
 */
public final class ModelRanking {
    /** The least number of common forecasts for a ranking. */
    public static final int MINIMUM_FORECASTS = 3;

    /**
     * One ranked family.
     *
     * @param family the family
     * @param mase its MASE on the common forecasts
     * @param forecasts the number of common forecasts
     */
    public record Entry(TrendFamily family, double mase, long forecasts) {}

    private final List<Entry> ranked;
    private final List<String> excluded;
    private final String reason;
    private final List<Evaluation> compared;
    private final Set<Long> common;

    private ModelRanking(
            List<Entry> ranked, List<String> excluded, String reason, List<Evaluation> compared, Set<Long> common) {
        this.ranked = List.copyOf(ranked);
        this.excluded = List.copyOf(excluded);
        this.reason = reason;
        this.compared = List.copyOf(compared);
        this.common = Set.copyOf(common);
    }

    /**
     * Runs the backtest of each candidate on a series and ranks them.
     *
     * @param series the data
     * @param candidates the families to compare
     * @param backtest the rolling-origin settings
     * @return the ranking
     */
    public static ModelRanking backtest(AnnualSeries series, List<TrendFamily> candidates, RollingOrigin backtest) {
        return backtest(series, candidates, backtest, TrendModels::of);
    }

    /**
     * {@link #backtest(AnnualSeries, List, RollingOrigin)} with the candidates' models given (e.g. fitting
     * through a {@link BacktestMemo}).
     *
     * @param series the data
     * @param candidates the families to compare
     * @param backtest the rolling-origin settings
     * @param models the model of each family
     * @return the ranking
     */
    static ModelRanking backtest(
            AnnualSeries series,
            List<TrendFamily> candidates,
            RollingOrigin backtest,
            Function<TrendFamily, TrendModel> models) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (TrendFamily f : candidates) {
            evaluations.add(backtest.evaluate(series, models.apply(f)));
        }
        return of(evaluations);
    }

    /**
     * @param evaluations one backtest per family, on the same series
     * @return the ranking by the rule in the class comment
     */
    public static ModelRanking of(List<Evaluation> evaluations) {
        long most =
                evaluations.stream().mapToLong(e -> e.forecasts().size()).max().orElse(0);
        long needed = Math.max(MINIMUM_FORECASTS, (most + 1) / 2);
        List<Evaluation> taking = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (Evaluation e : evaluations) {
            if (e.forecasts().size() >= needed) {
                taking.add(e);
            } else {
                excluded.add(String.format(
                        Locale.ROOT,
                        "%s (%d of %d forecasts)",
                        e.family().key(),
                        e.forecasts().size(),
                        most));
            }
        }
        Set<Long> common = null;
        for (Evaluation e : taking) {
            Set<Long> keys =
                    e.forecasts().stream().map(ModelRanking::key).collect(Collectors.toCollection(HashSet::new));
            if (common == null) {
                common = keys;
            } else {
                common.retainAll(keys);
            }
        }
        int size = common == null ? 0 : common.size();
        if (size < MINIMUM_FORECASTS) {
            return new ModelRanking(
                    List.of(),
                    excluded,
                    String.format(
                            Locale.ROOT,
                            "too short for a backtest: %d forecast(s) in common, %d needed",
                            size,
                            MINIMUM_FORECASTS),
                    List.of(),
                    Set.of());
        }
        Set<Long> shared = common;
        List<Entry> entries = new ArrayList<>();
        for (Evaluation e : taking) {
            Metrics m = e.metrics(f -> shared.contains(key(f)));
            entries.add(new Entry(e.family(), m.mase(), m.count()));
        }
        entries.sort(
                Comparator.comparingDouble((Entry x) -> Double.isNaN(x.mase()) ? Double.POSITIVE_INFINITY : x.mase())
                        .thenComparing(Entry::family));
        return new ModelRanking(entries, excluded, "", taking, shared);
    }

    /**
     * A Diebold-Mariano test on the common forecasts of two ranked families.
     *
     * @param benchmark the family kept unless the other is significantly better
     * @param challenger the other family
     * @return the test, or empty if either family is not ranked
     */
    public Optional<DieboldMariano> test(TrendFamily benchmark, TrendFamily challenger) {
        var b = compared.stream().filter(e -> e.family() == benchmark).findFirst();
        var c = compared.stream().filter(e -> e.family() == challenger).findFirst();
        if (b.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DieboldMariano.of(onCommon(b.get()), onCommon(c.get())));
    }

    private List<Forecast> onCommon(Evaluation e) {
        return e.forecasts().stream()
                .filter(f -> common.contains(key(f)))
                .sorted(Comparator.comparingLong(ModelRanking::key))
                .toList();
    }

    private static long key(Forecast f) {
        return (long) f.origin() * 1000 + f.horizon();
    }

    /** @return the families taking part, best first */
    public List<Entry> ranked() {
        return ranked;
    }

    /** @return the families left out for having too few forecasts, with their counts */
    public List<String> excluded() {
        return excluded;
    }

    /** @return whether no family could be ranked */
    public boolean isEmpty() {
        return ranked.isEmpty();
    }

    /** @return why the ranking is empty, or empty text */
    public String reason() {
        return reason;
    }

    /** @return e.g. {@code drift 0.912, loglinear 1.020 (21 forecasts)}, or the reason if empty */
    public String describe() {
        if (ranked.isEmpty()) {
            return reason;
        }
        String list = ranked.stream()
                .map(e -> String.format(Locale.ROOT, "%s %.3f", e.family().key(), e.mase()))
                .collect(Collectors.joining(", "));
        return "backtest MASE " + list + " (" + ranked.get(0).forecasts() + " forecasts)"
                + (excluded.isEmpty() ? "" : "; too few forecasts: " + String.join(", ", excluded));
    }
}
