package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Charts drawn on all processors while the caller goes on (writing the report that embeds them). Each chart
 * is built, drawn and written by one thread; they are started in the order the report needs them, and
 * {@link #files()} lists their files in the order the charts were planned, so nothing written depends on
 * the threads.
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

    private final Map<String, Future<WrittenChart>> charts;
    private final ExecutorService pool;

    private ChartBatch(Map<String, Future<WrittenChart>> charts, ExecutorService pool) {
        this.charts = charts;
        this.pool = pool;
    }

    /** @return a batch of no charts (a run without charts) */
    public static ChartBatch none() {
        return new ChartBatch(Map.of(), null);
    }

    /**
     * Starts drawing on as many threads as there are processors (at most one per chart).
     *
     * @param jobs the charts, in the order their files are listed
     * @param first bases of charts to start before the others, in this order (those not planned are ignored)
     * @return the batch, drawing
     * @throws IllegalArgumentException if two charts share a base
     */
    public static ChartBatch start(List<Job> jobs, List<String> first) {
        return start(jobs, first, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param jobs the charts, in the order their files are listed
     * @param first bases of charts to start before the others, in this order
     * @param processors the most threads to draw on
     * @return the batch, drawing
     */
    static ChartBatch start(List<Job> jobs, List<String> first, int processors) {
        Map<String, Job> byBase = new LinkedHashMap<>();
        for (Job j : jobs) {
            if (byBase.put(j.base(), j) != null) {
                throw new IllegalArgumentException("two charts named " + j.base());
            }
        }
        if (jobs.isEmpty()) {
            return none();
        }
        int threads = Math.max(1, Math.min(jobs.size(), processors));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "targetcast-charts");
            t.setDaemon(true);
            return t;
        });
        Set<String> order = new LinkedHashSet<>();
        for (String base : first) {
            if (byBase.containsKey(base)) {
                order.add(base);
            }
        }
        order.addAll(byBase.keySet());
        Map<String, Future<WrittenChart>> started = new LinkedHashMap<>();
        for (String base : order) {
            started.put(base, pool.submit(byBase.get(base).draw()));
        }
        Map<String, Future<WrittenChart>> listed = new LinkedHashMap<>();
        for (String base : byBase.keySet()) {
            listed.put(base, started.get(base));
        }
        return new ChartBatch(listed, pool);
    }

    /**
     * @param base a chart's files' name without extension
     * @return whether the batch draws it
     */
    public boolean has(String base) {
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
        Future<WrittenChart> f = charts.get(base);
        return f == null ? Optional.empty() : await(f).image();
    }

    /**
     * Waits for every chart.
     *
     * @return the files written, relative to the output folder, chart by chart in the order planned
     * @throws RuntimeException the first failing chart's own failure
     */
    public List<String> files() {
        List<String> written = new ArrayList<>();
        for (Future<WrittenChart> f : charts.values()) {
            written.addAll(await(f).files());
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
