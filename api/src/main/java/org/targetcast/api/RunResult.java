package org.targetcast.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.targetcast.model.simulation.QuantileLevels;
import tech.tablesaw.api.Table;

/**
 * The scenarios of one run, judged: what {@code targetcast run} prints and writes, as records and tables.
 * Immutable.
 *
 * <pre>{@code
 * RunResult r = tc.run(Scenarios.readAll(Path.of("scenarios")));
 * Table verdicts = r.verdictTable();
 * Table traj = r.trajectoryTable();
 * Table late = traj.where(traj.intColumn("year").isGreaterThanOrEqualTo(2029)
 *         .and(traj.stringColumn("kind").isEqualTo("projected")));
 * System.out.println(late.selectColumns("scenario", "year", "share", "share_q10", "share_q90").print());
 * }</pre>
 */
public final class RunResult {
    private final List<ScenarioRun> scenarios;
    private final String dataFile;
    private final String dataSha256;

    RunResult(List<ScenarioRun> scenarios, String dataFile, String dataSha256) {
        this.scenarios = List.copyOf(scenarios);
        this.dataFile = dataFile;
        this.dataSha256 = dataSha256;
    }

    /** @return the scenarios, in the order given */
    public List<ScenarioRun> scenarios() {
        return scenarios;
    }

    /**
     * @param name a scenario's name
     * @return that scenario's run
     * @throws IllegalArgumentException if no scenario of the run has that name
     */
    public ScenarioRun scenario(String name) {
        return scenarios.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario '" + name + "' in this run; it has "
                        + scenarios.stream().map(ScenarioRun::name).toList()));
    }

    /** @return the data file the histories were built from, as named */
    public String dataFile() {
        return dataFile;
    }

    /** @return SHA-256 of the data */
    public String dataSha256() {
        return dataSha256;
    }

    /** @return one row per scenario and target */
    public List<VerdictRow> verdicts() {
        List<VerdictRow> out = new ArrayList<>();
        scenarios.forEach(s -> out.addAll(s.verdicts()));
        return List.copyOf(out);
    }

    /** @return one row per scenario and year, as {@code trajectories.csv} */
    public List<TrajectoryRow> trajectories() {
        List<TrajectoryRow> out = new ArrayList<>();
        scenarios.forEach(s -> out.addAll(s.trajectories()));
        return List.copyOf(out);
    }

    /**
     * @return the verdicts as a table: {@code scenario, target, kind, year, threshold, projected, gap_pp, met,
     *     first_year_reached, required_digital_growth, probability, probability_se, probability_method,
     *     probability_reached_by, probability_lowest, probability_highest, median_first_year}
     */
    public Table verdictTable() {
        return Tables.of("verdicts", verdicts())
                .text("scenario", VerdictRow::scenario)
                .text("target", VerdictRow::target)
                .text("kind", VerdictRow::kind)
                .integer("year", VerdictRow::year)
                .number("threshold", VerdictRow::threshold)
                .number("projected", VerdictRow::projected)
                .number("gap_pp", VerdictRow::gapPoints)
                .bool("met", VerdictRow::met)
                .integer("first_year_reached", VerdictRow::firstYearReached)
                .number("required_digital_growth", VerdictRow::requiredGrowth)
                .number("probability", VerdictRow::probability)
                .number("probability_se", VerdictRow::standardError)
                .text("probability_method", VerdictRow::method)
                .number("probability_reached_by", VerdictRow::reachedBy)
                .number("probability_lowest", VerdictRow::lowest)
                .number("probability_highest", VerdictRow::highest)
                .integer("median_first_year", VerdictRow::medianFirstYear)
                .build();
    }

    /**
     * @return the trajectories as a table with the columns of {@code trajectories.csv}: {@code scenario, year,
     *     kind, digital, other, total, share, flags, sources, share_q05, ..., share_q95} (flags joined by
     *     {@code ;}, missing quantiles NaN)
     */
    public Table trajectoryTable() {
        Tables<TrajectoryRow> t = Tables.of("trajectories", trajectories())
                .text("scenario", TrajectoryRow::scenario)
                .integer("year", TrajectoryRow::year)
                .text("kind", TrajectoryRow::kind)
                .number("digital", TrajectoryRow::digital)
                .number("other", TrajectoryRow::other)
                .number("total", TrajectoryRow::total)
                .number("share", TrajectoryRow::share)
                .text("flags", r -> String.join(";", r.flags()))
                .text("sources", TrajectoryRow::sources);
        double[] levels = QuantileLevels.levels();
        for (int j = 0; j < levels.length; j++) {
            int jj = j;
            t.number(String.format(Locale.ROOT, "share_q%02d", Math.round(levels[j] * 100)), r -> r.quantiles()[jj]);
        }
        return t.build();
    }

    @Override
    public String toString() {
        return "RunResult" + scenarios;
    }
}
