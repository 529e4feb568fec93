package org.targetcast.app.explore;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.targetcast.charts.Lang;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.model.analysis.Assumption;

/**
 * Measures what the explorer's user waits for after a slider move: from the new state being submitted to
 * the result published on the event thread (computed, chart built) and to the chart painted at
 * 1000 × 600 pixels there, as the window does. Runs the same {@link Recompute} path as the window, one
 * state change at a time (digital growth stepping through 2 % to 12 %), after a warm-up. Needs no display.
 */
public final class LatencyProbe {
    private static final int WARM_UP = 40;

    /**
     * Latencies in milliseconds.
     *
     * @param runs state changes measured
     * @param exact whether the results came from the closed form
     * @param published median, 95th percentile and maximum until the result reached the event thread
     * @param painted median, 95th percentile and maximum until the chart was painted
     */
    public record Figures(int runs, boolean exact, double[] published, double[] painted) {}

    private record Sample(long published, long painted, boolean exact) {}

    private LatencyProbe() {}

    /**
     * @param engine computes results
     * @param loaded the scenario explored
     * @param lang label language
     * @param runs state changes to measure, at least 1
     * @return the figures
     * @throws InterruptedException if interrupted while waiting for a result
     */
    public static Figures measure(ExplorerEngine engine, LoadedScenario loaded, Lang lang, int runs)
            throws InterruptedException {
        LinkedBlockingQueue<Object> results = new LinkedBlockingQueue<>();
        BufferedImage image = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
        ExplorerState base = ExplorerState.of(loaded);
        long[] published = new long[runs];
        long[] painted = new long[runs];
        boolean exact = true;
        try (Recompute<ExplorerState, ExplorerWindow.Drawn> r = Recompute.onEventThread(
                s -> ExplorerWindow.draw(engine, s, lang), outcome -> results.offer(paint(outcome, image)))) {
            for (int i = 0; i < WARM_UP + runs; i++) {
                r.submit(base.with(Assumption.DIGITAL_GROWTH, 0.02 + 0.001 * (i % 101)));
                Object o = results.poll(60, TimeUnit.SECONDS);
                if (!(o instanceof Sample s)) {
                    throw new IllegalStateException("no result: " + o);
                }
                if (i >= WARM_UP) {
                    published[i - WARM_UP] = s.published();
                    painted[i - WARM_UP] = s.painted();
                    exact &= s.exact();
                }
            }
        }
        return new Figures(runs, exact, summary(published), summary(painted));
    }

    private static Object paint(Recompute.Outcome<ExplorerState, ExplorerWindow.Drawn> outcome, BufferedImage image) {
        long published = System.nanoTime() - outcome.submittedNanos();
        if (outcome instanceof Recompute.Failed<ExplorerState, ExplorerWindow.Drawn> f) {
            return f.error();
        }
        ExplorerWindow.Drawn d = ((Recompute.Done<ExplorerState, ExplorerWindow.Drawn>) outcome).result();
        Graphics2D g = image.createGraphics();
        try {
            d.chart().paint(g, image.getWidth(), image.getHeight());
        } finally {
            g.dispose();
        }
        return new Sample(
                published,
                System.nanoTime() - outcome.submittedNanos(),
                d.result().exact());
    }

    private static double[] summary(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new double[] {
            s[s.length / 2] / 1e6,
            s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)] / 1e6,
            s[s.length - 1] / 1e6
        };
    }
}
