package org.targetcast.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.targetcast.charts.ChartFrame;
import org.targetcast.charts.FanBands;
import org.targetcast.charts.FanChart;
import org.targetcast.charts.ShareTrajectoryChart;
import org.targetcast.charts.TargetMark;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.model.assessment.TargetAssessment;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.data.ValueFlag;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.QuantileLevels;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Verdict;

/**
 * One scenario carried through a run: its projection, its targets judged and, when the run simulated, the
 * outlook around the projection. Immutable.
 *
 * <pre>{@code
 * ScenarioRun b = tc.run(base).scenario("baseline");
 * System.out.println(b.projection().share(2029));          // central path
 * b.targets().forEach(System.out::println);                  // probabilities
 * XYChart fan = b.fanChart().toXChart(ChartPreset.WEB);      // the project's fan chart
 * }</pre>
 */
public final class ScenarioRun {
    private final ScenarioResult result;
    private final ScenarioSource source;

    ScenarioRun(ScenarioResult result, ScenarioSource source) {
        this.result = result;
        this.source = source;
    }

    ScenarioResult result() {
        return result;
    }

    /** @return the scenario's name */
    public String name() {
        return result.loaded().scenario().name();
    }

    /** @return the scenario's title */
    public String title() {
        return result.loaded().scenario().title();
    }

    /** @return the scenario as given to the run */
    public ScenarioSource source() {
        return source;
    }

    /** @return the history the scenario was projected from */
    public ComponentHistory history() {
        return result.history();
    }

    /** @return the deterministic projection (fits, central paths of both components and the share) */
    public Projection projection() {
        return result.projection();
    }

    /** @return the uncertainty around the projection (quantiles, shocks, provenance), if the run simulated */
    public Optional<Outlook> outlook() {
        return result.outlookIfAny();
    }

    /** @return every target judged, in the scenario's order */
    public List<TargetResult> targets() {
        List<TargetResult> out = new ArrayList<>();
        for (int i = 0; i < result.verdicts().size(); i++) {
            out.add(target(i));
        }
        return List.copyOf(out);
    }

    /**
     * @param index the target's index in the scenario, from 0
     * @return that target judged
     */
    public TargetResult target(int index) {
        TargetAssessment a = result.judged().get(index);
        return new TargetResult(a.verdict(), a.outlook().orElse(null));
    }

    /** @return one row per target, as {@link RunResult#verdicts()} */
    public List<VerdictRow> verdicts() {
        List<VerdictRow> out = new ArrayList<>();
        for (TargetResult t : targets()) {
            Verdict v = t.verdict();
            boolean share = v.target() instanceof ShareTarget;
            String kind = v.target() instanceof ShareTarget st
                    ? (st.reachedBy() ? "share_reached_by" : "share_in_year")
                    : "digital_growth";
            double threshold =
                    v.target() instanceof ShareTarget st ? st.share() : ((GrowthTarget) v.target()).atLeast();
            out.add(new VerdictRow(
                    name(),
                    t.label(),
                    kind,
                    v.target().year(),
                    threshold,
                    v.projected(),
                    v.gapPoints(),
                    v.met(),
                    v.firstYearReached().isPresent() ? v.firstYearReached().getAsInt() : null,
                    share ? v.requiredGrowth() : Double.NaN,
                    t.probability(),
                    t.standardError(),
                    t.method(),
                    t.reachedBy(),
                    t.lowest(),
                    t.highest(),
                    t.medianFirstYear().isPresent() ? t.medianFirstYear().getAsInt() : null));
        }
        return List.copyOf(out);
    }

    /** @return one row per year from the first observed to the horizon, as in {@code trajectories.csv} */
    public List<TrajectoryRow> trajectories() {
        Projection p = result.projection();
        ComponentHistory h = p.history();
        Outlook o = result.outlook();
        List<TrajectoryRow> out = new ArrayList<>();
        for (int y = h.firstYear(); y <= p.horizon(); y++) {
            boolean observed = y <= p.lastObservedYear();
            double d = p.digital(y);
            double ot = p.other(y);
            List<String> flags = observed
                    ? h.flagsOf(y).stream()
                            .map(ValueFlag::name)
                            .map(s -> s.toLowerCase(java.util.Locale.ROOT))
                            .collect(Collectors.toList())
                    : List.of();
            double[] q = new double[QuantileLevels.count()];
            for (int j = 0; j < q.length; j++) {
                q[j] = !observed && o != null ? o.quantile(y, j) : Double.NaN;
            }
            out.add(new TrajectoryRow(
                    name(),
                    y,
                    observed ? (h.isEstimated(y) ? "estimated" : "observed") : "projected",
                    d,
                    ot,
                    d + ot,
                    d / (d + ot),
                    flags,
                    observed ? h.sourcesOf(y) : "",
                    q));
        }
        return List.copyOf(out);
    }

    /**
     * The fan chart the command line draws: history, median and bands of the simulated share, the share targets
     * with their probabilities.
     *
     * @return the chart, to adjust ({@code withFrame}, e.g. its title or language) and render ({@code toXChart})
     * @throws IllegalStateException if the run did not simulate (use {@link #shareChart()})
     */
    public FanChart fanChart() {
        Outlook o =
                outlook().orElseThrow(() -> new IllegalStateException("the run was deterministic: no bands to draw"));
        List<TargetMark> marks = new ArrayList<>();
        for (TargetOutlook t : o.targets()) {
            if (t.target() instanceof ShareTarget st) {
                marks.add(TargetMark.of(st.year(), st.share()).withProbability(t.probability()));
            }
        }
        return FanChart.of(
                        history().share(), FanBands.contiguous(o.firstYear(), QuantileLevels.levels(), o.quantiles()))
                .withTargets(marks)
                .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, title()).with(ChartFrame.Text.FOOTER, provenance()));
    }

    /** @return the central share path after the history, with the share targets marked */
    public ShareTrajectoryChart shareChart() {
        List<TargetMark> marks = new ArrayList<>();
        for (Verdict v : result.verdicts()) {
            if (v.target() instanceof ShareTarget st) {
                marks.add(TargetMark.of(st.year(), st.share()));
            }
        }
        return ShareTrajectoryChart.of(history().share(), projection().projectedShare())
                .withTargets(marks)
                .withFrame(f -> f.with(ChartFrame.Text.SUBTITLE, title()).with(ChartFrame.Text.FOOTER, provenance()));
    }

    /**
     * @return the line a chart carries so that it can be re-run: toolkit version, scenario and its hash, and
     *     the paths and seed of the simulation (as the command line's charts)
     */
    public String provenance() {
        return org.targetcast.engine.text.ProvenanceText.footer(
                result.provenance(org.targetcast.engine.workspace.Version.get()), org.targetcast.charts.Lang.EN);
    }

    @Override
    public String toString() {
        return name() + ": " + targets();
    }
}
