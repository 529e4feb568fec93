package org.targetcast.app.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.targetcast.model.ModelException;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.RollingOrigin;
import org.targetcast.model.selection.AutoModel;
import org.targetcast.model.selection.BacktestMemo;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.PooledDriftTrend;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendModel;

/**
 * The backtests of {@code backtest --panel}: every family on every series of the panel, the series in
 * parallel, the results in the panel's order whatever the number of threads.
 *
 * <p>One {@link BacktestMemo} serves the whole panel: the plain families, {@code auto}, {@code combo} and the
 * report's own uses of {@code auto} ({@link #auto()}) fit each window of a series once and rank each window
 * once; the pooled family pools over the whole panel, as before. Each series is computed on its own and its
 * result kept in the panel's order, and every fit is a deterministic function of its data, so the tables are
 * identical for one thread or many.
 *
 * @param families the families backtested on every series, in the order asked
 * @param rows one row per series backtested, in the panel's order
 * @param skipped one line per series left out, with the reason, in the panel's order
 * @param auto the auto model fitting through the panel's memo
 */
record PanelBacktest(List<TrendFamily> families, List<Row> rows, List<String> skipped, AutoModel auto) {
    /**
     * One series of the panel.
     *
     * @param key its key, e.g. {@code unctad:India.digital}
     * @param series the data
     * @param evaluations the backtest of each family, in the order asked
     * @param autoPick the family auto chooses on the whole series
     */
    record Row(String key, AnnualSeries series, Map<TrendFamily, Evaluation> evaluations, TrendFamily autoPick) {
        /** Copies the map, keeping its order. */
        Row {
            evaluations = Collections.unmodifiableMap(new LinkedHashMap<>(evaluations));
        }

        /**
         * @param family one of the families backtested
         * @return its backtest on this series
         * @throws IllegalArgumentException if the family was not backtested
         */
        Evaluation evaluation(TrendFamily family) {
            Evaluation e = evaluations.get(family);
            if (e == null) {
                throw new IllegalArgumentException(family.key() + " was not backtested on " + key);
            }
            return e;
        }
    }

    /** Copies the lists. */
    PanelBacktest {
        families = List.copyOf(families);
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
    }

    /**
     * @param members the panel
     * @param families the families backtested on each series
     * @param backtest the rolling-origin settings
     * @param threads worker threads, at least 1 (the results do not depend on it)
     * @return the backtests of every series that could be backtested, and the others with the reason
     */
    static PanelBacktest run(PanelSeries members, List<TrendFamily> families, RollingOrigin backtest, int threads) {
        BacktestMemo memo = BacktestMemo.create();
        TrendModel pooled = PooledDriftTrend.over(members.series());
        Function<TrendFamily, TrendModel> models = f -> f == TrendFamily.POOLED ? pooled : memo.model(f);
        AutoModel auto = AutoModel.create().withMemo(memo);
        ForkJoinPool pool = new ForkJoinPool(threads);
        List<Outcome> outcomes;
        try {
            outcomes = pool.submit(() -> members.members().stream()
                            .parallel()
                            .map(m -> backtest(m.key(), m.series(), families, backtest, models, auto))
                            .toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("panel backtest interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        List<Row> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>(members.skipped());
        for (Outcome o : outcomes) {
            if (o.row() != null) {
                rows.add(o.row());
            } else {
                skipped.add(o.skipped());
            }
        }
        return new PanelBacktest(families, rows, skipped, auto);
    }

    /** A series backtested ({@code row}) or skipped ({@code skipped}, the line saying why). */
    private record Outcome(Row row, String skipped) {}

    /** @return the row of one series, or the line saying why it is skipped */
    private static Outcome backtest(
            String key,
            AnnualSeries s,
            List<TrendFamily> families,
            RollingOrigin backtest,
            Function<TrendFamily, TrendModel> models,
            AutoModel auto) {
        if (backtest.origins(s).isEmpty()) {
            return new Outcome(
                    null,
                    key + ": " + s.size() + " observations, too few for an origin (the " + backtest.minimumTraining()
                            + "th observation must have a later one)");
        }
        try {
            Map<TrendFamily, Evaluation> ev = new LinkedHashMap<>();
            for (TrendFamily f : families) {
                ev.put(f, backtest.evaluate(s, models.apply(f)));
            }
            return new Outcome(new Row(key, s, ev, auto.fit(s).chosenFamily()), null);
        } catch (ModelException e) {
            return new Outcome(null, key + ": " + e.getMessage());
        }
    }

    /** @return every backtest, series by series */
    List<Evaluation> all() {
        return rows.stream().flatMap(r -> r.evaluations().values().stream()).toList();
    }
}
