package org.targetcast.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.targetcast.model.simulation.MonteCarlo;

/**
 * The floor under the Monte Carlo: draws exactly the standard normals a Gaussian run draws (two per path
 * and projected year), in the same blocks of {@link MonteCarlo#BLOCK} paths, each from its own jump of an
 * XoRoShiRo128++ generator, spread over the same number of threads, and does nothing with them but add
 * them up (so the compiler cannot drop the draws). A simulation can at best match this.
 */
public final class NormalDraws {
    private final int paths;
    private final int years;
    private final int threads;

    /**
     * @param paths paths, at least 1
     * @param years projected years per path, at least 1
     * @param threads worker threads, at least 1
     */
    public NormalDraws(int paths, int years, int threads) {
        if (paths < 1 || years < 1 || threads < 1) {
            throw new IllegalArgumentException("paths = " + paths + ", years = " + years + ", threads = " + threads
                    + ": each must be at least 1");
        }
        this.paths = paths;
        this.years = years;
        this.threads = threads;
    }

    /**
     * @param seed the seed of the streams
     * @return the sum of all draws
     */
    public double run(long seed) {
        int blocks = (paths + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK;
        JumpableUniformRandomProvider base = (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        JumpableUniformRandomProvider[] streams = new JumpableUniformRandomProvider[blocks];
        for (int b = 0; b < blocks; b++) {
            streams[b] = (JumpableUniformRandomProvider) base.jump();
        }
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(threads, blocks);
        if (workers == 1) {
            return work(streams, next, blocks);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "targetcast-normals");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Double>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> work(streams, next, blocks)));
            }
            double sum = 0;
            for (Future<Double> f : futures) {
                sum += f.get();
            }
            return sum;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private double work(JumpableUniformRandomProvider[] streams, AtomicInteger next, int blocks) {
        double sum = 0;
        int draws = 2 * years;
        for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            int n = Math.min(MonteCarlo.BLOCK, paths - b * MonteCarlo.BLOCK);
            ContinuousSampler gauss = ZigguratSampler.NormalizedGaussian.of(streams[b].jump());
            for (int p = 0; p < n; p++) {
                for (int k = 0; k < draws; k++) {
                    sum += gauss.sample();
                }
            }
        }
        return sum;
    }
}
