package org.targetcast.bench;

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

/**
 * The floor under {@link SimulationBenchmark}'s Gaussian case: the same normals, blocks, streams and
 * threads, and nothing else ({@link NormalDraws}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalsBenchmark {
    @Param({"1000000"})
    int paths;

    @Param({"1", "2"})
    int threads;

    private NormalDraws draws;

    @Setup
    public void setUp() {
        draws = new NormalDraws(paths, SimulationBenchmark.plan().years(), threads);
    }

    @Benchmark
    public double draw() {
        return draws.run(20241128L);
    }
}
