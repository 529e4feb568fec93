package org.targetcast.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The Monte Carlo line of {@code bench/run}: runs {@link SimulationBenchmark} (Gaussian shocks) and
 * {@link NormalsBenchmark} under JMH on the given number of threads (3 warm-up and 5 measured iterations of
 * 2 s, one fork each) and prints, per benchmark, one tab-separated line: its name ({@code simulation} or
 * {@code normals}), the median of the measured iterations, their minimum and maximum, in million paths per
 * second, and the number of iterations. Argument: threads (default 2).
 */
public final class Figures {
    private Figures() {
    }

    /**
     * @param args threads
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        String threads = args.length > 0 ? args[0] : "2";
        double[] sim = run(SimulationBenchmark.class.getSimpleName(), threads, "gaussian");
        double[] normals = run(NormalsBenchmark.class.getSimpleName(), threads, null);
        System.out.printf(Locale.ROOT, "%s\t%.2f\t%.2f\t%.2f\t%d%n", "simulation", sim[0], sim[1], sim[2], (int) sim[3]);
        System.out.printf(Locale.ROOT, "%s\t%.2f\t%.2f\t%.2f\t%d%n", "normals", normals[0], normals[1], normals[2], (int) normals[3]);
    }

    /** @return median, min and max of the iterations, in million paths per second, and their number */
    private static double[] run(String benchmark, String threads, String shocks) throws RunnerException {
        OptionsBuilder b = new OptionsBuilder();
        b.include("\\." + benchmark + "\\.").param("threads", threads).param("paths", "1000000").verbosity(VerboseMode.SILENT);
        if (shocks != null) {
            b.param("shocks", shocks);
        }
        Options o = b.build();
        List<Double> rates = new ArrayList<>();
        for (RunResult r : new Runner(o).run()) {
            for (BenchmarkResult br : r.getBenchmarkResults()) {
                for (IterationResult ir : br.getIterationResults()) {
                    // ms per million paths -> million paths per second
                    rates.add(1000 / ir.getPrimaryResult().getScore());
                }
            }
        }
        Collections.sort(rates);
        return new double[] {rates.get(rates.size() / 2), rates.get(0), rates.get(rates.size() - 1), rates.size()};
    }
}
