package org.targetcast.model.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.targetcast.model.ModelException;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * Simulates paths of the two components' yearly log growth ({@link ShockModel}) on top of a
 * {@link SimulationPlan}, and summarises them as they go ({@link PathAccumulator}).
 *
 * <p>Reproducibility: paths are simulated in fixed blocks of {@value #BLOCK} paths; block b draws from its
 * own stream, the b-th jump (2^64 steps apart) of an XoRoShiRo128++ generator seeded with the run's seed
 * (Commons RNG {@link JumpableUniformRandomProvider}). Which thread runs a block does not matter and all
 * summaries are integer counts, so a seed gives bit-identical results whatever the number of threads.
 * Scenarios run with the same seed share their random numbers (common random numbers), so differences
 * between them come from their assumptions, not from noise.
 *
 * <p>Immutable; configure by copies: {@code MonteCarlo.withDefaults().withPaths(1_000_000).withThreads(2)}.
 */
public final class MonteCarlo {
    /** Paths per block: the unit of work and of random streams. */
    public static final int BLOCK = 8192;

    private final int paths;
    private final int threads;
    private final ProgressListener progress;
    private final boolean components;

    private MonteCarlo(int paths, int threads, ProgressListener progress, boolean components) {
        this.paths = paths;
        this.threads = threads;
        this.progress = progress;
        this.components = components;
    }

    /** @return 100,000 paths on as many threads as processors */
    public static MonteCarlo withDefaults() {
        return new MonteCarlo(100_000, Runtime.getRuntime().availableProcessors(), ProgressListener.NONE, false);
    }

    /**
     * @param n number of paths, at least 1
     * @return a copy simulating n paths
     */
    public MonteCarlo withPaths(int n) {
        if (n < 1) {
            throw ModelException.of("paths = %d must be at least 1", n);
        }
        return new MonteCarlo(n, threads, progress, components);
    }

    /**
     * @param n number of worker threads, at least 1 (the results do not depend on it)
     * @return a copy using n threads
     */
    public MonteCarlo withThreads(int n) {
        if (n < 1) {
            throw ModelException.of("threads = %d must be at least 1", n);
        }
        return new MonteCarlo(paths, n, progress, components);
    }

    /**
     * @param listener told as blocks finish
     * @return a copy reporting progress
     */
    public MonteCarlo withProgress(ProgressListener listener) {
        return new MonteCarlo(paths, threads, listener, components);
    }

    /**
     * @param on whether to histogram each component's log growth as well, for its quantiles
     *     ({@link MonteCarloSummary#projectedQuantiles}); the same random numbers either way, so every other
     *     result is identical
     * @return a copy that does so or not (by default not: two more histograms a year cost time and memory)
     */
    public MonteCarlo withComponents(boolean on) {
        return new MonteCarlo(paths, threads, progress, on);
    }

    /** @return the number of paths */
    public int paths() {
        return paths;
    }

    /**
     * @param plan the deterministic skeleton
     * @param shocks the shock model
     * @param seed the seed of the random streams
     * @return the summary of all paths
     */
    public MonteCarloSummary run(SimulationPlan plan, ShockModel shocks, long seed) {
        int blocks = (paths + BLOCK - 1) / BLOCK;
        JumpableUniformRandomProvider base =
                (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        JumpableUniformRandomProvider[] streams = new JumpableUniformRandomProvider[blocks];
        for (int b = 0; b < blocks; b++) {
            streams[b] = (JumpableUniformRandomProvider) base.jump();
        }
        int workers = Math.min(threads, blocks);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        PathKernel kernel = new PathKernel(plan, shocks, components);
        List<PathAccumulator> parts = new ArrayList<>();
        if (workers == 1) {
            parts.add(work(kernel, streams, next, done, blocks));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "targetcast-simulation");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<PathAccumulator>> futures = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    futures.add(pool.submit(() -> work(kernel, streams, next, done, blocks)));
                }
                for (Future<PathAccumulator> f : futures) {
                    parts.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("simulation interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        PathAccumulator total = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            total.combine(parts.get(i));
        }
        return MonteCarloSummary.of(plan, total);
    }

    private PathAccumulator work(
            PathKernel kernel,
            JumpableUniformRandomProvider[] streams,
            AtomicInteger next,
            AtomicInteger done,
            int blocks) {
        PathAccumulator acc = kernel.newAccumulator();
        for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            int n = Math.min(BLOCK, paths - b * BLOCK);
            // jump() hands back a copy with the block's state, made on this thread: the streams were made one
            // after another on the calling thread and sit side by side in memory, so drawing from them
            // directly would have two threads writing to one cache line (false sharing)
            kernel.simulate(streams[b].jump(), n, acc);
            progress.progress(done.incrementAndGet(), blocks);
        }
        return acc;
    }

    /** The per-path recursion, with everything precomputed that does not change between paths. */
    private static final class PathKernel {
        private final int years;
        private final double start;
        private final double[] gd;
        private final double[] go;
        private final boolean[] td;
        private final boolean[] to;
        private final ShockModel s;
        private final double rhoComplement;
        private final List<Target> targets;
        private final double[] threshold;
        private final int[] yearIndex;
        private final int[] fromIndex;
        private final int[] toIndex;
        private final boolean[] observedOk;
        /** Per growth target, whether it is on the average growth (its threshold is then the total needed). */
        private final boolean[] average;

        private final boolean[] isShare;
        /** Whether each component's log growth is histogrammed too. */
        private final boolean components;

        /**
         * Per projected year, the grid position of ln(D/O) under the Gaussian shocks whose quantiles are mapped,
         * {@code x = a·L + b} ({@link ErrorMap#slope}, {@link ErrorMap#shift}); null without errors.
         */
        private final double[] mapSlope;

        private final double[] mapShift;
        /** Per projected year, E L + Q(Φ(z)) on the grid of {@link ErrorMap}; null without errors. */
        private final double[][] mapTable;

        PathKernel(SimulationPlan plan, ShockModel shocks, boolean components) {
            this.components = components;
            if (shocks.byErrors()) {
                ClosedForm gaussian = ClosedForm.of(plan, shocks.withoutErrors());
                mapSlope = new double[plan.years()];
                mapShift = new double[plan.years()];
                mapTable = new double[plan.years()][];
                for (int k = 0; k < plan.years(); k++) {
                    double mean = gaussian.meanLogRatio(plan.lastObservedYear() + k + 1);
                    double sdK = gaussian.sdLogRatio(plan.lastObservedYear() + k + 1);
                    mapSlope[k] = ErrorMap.slope(sdK);
                    mapShift[k] = ErrorMap.shift(mean, sdK);
                    mapTable[k] = ErrorMap.table(mean, shocks.errors(), k + 1);
                }
            } else {
                mapSlope = null;
                mapShift = null;
                mapTable = null;
            }
            years = plan.years();
            start = plan.startLogRatio();
            gd = plan.growthDigital();
            go = plan.growthOther();
            td = plan.trendDigital();
            to = plan.trendOther();
            s = shocks;
            rhoComplement = Math.sqrt(Math.max(0, 1 - shocks.correlation() * shocks.correlation()));
            targets = plan.targets();
            int n = targets.size();
            threshold = new double[n];
            yearIndex = new int[n];
            fromIndex = new int[n];
            toIndex = new int[n];
            observedOk = new boolean[n];
            average = new boolean[n];
            isShare = new boolean[n];
            int c = plan.lastObservedYear();
            for (int i = 0; i < n; i++) {
                Target t = targets.get(i);
                if (t instanceof ShareTarget st) {
                    isShare[i] = true;
                    threshold[i] = SimulationPlan.threshold(st);
                    yearIndex[i] = st.year() - c - 1;
                } else {
                    GrowthTarget gt = (GrowthTarget) t;
                    average[i] = gt.average();
                    threshold[i] = gt.average()
                            ? SimulationPlan.totalThreshold(gt) - plan.observedLogGrowth(gt)
                            : Math.log1p(gt.atLeast());
                    fromIndex[i] = Math.max(gt.from(), c + 1) - c - 1;
                    toIndex[i] = gt.to() - c - 1;
                    observedOk[i] = plan.observedYearsMeet(gt);
                }
            }
        }

        /**
         * @param k the projected year's index (horizon k + 1)
         * @param l the path's ln(D/O) under the Gaussian shocks
         * @return the central forecast plus the error at the same quantile: {@code E L + Q(Φ((l − E L)/sd L))}
         */
        private double mapped(int k, double l) {
            return ErrorMap.atPosition(mapTable[k], l * mapSlope[k] + mapShift[k]);
        }

        PathAccumulator newAccumulator() {
            return new PathAccumulator(years, targets, components);
        }

        void simulate(UniformRandomProvider rng, int n, PathAccumulator acc) {
            if (s.isGaussian() && s.persistence() == 0) {
                simulateGaussian(rng, n, acc);
            } else {
                simulateGeneral(rng, n, acc);
            }
        }

        /**
         * Gaussian shocks without persistence, the common case: a path's trend draws and normals are drawn
         * first, in one tight loop, then turned into growth and the log ratio in a second loop without
         * branches. Draws the same numbers in the same order, and does the same arithmetic, as
         * {@link #simulateGeneral}, so the results are identical.
         */
        private void simulateGaussian(UniformRandomProvider rng, int n, PathAccumulator acc) {
            ContinuousSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
            double sd = s.sigmaDigital();
            double so = s.sigmaOther();
            double rho = s.correlation();
            double rc = rhoComplement;
            double tauD = s.parameterSdDigital();
            double tauO = s.parameterSdOther();
            boolean draws = tauD > 0 || tauO > 0;
            boolean scaleDraw = !s.isScaleKnown();
            ContinuousSampler scaleChi2 =
                    scaleDraw ? AhrensDieterMarsagliaTsangGammaSampler.of(rng, s.volatilityDf() / 2, 2) : null;
            double parameterRho = tauD > 0 ? s.parameterCorrelation() : 0;
            double parameterRhoComplement = Math.sqrt(Math.max(0, 1 - parameterRho * parameterRho));
            int h = years;
            int[][] histogram = acc.histogram;
            int[][] digitalHistogram = acc.digitalHistogram;
            int[][] otherHistogram = acc.otherHistogram;
            // each year's growth before its shock: the plan's, plus the path's trend draw where trend-driven
            double[] meanD = draws || scaleDraw ? new double[h] : gd;
            double[] meanO = draws || scaleDraw ? new double[h] : go;
            double[] logRatio = new double[h];
            double[] digitalGrowth = new double[h];
            for (int p = 0; p < n; p++) {
                double scale = scaleDraw ? Math.sqrt(s.volatilityDf() / scaleChi2.sample()) : 1;
                if (draws || scaleDraw) {
                    double pd = tauD > 0 ? gauss.sample() : 0;
                    double po = tauO > 0 ? gauss.sample() : 0;
                    double dd = scale * tauD * pd;
                    double dOther = scale * tauO * (parameterRho * pd + parameterRhoComplement * po);
                    for (int k = 0; k < h; k++) {
                        meanD[k] = gd[k] + (td[k] ? dd : 0);
                        meanO[k] = go[k] + (to[k] ? dOther : 0);
                    }
                }
                double l = start;
                double cumD = 0;
                double cumO = 0;
                for (int k = 0; k < h; k++) {
                    // the normals in the order the general recursion draws them (two a year)
                    double z1 = gauss.sample();
                    double z2 = gauss.sample();
                    // the general recursion's operations in its order, with φ = 0: u_D = σ_D·z1,
                    // u_O = σ_O·(ρ·z1 + √(1−ρ²)·z2)
                    double growthD = meanD[k] + scale * sd * z1;
                    double growthO = meanO[k] + scale * so * (rho * z1 + rc * z2);
                    l += growthD - growthO;
                    cumD += growthD;
                    cumO += growthO;
                    double x = mapTable == null ? l : mapped(k, l);
                    histogram[k][PathAccumulator.bin(x)]++;
                    if (components) {
                        digitalHistogram[k][PathAccumulator.bin(cumD)]++;
                        otherHistogram[k][PathAccumulator.bin(cumO)]++;
                    }
                    logRatio[k] = x;
                    digitalGrowth[k] = growthD;
                }
                judge(logRatio, digitalGrowth, acc);
            }
            acc.paths += n;
        }

        private void simulateGeneral(UniformRandomProvider rng, int n, PathAccumulator acc) {
            ContinuousSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
            boolean t = !s.isGaussian();
            ContinuousSampler chi2 = t ? AhrensDieterMarsagliaTsangGammaSampler.of(rng, s.tailDf() / 2, 2) : null;
            double tScale = t ? Math.sqrt(s.tailDf() - 2) : 1;
            boolean scaleDraw = !s.isScaleKnown();
            ContinuousSampler scaleChi2 =
                    scaleDraw ? AhrensDieterMarsagliaTsangGammaSampler.of(rng, s.volatilityDf() / 2, 2) : null;
            double sd = s.sigmaDigital();
            double so = s.sigmaOther();
            double rho = s.correlation();
            double phi = s.persistence();
            // with one draw missing (τ = 0) the other is drawn alone, as before
            double parameterRho = s.parameterSdDigital() > 0 ? s.parameterCorrelation() : 0;
            double parameterRhoComplement = Math.sqrt(Math.max(0, 1 - parameterRho * parameterRho));
            double[] logRatio = new double[years];
            double[] digitalGrowth = new double[years];
            for (int p = 0; p < n; p++) {
                double l = start;
                double cumD = 0;
                double cumO = 0;
                double ud = 0;
                double uo = 0;
                // one scale per path when the volatilities carry their estimation uncertainty: s² = ν/χ²_ν
                double scale = scaleDraw ? Math.sqrt(s.volatilityDf() / scaleChi2.sample()) : 1;
                double pd = s.parameterSdDigital() > 0 ? gauss.sample() : 0;
                double po = s.parameterSdOther() > 0 ? gauss.sample() : 0;
                double dd = scale * s.parameterSdDigital() * pd;
                double dOther = scale * s.parameterSdOther() * (parameterRho * pd + parameterRhoComplement * po);
                // the hot loop only draws, accumulates and records; targets are judged on the record below
                for (int k = 0; k < years; k++) {
                    double z1 = gauss.sample();
                    double z2 = gauss.sample();
                    if (t) {
                        double w = tScale / Math.sqrt(chi2.sample());
                        z1 *= w;
                        z2 *= w;
                    }
                    ud = phi * ud + scale * sd * z1;
                    uo = phi * uo + scale * so * (rho * z1 + rhoComplement * z2);
                    double growthD = gd[k] + (td[k] ? dd : 0) + ud;
                    double growthO = go[k] + (to[k] ? dOther : 0) + uo;
                    l += growthD - growthO;
                    cumD += growthD;
                    cumO += growthO;
                    double x = mapTable == null ? l : mapped(k, l);
                    acc.histogram[k][PathAccumulator.bin(x)]++;
                    if (components) {
                        acc.digitalHistogram[k][PathAccumulator.bin(cumD)]++;
                        acc.otherHistogram[k][PathAccumulator.bin(cumO)]++;
                    }
                    logRatio[k] = x;
                    digitalGrowth[k] = growthD;
                }
                judge(logRatio, digitalGrowth, acc);
            }
            acc.paths += n;
        }

        /**
         * Counts one path against every target, from its yearly log ratios and digital growth. Without
         * branches that depend on the path (each would be mispredicted about as often as a target is
         * uncertain): the first year at or above a share target is the count of leading years below it,
         * {@code Σ_j Π_{i≤j} [L_i < threshold]} over the latest observed year and the projected years, which
         * is 0 when already there and H + 1 when never reached.
         */
        private void judge(double[] logRatio, double[] digitalGrowth, PathAccumulator acc) {
            for (int i = 0; i < isShare.length; i++) {
                double thr = threshold[i];
                if (isShare[i]) {
                    int below = below(start, thr);
                    int first = below;
                    for (int k = 0; k < years; k++) {
                        below &= below(logRatio[k], thr);
                        first += below;
                    }
                    acc.firstYear[i][first]++;
                    if (yearIndex[i] >= 0) {
                        acc.inYear[i] += 1 - below(logRatio[yearIndex[i]], thr);
                    }
                } else if (average[i]) {
                    double sum = 0;
                    for (int k = fromIndex[i]; k <= toIndex[i]; k++) {
                        sum += digitalGrowth[k];
                    }
                    acc.growthMet[i] += 1 - below(sum, thr);
                } else if (observedOk[i]) {
                    int misses = 0;
                    for (int k = fromIndex[i]; k <= toIndex[i]; k++) {
                        misses += below(digitalGrowth[k], thr);
                    }
                    // 1 when no year missed, else 0
                    acc.growthMet[i] += (misses - 1) >>> 31;
                }
            }
        }

        /**
         * @return 1 if a &lt; b, else 0, for numbers that are not NaN, without a branch: the sign bit of
         *     a − b, where adding +0 turns −0 (a = −0, b = +0, which are equal) into +0
         */
        private static int below(double a, double b) {
            return (int) (Double.doubleToRawLongBits((a - b) + 0.0) >>> 63);
        }
    }
}
