package org.targetcast.model.outlook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.targetcast.model.ModelException;
import org.targetcast.model.calibration.FamilyWeights;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.scenario.UncertaintySpec.Method;
import org.targetcast.model.simulation.ClosedForm;
import org.targetcast.model.simulation.MonteCarlo;
import org.targetcast.model.simulation.MonteCarloSummary;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.ProbabilityMethod;
import org.targetcast.model.simulation.ProgressListener;
import org.targetcast.model.simulation.ProjectedQuantiles;
import org.targetcast.model.simulation.ShockEstimate;
import org.targetcast.model.simulation.ShockEstimator;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.simulation.SimulationPlan;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.Target;

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
    private final Forecaster forecaster;

    private Simulator(MonteCarlo monteCarlo, Integer paths, Long seed, Method method, Forecaster forecaster) {
        this.monteCarlo = monteCarlo;
        this.pathsOverride = paths;
        this.seedOverride = seed;
        this.methodOverride = method;
        this.forecaster = forecaster;
    }

    /** @return a simulator using each scenario's own paths, seed and method, on all processors */
    public static Simulator withDefaults() {
        return new Simulator(MonteCarlo.withDefaults(), null, null, null, Forecaster.withDefaults());
    }

    /**
     * @param n worker threads (results do not depend on it)
     * @return a copy using n threads
     */
    public Simulator withThreads(int n) {
        return new Simulator(monteCarlo.withThreads(n), pathsOverride, seedOverride, methodOverride, forecaster);
    }

    /**
     * @param listener progress of each run
     * @return a copy reporting progress
     */
    public Simulator withProgress(ProgressListener listener) {
        return new Simulator(
                monteCarlo.withProgress(listener), pathsOverride, seedOverride, methodOverride, forecaster);
    }

    /**
     * @param paths number of paths, overriding the scenario's, or null
     * @param seed seed, overriding the scenario's, or null
     * @param method method, overriding the scenario's, or null
     * @return a copy with those overrides
     */
    public Simulator withOverrides(Integer paths, Long seed, Method method) {
        return new Simulator(monteCarlo, paths, seed, method, forecaster);
    }

    /**
     * @param forecaster the run's forecaster: a projection handed to {@link #run(Projection)} is made into a
     *     forecast by it (its panels, weights and memo)
     * @return a copy forecasting through it
     */
    public Simulator withForecaster(Forecaster forecaster) {
        return new Simulator(
                monteCarlo,
                pathsOverride,
                seedOverride,
                methodOverride,
                Objects.requireNonNull(forecaster, "forecaster"));
    }

    /** @return the forecaster that makes a projection into a forecast */
    public Forecaster forecaster() {
        return forecaster;
    }

    /**
     * @param projection a deterministic projection, made by this simulator's {@link Forecaster}
     * @return the outlook around its forecast ({@link #run(ShareForecast)})
     * @throws ModelException if {@code analytic} is required but the shocks are not Gaussian
     */
    public Outlook run(Projection projection) {
        return run(forecaster.forecast(projection));
    }

    /**
     * The paths the families of a model average are simulated with: each its share of the scenario's paths
     * by its weight (whole paths by largest remainder, so they add up to the scenario's), so that the mixture
     * is sampled as one model with that many paths would be (stratified by family: a family with weight w and
     * wN paths contributes w²·p(1−p)/(wN) to the variance, the families together p(1−p)/N or less), but none
     * fewer than {@link #memberFloor} paths, so that each family's own probabilities stay readable.
     *
     * @param paths the scenario's paths
     * @param weights the families' weights in the average, summing to 1
     * @return each family's paths
     */
    static int[] memberPaths(int paths, double[] weights) {
        int n = weights.length;
        int[] out = new int[n];
        double[] remainder = new double[n];
        long given = 0;
        for (int f = 0; f < n; f++) {
            double exact = weights[f] * paths;
            out[f] = (int) Math.floor(exact);
            remainder[f] = exact - out[f];
            given += out[f];
        }
        // the paths left by rounding down go to the largest remainders (ties to the earlier family)
        Integer[] byRemainder = new Integer[n];
        Arrays.setAll(byRemainder, f -> f);
        Arrays.sort(byRemainder, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int k = 0; k < paths - given && k < n; k++) {
            out[byRemainder[k]]++;
        }
        int floor = memberFloor(paths);
        for (int f = 0; f < n; f++) {
            out[f] = Math.min(paths, Math.max(floor, out[f]));
        }
        return out;
    }

    /**
     * @param paths the scenario's paths
     * @return the fewest paths of a family in its model average: a twentieth of the scenario's, at least 1,000
     *     (all of them when fewer)
     */
    static int memberFloor(int paths) {
        return Math.min(paths, Math.max(MIN_MEMBER_PATHS, paths / 20));
    }

    /** Fewest paths of a family in a model average ({@link #memberPaths}). */
    static final int MIN_MEMBER_PATHS = 1_000;

    /**
     * The outlook of a forecast. For a model average: each family's outlook with its share of the paths by
     * weight ({@link #memberPaths}; the same seed, so common random numbers), then the mixture with the
     * forecast's weights ({@link ModelAverage}): probabilities, first-year distributions and the share's mass
     * are weighted means, quantiles come from the mixed mass, and the shocks and central path shown are the
     * scenario's own model's.
     *
     * @param forecast the scenario's forecast
     * @return the outlook around it
     * @throws ModelException if {@code analytic} is required but the shocks are not Gaussian
     */
    public Outlook run(ShareForecast forecast) {
        Projection projection = forecast.projection();
        UncertaintySpec u = projection.scenario().uncertainty();
        int paths = pathsOverride != null ? pathsOverride : u.paths();
        long seed = seedOverride != null ? seedOverride : u.seed();
        Method method = methodOverride != null ? methodOverride : u.method();
        if (!forecast.averages()) {
            return single(projection, paths, seed, method);
        }
        Scenario ownScenario = projection.scenario().withUncertainty(u.withFamilies(List.of()));
        FamilyWeights weights = forecast.weights().orElseThrow();
        List<Outlook> parts = new ArrayList<>();
        Outlook own = null;
        long simulated = 0;
        int[] memberPaths = memberPaths(paths, weights.weights());
        for (int i = 0; i < forecast.members().size(); i++) {
            ShareForecast.Member m = forecast.members().get(i);
            int n = memberPaths[i];
            Outlook part = single(m.projection(), n, seed, method);
            parts.add(part);
            simulated += n;
            // the scenario's own model is usually one of the families: its shocks, notes and targets are that
            // family's, so it is not simulated again
            if (m.projection().scenario().equals(ownScenario)) {
                own = part;
            }
        }
        if (own == null) {
            // only its shocks, notes and targets are shown: its probabilities are none of the average's
            int n = memberFloor(paths);
            own = single(projection, n, seed, method);
            simulated += n;
        }
        return ModelAverage.combine(own, parts, weights, simulated);
    }

    /**
     * The simulation {@link #run(ShareForecast)} does for a scenario, bounded before it starts, without
     * weighing its families: one run per family averaged (and one for its own model when that is none of
     * them), with {@link #memberPaths} paths, so at most the scenario's paths and each run's floor together
     * (one run of the paths for a single model), twice where a calibrated scenario needs its uncalibrated
     * components (a growth target, or component ranges without a closed form), over every projected year.
     * What a command announces, or refuses without {@code --allow-long}, before long work.
     *
     * @param own the scenario's own projection
     * @return the path-years simulated, at most
     */
    public long pathYears(Projection own) {
        Scenario scenario = own.scenario();
        UncertaintySpec u = scenario.uncertainty();
        long paths = pathsOverride != null ? pathsOverride : u.paths();
        Scenario ownScenario = scenario.withUncertainty(u.withFamilies(List.of()));
        long runs = u.families().isEmpty()
                ? 1
                : u.families().size()
                        + (u.families().stream().anyMatch(f -> FamilyWeights.withFamily(scenario, f)
                                        .equals(ownScenario))
                                ? 0
                                : 1);
        boolean calibrated = own.calibration().applies();
        Method method = methodOverride != null ? methodOverride : u.method();
        ShockModel componentShocks = calibrated ? ShockEstimator.uncalibratedModel(own) : null;
        boolean componentsExact = !calibrated || method != Method.MONTECARLO && componentShocks.isGaussian();
        boolean growthExact = componentsExact && (!calibrated || componentShocks.persistence() == 0);
        int perModel = secondRun(calibrated, componentsExact, growthExact, scenario.targets()) ? 2 : 1;
        // the families' paths add up to N, each raised to the floor at most: N + runs·floor in all
        long simulated = runs == 1 ? paths : paths + runs * memberFloor((int) paths);
        return perModel * simulated * Math.max(1, SimulationPlan.of(own).years());
    }

    /**
     * Whether a calibrated scenario is simulated a second time, uncalibrated: for the components' ranges
     * where no closed form gives them, and for a growth target of digital trade without one.
     */
    private static boolean secondRun(
            boolean calibrated, boolean componentsExact, boolean growthExact, List<Target> targets) {
        return calibrated
                && (!componentsExact || !growthExact && targets.stream().anyMatch(GrowthTarget.class::isInstance));
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
        List<Target> targets = plan.targets();
        // the calibration was fitted on errors of the share: a growth target of digital trade, and the
        // components' ranges, keep each component's own volatility, from the uncalibrated model (its closed
        // form, or a simulation with the same random numbers)
        boolean calibrated = projection.calibration().applies();
        ShockModel componentShocks = calibrated ? ShockEstimator.uncalibratedModel(projection) : shocks;
        boolean componentsExact = componentShocks.isGaussian() && method != Method.MONTECARLO;
        // a growth target of a calibrated scenario from digital's own shocks: exactly where they allow
        ClosedForm growthForm = calibrated && componentsExact ? ClosedForm.of(plan, componentShocks) : null;
        boolean growthExact = !calibrated || growthForm != null && componentShocks.persistence() == 0;
        MonteCarlo engine = monteCarlo.withPaths(paths);
        MonteCarloSummary mc =
                engine.withComponents(!calibrated && !componentsExact).run(plan, shocks, seed);
        MonteCarloSummary growthRun = secondRun(calibrated, componentsExact, growthExact, targets)
                ? engine.withComponents(!componentsExact).run(plan, componentShocks, seed)
                : mc;
        List<TargetOutlook> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (calibrated && targets.get(i) instanceof GrowthTarget g && growthExact) {
                double p = growthForm.growthProbability(g);
                // no simulation of digital's own shocks was needed: the check against one is left empty
                out.add(new TargetOutlook(
                        g,
                        p,
                        0,
                        ProbabilityMethod.ANALYTIC,
                        p,
                        growthRun != mc ? growthRun.probability(i) : Double.NaN,
                        growthRun != mc ? growthRun.standardError(i) : Double.NaN,
                        new double[0],
                        plan.lastObservedYear(),
                        List.of()));
                continue;
            }
            if (targets.get(i) instanceof GrowthTarget && growthRun != mc) {
                out.add(new TargetOutlook(
                        targets.get(i),
                        growthRun.probability(i),
                        growthRun.standardError(i),
                        ProbabilityMethod.MONTECARLO,
                        Double.NaN,
                        growthRun.probability(i),
                        growthRun.standardError(i),
                        growthRun.firstYearDistribution(i),
                        plan.lastObservedYear(),
                        List.of()));
                continue;
            }
            double analytic = exact == null ? Double.NaN : ExactProbabilities.analytic(exact, shocks, targets.get(i));
            boolean useExact = !Double.isNaN(analytic);
            out.add(new TargetOutlook(
                    targets.get(i),
                    useExact ? analytic : mc.probability(i),
                    useExact ? 0 : mc.standardError(i),
                    useExact ? ProbabilityMethod.ANALYTIC : ProbabilityMethod.MONTECARLO,
                    analytic,
                    mc.probability(i),
                    mc.standardError(i),
                    mc.firstYearDistribution(i),
                    plan.lastObservedYear(),
                    List.of()));
        }
        double[][] q = exact != null ? exact.shareQuantiles() : mc.shareQuantiles();
        double[][] mass = exact != null ? exact.shareMass() : mc.shareMass();
        double digitalStart = projection.digital(plan.lastObservedYear());
        double otherStart = projection.other(plan.lastObservedYear());
        ProjectedQuantiles components = componentsExact
                ? ClosedForm.of(plan, componentShocks).projectedQuantiles(digitalStart, otherStart)
                : (calibrated ? growthRun : mc).projectedQuantiles(digitalStart, otherStart);
        ProjectedQuantiles shares = exact != null ? exact.projectedQuantiles(digitalStart, otherStart) : null;
        ProjectedQuantiles projected = ProjectedQuantiles.of(
                shares != null ? shares::share : mc::shareGrid, components::digital, components::other);
        return new Outlook(
                shocks,
                estimate.notes(),
                plan.lastObservedYear() + 1,
                exact != null ? ProbabilityMethod.ANALYTIC : ProbabilityMethod.MONTECARLO,
                q,
                out,
                paths,
                seed,
                mass,
                projected);
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
        return ExactProbabilities.of(projection).byTarget();
    }
}
