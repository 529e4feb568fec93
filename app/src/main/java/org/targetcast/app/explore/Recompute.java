package org.targetcast.app.explore;

import java.awt.EventQueue;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Computes the latest of a stream of requests on one background thread and hands each result to a
 * publisher (the Swing event thread in the explorer). Bursts are coalesced: a request submitted while
 * another is being computed replaces any request still waiting, so a slider dragged through fifty
 * positions causes a handful of computations, not fifty. A result whose request has been superseded by
 * the time it is ready is dropped (stale); published results are therefore in submission order and the
 * last request submitted is always the last one published. Nothing is computed on the submitting thread.
 *
 * @param <I> the request (an immutable state)
 * @param <O> the result
 */
public final class Recompute<I, O> implements AutoCloseable {
    /**
     * What happened to one request.
     *
     * @param <I> the request
     * @param <O> the result
     */
    public sealed interface Outcome<I, O> permits Done, Failed {
        /** @return the request's number, counting from 1 in submission order */
        long generation();

        /** @return the request */
        I request();

        /** @return {@link System#nanoTime()} when the request was submitted */
        long submittedNanos();
    }

    /**
     * A computed result.
     *
     * @param generation the request's number
     * @param request the request
     * @param result its result
     * @param submittedNanos when it was submitted
     * @param <I> the request
     * @param <O> the result
     */
    public record Done<I, O>(long generation, I request, O result, long submittedNanos) implements Outcome<I, O> {}

    /**
     * A computation that threw.
     *
     * @param generation the request's number
     * @param request the request
     * @param error what was thrown
     * @param submittedNanos when it was submitted
     * @param <I> the request
     * @param <O> the result
     */
    public record Failed<I, O>(long generation, I request, RuntimeException error, long submittedNanos)
            implements Outcome<I, O> {}

    private record Pending<I>(long generation, I request, long submittedNanos) {}

    private final Function<I, O> compute;
    private final Consumer<Runnable> publisher;
    private final Consumer<Outcome<I, O>> listener;
    private final ExecutorService worker;
    private final AtomicReference<Pending<I>> pending = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong stale = new AtomicLong();

    private Recompute(Function<I, O> compute, Consumer<Runnable> publisher, Consumer<Outcome<I, O>> listener) {
        this.compute = Objects.requireNonNull(compute, "compute");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "targetcast-recompute");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param compute the computation, run on the background thread
     * @param listener receives every outcome that is not stale, on the Swing event thread
     * @param <I> the request
     * @param <O> the result
     * @return an engine publishing to the event thread
     */
    public static <I, O> Recompute<I, O> onEventThread(Function<I, O> compute, Consumer<Outcome<I, O>> listener) {
        return new Recompute<>(compute, EventQueue::invokeLater, listener);
    }

    /**
     * @param compute the computation, run on the background thread
     * @param publisher runs the delivery of each outcome (e.g. {@code Runnable::run} to deliver on the
     *     background thread itself)
     * @param listener receives every outcome that is not stale
     * @param <I> the request
     * @param <O> the result
     * @return an engine publishing through the given publisher
     */
    public static <I, O> Recompute<I, O> of(
            Function<I, O> compute, Consumer<Runnable> publisher, Consumer<Outcome<I, O>> listener) {
        return new Recompute<>(compute, publisher, listener);
    }

    /**
     * Asks for a request to be computed, replacing any request still waiting. Returns at once.
     *
     * @param request the request
     * @return its generation number
     */
    public long submit(I request) {
        Objects.requireNonNull(request, "request");
        long g;
        synchronized (pending) {
            g = generation.incrementAndGet();
            pending.set(new Pending<>(g, request, System.nanoTime()));
        }
        if (draining.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
        return g;
    }

    /** @return how many requests were computed so far */
    public long computedCount() {
        return computed.get();
    }

    /** @return how many computed results were dropped because a newer request had arrived */
    public long staleCount() {
        return stale.get();
    }

    /** @return the generation of the latest request submitted */
    public long latestGeneration() {
        return generation.get();
    }

    private void drain() {
        while (true) {
            Pending<I> p = pending.getAndSet(null);
            if (p == null) {
                draining.set(false);
                if (pending.get() == null || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            Outcome<I, O> outcome;
            try {
                outcome = new Done<>(p.generation(), p.request(), compute.apply(p.request()), p.submittedNanos());
            } catch (RuntimeException e) {
                outcome = new Failed<>(p.generation(), p.request(), e, p.submittedNanos());
            }
            computed.incrementAndGet();
            if (p.generation() != generation.get()) {
                stale.incrementAndGet();
                continue;
            }
            Outcome<I, O> published = outcome;
            publisher.accept(() -> listener.accept(published));
        }
    }

    /** Stops the background thread; requests still waiting are dropped. */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
