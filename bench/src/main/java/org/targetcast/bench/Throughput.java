package org.targetcast.bench;

import java.util.Locale;
import org.targetcast.model.simulation.MonteCarlo;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.simulation.SimulationPlan;

/**
 * A quick figure without JMH: runs the benchmark's simulation repeatedly and prints the best and median
 * wall time and paths per second. Arguments: paths (default 1000000), threads (default all processors),
 * repetitions (default 15).
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
        long[] nanos = new long[reps];
        for (int w = 0; w < 5; w++) {
            engine.run(plan, shocks, w);
        }
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            engine.run(plan, shocks, r);
            nanos[r] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(nanos);
        double best = nanos[0] / 1e9;
        double median = nanos[reps / 2] / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%d paths x %d years x 2 components, %d threads, %d processors, max heap %d MiB%n",
                paths, plan.years(), threads, rt.availableProcessors(), rt.maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "best %.3f s, median %.3f s: %.2f million paths per second (median)%n",
                best, median, paths / median / 1e6);
    }
}
