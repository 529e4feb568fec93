package org.targetcast.model.outlook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.calibration.FamilyWeights;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.scenario.UncertaintySpec.Method;
import org.targetcast.model.selection.BacktestMemo;
import org.targetcast.model.simulation.ClosedForm;
import org.targetcast.model.simulation.MonteCarlo;
import org.targetcast.model.simulation.MonteCarloSummary;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.ProgressListener;
import org.targetcast.model.simulation.ShockEstimate;
import org.targetcast.model.simulation.ShockEstimator;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.simulation.SimulationPlan;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import org.targetcast.model.trend.TrendFamily;

/**
 * Puts uncertainty around a projection: estimates the shocks ({@link ShockEstimator}), computes the closed
 * form where the shocks are Gaussian ({@link ClosedForm}), and always simulates ({@link MonteCarlo}), which
 * checks the closed form and gives what it cannot (Student-t tails, first passage, the first-year
 * distribution). The scenario's method decides which is reported: {@code auto} prefers the closed form,
 * {@code analytic} requires it, {@code montecarlo} reports the simulation.
 *
 * <p>Immutable; configure by copies.
 */
public final class Simulator {
    private final MonteCarlo monteCarlo;
    private final Integer pathsOverride;
    private final Long seedOverride;
    private final Method methodOverride;
    private final BacktestMemo memo;

    private Simulator(MonteCarlo monteCarlo, Integer paths, Long seed, Method method, BacktestMemo memo) {
        this.monteCarlo = monteCarlo;
        this.pathsOverride = paths;
        this.seedOverride = seed;
        this.methodOverride = method;
        this.memo = memo;
    }

    /** @return a simulator using each scenario's own paths, seed and method, on all processors */
    public static Simulator withDefaults() {
        return new Simulator(MonteCarlo.withDefaults(), null, null, null, BacktestMemo.none());
    }

    /**
     * @param n worker threads (results do not depend on it)
     * @return a copy using n threads
     */
    public Simulator withThreads(int n) {
        return new Simulator(monteCarlo.withThreads(n), pathsOverride, seedOverride, methodOverride, memo);
    }

    /**
     * @param listener progress of each run
     * @return a copy reporting progress
     */
    public Simulator withProgress(ProgressListener listener) {
        return new Simulator(monteCarlo.withProgress(listener), pathsOverride, seedOverride, methodOverride, memo);
    }

    /**
     * @param paths number of paths, overriding the scenario's, or null
     * @param seed seed, overriding the scenario's, or null
     * @param method method, overriding the scenario's, or null
     * @return a copy with those overrides
     */
    public Simulator withOverrides(Integer paths, Long seed, Method method) {
        return new Simulator(monteCarlo, paths, seed, method, memo);
    }

    /**
     * @param shared the memo of the run: the stacking weights of a model average are taken from it, or
     *     estimated and left in it (the spread decomposition of the same scenario needs them again)
     * @return a copy estimating through it; its outlooks are the same
     */
    public Simulator withMemo(BacktestMemo shared) {
        return new Simulator(
                monteCarlo, pathsOverride, seedOverride, methodOverride, Objects.requireNonNull(shared, "memo"));
    }

    /**
     * @param projection a deterministic projection
     * @return the outlook around it
     * @throws ModelException if {@code analytic} is required but the shocks are not Gaussian
     */
    public Outlook run(Projection projection) {
        UncertaintySpec u = projection.scenario().uncertainty();
        int paths = pathsOverride != null ? pathsOverride : u.paths();
        long seed = seedOverride != null ? seedOverride : u.seed();
        Method method = methodOverride != null ? methodOverride : u.method();
        if (!u.families().isEmpty()) {
            return average(projection, paths, seed, method);
        }
        return single(projection, paths, seed, method);
    }

    /**
     * The model average: each family's outlook (same seed: common random numbers), then the mixture with the
     * stacking weights of {@link FamilyWeights}. Probabilities, first-year distributions and the share's mass
     * are weighted means; quantiles come from the mixed mass; the shocks and central path shown are the
     * scenario's own model's.
     */
    private Outlook average(Projection projection, int paths, long seed, Method method) {
        var scenario = projection.scenario();
        List<TrendFamily> families = scenario.uncertainty().families();
        FamilyWeights estimated = FamilyWeights.estimate(scenario, projection.history(), families, memo);
        List<Outlook> parts = new ArrayList<>();
        Map<Scenario, Outlook> byScenario = new HashMap<>();
        List<TrendFamily> kept = new ArrayList<>();
        List<Double> keptWeights = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (TrendFamily f : families) {
            try {
                Scenario sf = FamilyWeights.withFamily(scenario, f);
                Projection pf = Projector.withDefaults().project(sf, projection.history());
                Outlook part = single(pf, paths, seed, method);
                parts.add(part);
                byScenario.put(sf, part);
                kept.add(f);
                keptWeights.add(estimated.weight(f));
            } catch (ModelException e) {
                dropped.add(f.key() + " left out of the average (weight "
                        + String.format(java.util.Locale.ROOT, "%.3f", estimated.weight(f))
                        + " shared among the others): " + e.getMessage());
            }
        }
        if (parts.isEmpty()) {
            throw ModelException.of("scenario %s: none of the families %s can be fitted", scenario.name(), families);
        }
        List<String> notes = new ArrayList<>(estimated.notes());
        notes.addAll(dropped);
        double keptTotal = keptWeights.stream().mapToDouble(Double::doubleValue).sum();
        FamilyWeights weights = new FamilyWeights(
                kept,
                keptWeights.stream()
                        .mapToDouble(w -> keptTotal > 0 ? w / keptTotal : 1.0 / keptWeights.size())
                        .toArray(),
                kept.stream()
                        .mapToDouble(f -> estimated.meanLogScores()[families.indexOf(f)])
                        .toArray(),
                estimated.checks(),
                notes);
        Scenario ownScenario = scenario.withUncertainty(scenario.uncertainty().withFamilies(List.of()));
        // the scenario's own model is usually one of the families: the same projection, seed and paths give the
        // same outlook, so it is not simulated twice
        Outlook own = byScenario.containsKey(ownScenario)
                ? byScenario.get(ownScenario)
                : single(Projector.withDefaults().project(ownScenario, projection.history()), paths, seed, method);
        return ModelAverage.combine(own, parts, weights);
    }

