package org.targetcast.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.targetcast.model.simulation.MonteCarlo;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.simulation.SimulationPlan;

/**
 * A quick figure without JMH: runs the benchmark's simulation (Gaussian shocks) and, beside it, the
 * drawing of the same normals alone ({@link NormalDraws}) repeatedly, and prints the best and median wall
 * time of each, paths per second, and the ratio of the medians. On one thread the work runs on the calling
 * thread, so the CPU time of that thread is printed too: a steadier figure on a busy machine. Arguments:
 * paths (default 1000000), threads (default all processors), repetitions (default 15).
 */
public final class Throughput {
    private Throughput() {
    }

    /**
     * @param args paths, threads, repetitions
     */
    public static void main(String[] args) {
        int paths = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        SimulationPlan plan = SimulationBenchmark.plan();
        ShockModel shocks = ShockModel.gaussian(0.055, 0.077, 0.47);
        MonteCarlo engine = MonteCarlo.withDefaults().withPaths(paths).withThreads(threads);
        NormalDraws normals = new NormalDraws(paths, plan.years(), threads);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%d paths x %d years x 2 components, %d threads, %d processors, max heap %d MiB%n",
                paths, plan.years(), threads, rt.availableProcessors(), rt.maxMemory() >> 20);
        double sim = measure("simulation", paths, threads, reps, seed -> engine.run(plan, shocks, seed));
        double draws = measure("normals alone", paths, threads, reps, seed -> normals.run(seed));
        System.out.printf(Locale.ROOT, "simulation / normals alone (median wall time): %.2f%n", sim / draws);
    }

    /** @return the median wall time in seconds */
    private static double measure(String what, int paths, int threads, int reps, LongConsumer run) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int w = 0; w < 5; w++) {
            run.accept(w);
        }
        long[] wall = new long[reps];
        long[] cpu = new long[reps];
        for (int r = 0; r < reps; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            run.accept(r);
            wall[r] = System.nanoTime() - t0;
            cpu[r] = mx.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        double median = wall[reps / 2] / 1e9;
        System.out.printf(Locale.ROOT, "%-14s best %.3f s, median %.3f s: %.2f million paths per second (median)%s%n", what,
                wall[0] / 1e9, median, paths / median / 1e6,
                threads == 1 ? String.format(Locale.ROOT, "; CPU median %.3f s", cpu[reps / 2] / 1e9) : "");
        return median;
    }
}
