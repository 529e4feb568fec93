package org.targetcast.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecomputeTest {
    private static <T> T take(LinkedBlockingQueue<T> q) throws InterruptedException {
        T t = q.poll(20, TimeUnit.SECONDS);
        if (t == null) {
            throw new AssertionError("nothing published within 20 s");
        }
        return t;
    }

    @Test
    void manyRapidRequestsLastOneWinsInOrderOffTheCallingThread() throws InterruptedException {
        Set<Thread> computedOn = ConcurrentHashMap.newKeySet();
        List<Recompute.Outcome<Integer, Integer>> published = Collections.synchronizedList(new ArrayList<>());
        LinkedBlockingQueue<Long> generations = new LinkedBlockingQueue<>();
        try (Recompute<Integer, Integer> r = Recompute.of(
                i -> {
                    computedOn.add(Thread.currentThread());
                    sleep(2);
                    return i * 2;
                },
                Runnable::run,
                o -> {
                    published.add(o);
                    generations.add(o.generation());
                })) {
            int n = 500;
            for (int i = 1; i <= n; i++) {
                r.submit(i);
            }
            long g;
            do {
                g = take(generations);
            } while (g < n);
            Recompute.Outcome<Integer, Integer> last = published.get(published.size() - 1);
            assertEquals(500, last.request());
            assertEquals(1000, ((Recompute.Done<Integer, Integer>) last).result());
            for (int i = 1; i < published.size(); i++) {
                assertTrue(published.get(i).generation() > published.get(i - 1).generation(), "published out of order");
            }
            assertTrue(r.computedCount() < n / 5, "coalesced: computed " + r.computedCount() + " of " + n);
            assertFalse(computedOn.contains(Thread.currentThread()), "computed on the calling thread");
            assertEquals(1, computedOn.size());
        }
    }

    @Test
    void staleResultIsDroppedWhenANewerRequestArrivesDuringTheComputation() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LinkedBlockingQueue<Recompute.Outcome<String, String>> out = new LinkedBlockingQueue<>();
        try (Recompute<String, String> r = Recompute.of(
                s -> {
                    if (s.equals("first")) {
                        started.countDown();
                        await(release);
                    }
                    return s.toUpperCase(java.util.Locale.ROOT);
                },
                Runnable::run,
                out::add)) {
            r.submit("first");
            assertTrue(started.await(20, TimeUnit.SECONDS));
            r.submit("second");
            r.submit("third");
            release.countDown();
            Recompute.Outcome<String, String> o = take(out);
            assertEquals("THIRD", ((Recompute.Done<String, String>) o).result());
            assertEquals(3, o.generation());
            assertEquals(2, r.computedCount(), "first and third; second was replaced while waiting");
            assertEquals(1, r.staleCount());
            assertTrue(out.isEmpty());
        }
    }

    @Test
    void publishesOnTheEventThread() throws InterruptedException {
        LinkedBlockingQueue<Boolean> onEdt = new LinkedBlockingQueue<>();
        try (Recompute<Integer, Integer> r = Recompute.onEventThread(
                i -> {
                    onEdt.add(EventQueue.isDispatchThread());
                    return i;
                },
                o -> onEdt.add(EventQueue.isDispatchThread()))) {
            r.submit(1);
            assertFalse(take(onEdt), "computed on the event thread");
            assertTrue(take(onEdt), "published off the event thread");
        }
    }

    @Test
    void aFailedComputationIsPublishedAndTheNextRequestStillRuns() throws InterruptedException {
        LinkedBlockingQueue<Recompute.Outcome<Integer, Integer>> out = new LinkedBlockingQueue<>();
        try (Recompute<Integer, Integer> r = Recompute.of(
                i -> {
                    if (i < 0) {
                        throw new IllegalArgumentException("negative");
                    }
                    return i;
                },
                Runnable::run,
                out::add)) {
            r.submit(-1);
            Recompute.Outcome<Integer, Integer> o = take(out);
            if (!(o instanceof Recompute.Failed<Integer, Integer> f)) {
                throw new AssertionError("expected a failure, got " + o);
            }
            assertEquals("negative", f.error().getMessage());
            r.submit(4);
            assertEquals(4, ((Recompute.Done<Integer, Integer>) take(out)).result());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