    private Outlook single(Projection projection, int paths, long seed, Method method) {
        ShockEstimate estimate = ShockEstimator.estimate(projection);
        ShockModel shocks = estimate.model();
        SimulationPlan plan = SimulationPlan.of(projection);
        if (method == Method.ANALYTIC && !shocks.isGaussian()) {
            throw ModelException.of(
                    "scenario %s: method analytic needs Gaussian shocks",
                    projection.scenario().name());
        }
        ClosedForm exact = shocks.isGaussian() && method != Method.MONTECARLO ? ClosedForm.of(plan, shocks) : null;
        MonteCarloSummary mc = monteCarlo.withPaths(paths).run(plan, shocks, seed);
        List<Target> targets = plan.targets();
        // the calibration was fitted on errors of the share: a growth target of digital trade keeps digital's
        // own volatility, from a simulation of the uncalibrated model with the same random numbers
        boolean calibrated = projection.scenario().uncertainty().calibration().applies();
        MonteCarloSummary growthRun = calibrated && targets.stream().anyMatch(GrowthTarget.class::isInstance)
                ? monteCarlo
                        .withPaths(paths)
                        .run(plan, ShockEstimator.uncalibrated(projection).model(), seed)
                : mc;
        List<TargetOutlook> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof GrowthTarget && growthRun != mc) {
                out.add(new TargetOutlook(
                        targets.get(i),
                        growthRun.probability(i),
                        growthRun.standardError(i),
                        "montecarlo",
                        Double.NaN,
                        growthRun.probability(i),
                        growthRun.standardError(i),
                        growthRun.firstYearDistribution(i),
                        plan.lastObservedYear(),
                        List.of()));
                continue;
            }
            double analytic = exact == null ? Double.NaN : analytic(exact, shocks, targets.get(i));
            boolean useExact = !Double.isNaN(analytic);
            out.add(new TargetOutlook(
                    targets.get(i),
                    useExact ? analytic : mc.probability(i),
                    useExact ? 0 : mc.standardError(i),
                    useExact ? "analytic" : "montecarlo",
                    analytic,
                    mc.probability(i),
                    mc.standardError(i),
                    mc.firstYearDistribution(i),
                    plan.lastObservedYear(),
                    List.of()));
        }
        double[][] q = exact != null ? exact.shareQuantiles() : mc.shareQuantiles();
        double[][] mass = exact != null ? exact.shareMass() : mc.shareMass();
        return new Outlook(
                shocks,
                estimate.notes(),
                plan.lastObservedYear() + 1,
                exact != null ? "analytic" : "montecarlo",
                q,
                out,
                paths,
                seed,
                mass);
    }

    /**
     * The closed-form probability of each target, without simulating: fast enough for sweeps and
     * sensitivity runs over thousands of variants.
     *
     * @param projection a deterministic projection
     * @return per target, the exact probability, or NaN where there is none (fat tails, first passage,
     *     dependent years for a growth target)
     */
    public static double[] exactProbabilities(Projection projection) {
        Map<Target, Double> byTarget = exactProbabilitiesByTarget(projection);
        return SimulationPlan.of(projection).targets().stream()
                .mapToDouble(byTarget::get)
                .toArray();
    }

    /**
     * The closed-form probability of each target, keyed by the target, so that a caller pairs it with its
     * verdict by the target rather than by a position in a list.
     *
     * @param projection a deterministic projection
     * @return per target, in the scenario's order, the exact probability, or NaN where there is none (fat
     *     tails, first passage, dependent years for a growth target)
     */
    public static Map<Target, Double> exactProbabilitiesByTarget(Projection projection) {
        ShockModel shocks = ShockEstimator.estimate(projection).model();
        SimulationPlan plan = SimulationPlan.of(projection);
        ClosedForm exact = shocks.isGaussian() ? ClosedForm.of(plan, shocks) : null;
        Map<Target, Double> p = new LinkedHashMap<>();
        for (Target t : plan.targets()) {
            p.put(t, exact == null ? Double.NaN : analytic(exact, shocks, t));
        }
        return Collections.unmodifiableMap(p);
    }

    private static double analytic(ClosedForm exact, ShockModel shocks, Target t) {
        if (t instanceof ShareTarget st) {
            return st.reachedBy() ? Double.NaN : exact.probability(st);
        }
        return shocks.isIndependentAcrossYears() ? exact.growthProbability((GrowthTarget) t) : Double.NaN;
    }
}
