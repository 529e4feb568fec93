package org.targetcast.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.targetcast.model.simulation.MonteCarlo;
import org.targetcast.model.simulation.MonteCarloSummary;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.simulation.SimulationPlan;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;

/**
 * One million paths × 11 years × 2 correlated components, with the two share targets, the growth
 * target, the first-year distributions and the per-year quantiles: the work of one scenario.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimulationBenchmark {
    @Param({"1000000"})
    int paths;

    @Param({"1", "2"})
    int threads;

    @Param({"gaussian", "student"})
    String shocks;

    private SimulationPlan plan;
    private ShockModel model;
    private MonteCarlo engine;

    /** The benchmark's plan: eleven projected years from a share of 38.2 %. */
    public static SimulationPlan plan() {
        double[] gd = new double[11];
        double[] go = new double[11];
        Arrays.fill(gd, 0.08);
        Arrays.fill(go, 0.04);
        boolean[] trend = new boolean[11];
        Arrays.fill(trend, true);
        return new SimulationPlan(2024, Math.log(0.382 / 0.618), gd, go, trend, trend,
                List.of(ShareTarget.in(2029, 0.45), ShareTarget.in(2035, 0.50), new GrowthTarget(2025, 2029, 0.0)),
                new double[] {0.05}, 2023);
    }

    @Setup
    public void setUp() {
        plan = plan();
        model = shocks.equals("gaussian") ? ShockModel.gaussian(0.055, 0.077, 0.47)
                : new ShockModel(0.055, 0.077, 0.47, 0.3, 5, 0.005, 0.006);
        engine = MonteCarlo.withDefaults().withPaths(paths).withThreads(threads);
    }

    @Benchmark
    public MonteCarloSummary simulate() {
        return engine.run(plan, model, 20241128L);
    }
}
