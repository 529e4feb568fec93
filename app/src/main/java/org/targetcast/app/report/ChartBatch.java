package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Charts drawn on all processors while the caller goes on (simulating the next scenario, writing the report
 * that embeds them). Charts can be added while others are drawn; each is built, drawn and written by one
 * thread. Of the charts waiting, the one the report shows first is drawn first; {@link #files()} lists the
 * files in the order the charts were added, so nothing written depends on the threads.
 */
public final class ChartBatch implements AutoCloseable {
    /**
     * A chart to draw.
     *
     * @param base its files' name without extension, relative to the output folder
     * @param draw draws and writes it
     */
    public record Job(String base, Callable<WrittenChart> draw) {
        /** Checks. */
        public Job {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(draw, "draw");
        }
    }

    /** A chart waiting or being drawn, ordered by its place in the report, then by when it was added. */
    private static final class Drawing extends FutureTask<WrittenChart> implements Comparable<Drawing> {
        private final int rank;
        private final long added;

        Drawing(Callable<WrittenChart> draw, int rank, long added) {
            super(draw);
            this.rank = rank;
            this.added = added;
        }

        @Override
        public int compareTo(Drawing o) {
            return rank != o.rank ? Integer.compare(rank, o.rank) : Long.compare(added, o.added);
        }
    }

    private final Map<String, Integer> ranks = new HashMap<>();
    private final Map<String, Drawing> charts = new LinkedHashMap<>();
    private final ThreadPoolExecutor pool;

    private ChartBatch(List<String> first, int processors) {
        for (String base : first) {
            ranks.putIfAbsent(base, ranks.size());
        }
        if (processors <= 0) {
            pool = null;
            return;
        }
        pool = new ThreadPoolExecutor(
                processors, processors, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "targetcast-charts");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** @return a batch that draws no charts (a run without charts) */
    public static ChartBatch none() {
        return new ChartBatch(List.of(), 0);
    }

    /**
     * @param first bases of charts to draw before the others when several wait, in this order (the order
     *     the report shows them)
     * @return a batch drawing on as many threads as there are processors, with no chart yet
     */
    public static ChartBatch open(List<String> first) {
        return open(first, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param first bases of charts to draw first, in this order
     * @param processors the most threads to draw on, at least 1
     * @return a batch with no chart yet
     */
    static ChartBatch open(List<String> first, int processors) {
        return new ChartBatch(first, Math.max(1, processors));
    }

    /**
     * Starts drawing charts, after those already added.
     *
     * @param jobs the charts, in the order their files are listed
     * @throws IllegalArgumentException if a chart's base was already added
     * @throws IllegalStateException on a batch of no charts, or one closed
     */
    public synchronized void add(List<Job> jobs) {
        if (pool == null) {
            throw new IllegalStateException("this batch draws no charts");
        }
        for (Job j : jobs) {
            if (charts.containsKey(j.base())) {
                throw new IllegalArgumentException("two charts named " + j.base());
            }
            Drawing d = new Drawing(j.draw(), ranks.getOrDefault(j.base(), ranks.size()), charts.size());
            charts.put(j.base(), d);
            pool.execute(d);
        }
    }

    /**
     * @param base a chart's files' name without extension
     * @return whether the batch draws it
     */
    public synchronized boolean has(String base) {
        return charts.containsKey(base);
    }

    /**
     * Waits for one chart.
     *
     * @param base a chart's files' name without extension
     * @return its image, empty if the batch does not draw it or wrote neither PNG nor SVG
     * @throws RuntimeException the chart's own failure
     */
    public Optional<ChartImage> image(String base) {
        Drawing d;
        synchronized (this) {
            d = charts.get(base);
        }
        return d == null ? Optional.empty() : await(d).image();
    }

    /**
     * Waits for every chart added.
     *
     * @return the files written, relative to the output folder, chart by chart in the order added
     * @throws RuntimeException the first failing chart's own failure
     */
    public List<String> files() {
        List<Drawing> all;
        synchronized (this) {
            all = List.copyOf(charts.values());
        }
        List<String> written = new ArrayList<>();
        for (Drawing d : all) {
            written.addAll(await(d).files());
        }
        return written;
    }

    private static WrittenChart await(Future<WrittenChart> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the charts", e);
        }
    }

    /**
     * Drops the charts not yet started (after a failure elsewhere) and waits for those being drawn, so no
     * thread still writes into the output folder when it is discarded.
     */
    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
