package org.targetcast.app.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.targetcast.engine.workspace.Version;
import org.targetcast.model.assessment.Assessment;
import org.targetcast.model.assessment.Provenance;
import org.targetcast.model.assessment.TargetAssessment;
import org.targetcast.model.calibration.CalibrationSource;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.evaluation.TargetEvaluator;
import org.targetcast.model.outlook.ExactProbabilities;
import org.targetcast.model.outlook.Forecaster;
import org.targetcast.model.outlook.ShareForecast;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.selection.BacktestMemo;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.Verdict;

/**
 * Turns an explorer state into what is drawn: projects the state's scenario, then takes the share's
 * quantiles and the targets' probabilities from the closed form when every one of them has one (Gaussian
 * shocks, no first-passage target, growth targets with independent years, method not {@code montecarlo});
 * otherwise from a quick simulation of {@value #QUICK_PATHS} paths with the scenario's seed, so that moving
 * a slider changes the assumptions and not the random numbers. No Swing; immutable and thread-safe if the
 * history lookup is.
 */
public final class ExplorerEngine {
    /** Paths of the quick simulation used where there is no closed form. */
    public static final int QUICK_PATHS = 20_000;

    private final Function<String, ComponentHistory> histories;
    private final Forecaster forecaster;
    private final Simulator quick;
    private final String dataFile;
    private final String dataHash;
    /** The scenario as loaded, its projection and fitted values: the same for every move of a slider. */
    private final java.util.concurrent.atomic.AtomicReference<Loaded> loaded =
            new java.util.concurrent.atomic.AtomicReference<>();

    private record Loaded(
            Scenario scenario, ComponentHistory history, ShareForecast forecast, Outlook outlook, Fitted fitted) {
        Projection projection() {
            return forecast.projection();
        }
    }

    private ExplorerEngine(
            Function<String, ComponentHistory> histories,
            Forecaster forecaster,
            Simulator quick,
            String dataFile,
            String dataHash) {
        this.histories = histories;
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
        this.quick = quick;
        this.dataFile = Objects.requireNonNull(dataFile, "dataFile");
        this.dataHash = Objects.requireNonNull(dataHash, "dataHash");
    }

    /**
     * @param histories the history for a scenario's {@code data} key (e.g. {@code china})
     * @return an engine simulating on all processors where needed
     */
    public static ExplorerEngine of(Function<String, ComponentHistory> histories) {
        Objects.requireNonNull(histories, "histories");
        return new ExplorerEngine(
                histories,
                // without a panel a calibration has nothing to fit on: the bands stay the model's own, and say so
                Forecaster.withDefaults().withCalibrations(CalibrationSource.onPanel(List.of(), BacktestMemo.none())),
                Simulator.withDefaults().withOverrides(QUICK_PATHS, null, null),
                "",
                "");
    }

    /**
     * @param file the data file the histories come from, as named by the user
     * @param sha256 its SHA-256
     * @return a copy whose results name that file in their provenance
     */
    public ExplorerEngine withDataFile(String file, String sha256) {
        return new ExplorerEngine(histories, forecaster, quick, file, sha256);
    }

    /**
     * @param shared the command's forecaster (its panels, weights and calibrations), the one {@code run} uses:
     *     the scenario as loaded gets exactly {@code run}'s probabilities, and every move of a slider is a
     *     variant of it averaged with its weights and calibrated as it is
     * @return a copy forecasting through it
     */
    public ExplorerEngine withForecaster(Forecaster shared) {
        return new ExplorerEngine(histories, shared, quick, dataFile, dataHash);
    }

    /**
     * @param state a state
     * @return the projection, quantiles and verdicts of the state's scenario
     * @throws org.targetcast.model.ModelException if the scenario cannot be projected
     */
    public ExplorerResult compute(ExplorerState state) {
        ComponentHistory history = histories.apply(state.source().scenario().data());
        Scenario base = state.source().scenario();
        Loaded cached = loaded.get();
        if (cached == null || !cached.scenario().equals(base) || cached.history() != history) {
            // the scenario as loaded is computed as run computes it, once: its own paths, seed and families
            ShareForecast f0 = forecaster.forecast(base, history);
            Outlook o0 = Simulator.withDefaults().withForecaster(forecaster).run(f0);
            cached = new Loaded(base, history, f0, o0, Fitted.of(f0.projection()));
            loaded.set(cached);
        }
        Fitted fitted = cached.fitted();
        if (state.overrides().isEmpty()) {
            return fromOutlook(
                    state,
                    cached.projection(),
                    TargetEvaluator.evaluate(cached.projection()),
                    fitted,
                    cached.outlook());
        }
        Scenario scenario = state.scenario(history.lastYear() + 1);
        // a slider moves an assumption, not the errors elsewhere: the variant keeps the loaded scenario's calibration
        Projection p = scenario.uncertainty().calibration()
                        == base.uncertainty().calibration()
                ? forecaster.project(scenario, history, cached.projection().calibration())
                : forecaster.project(scenario, history);
        boolean sameFamilies =
                scenario.uncertainty().families().equals(base.uncertainty().families());
        ShareForecast f = forecaster.forecast(
                p, sameFamilies ? cached.forecast().weights().orElse(null) : null);
        List<Verdict> verdicts = TargetEvaluator.evaluate(p);
        // the closed form where it answers every target of a single model, from one estimate of the shocks;
        // else the quick simulation (a model average's quantiles come from its mixed mass)
        ExactProbabilities exact = scenario.uncertainty().method() == UncertaintySpec.Method.MONTECARLO || f.averages()
                ? null
                : ExactProbabilities.of(p);
        List<ExplorerResult.Row> rows = new ArrayList<>();
        int first = p.lastObservedYear() + 1;
        if (exact != null
                && exact.closedForm().isPresent()
                && verdicts.stream().allMatch(v -> exact.isExact(v.target()))) {
            for (Verdict v : verdicts) {
                rows.add(row(v, exact.byTarget().get(v.target()), 0));
            }
            return new ExplorerResult(
                    state,
                    p,
                    fitted,
                    first,
                    exact.closedForm().orElseThrow().shareQuantiles(),
                    rows,
                    provenance(state, 0, 0));
        }
        return fromOutlook(
                state, p, verdicts, fitted, quick.withForecaster(forecaster).run(f));
    }

    private ExplorerResult fromOutlook(
            ExplorerState state, Projection p, List<Verdict> verdicts, Fitted fitted, Outlook o) {
        List<ExplorerResult.Row> rows = new ArrayList<>();
        // each verdict paired with the outlook of the same target, checked, never by position alone
        for (TargetAssessment a : Assessment.pair(p.scenario().name(), verdicts, o)) {
            TargetOutlook t = a.outlook().orElseThrow();
            rows.add(row(a.verdict(), t.probability(), t.standardError()));
        }
        return new ExplorerResult(
                state,
                p,
                fitted,
                p.lastObservedYear() + 1,
                o.quantiles(),
                rows,
                provenance(state, o.paths(), o.seed()));
    }

    private Provenance provenance(ExplorerState state, long paths, long seed) {
        var source = state.source();
        return new Provenance(Version.get(), dataFile, dataHash, source.file(), source.sha256(), paths, seed);
    }

    private static ExplorerResult.Row row(Verdict v, double probability, double se) {
        return new ExplorerResult.Row(v.target(), v.projected(), v.gapPoints(), probability, se);
    }
}
