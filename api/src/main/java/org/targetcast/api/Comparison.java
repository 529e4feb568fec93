package org.targetcast.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Scenarios side by side, target by target, against the first scenario: what {@code targetcast compare}
 * prints and writes. The scenarios share their random numbers, so differences come from their assumptions.
 *
 * <pre>{@code
 * Comparison c = tc.compare(Scenarios.readAll(Path.of("scenarios")));
 * System.out.println(c.table().print());
 * }</pre>
 */
public final class Comparison {
    private final RunResult run;
    private final List<ComparisonRow> rows;

    Comparison(RunResult run) {
        this.run = run;
        Map<String, List<ComparisonRow>> byTarget = new LinkedHashMap<>();
        Map<String, Double> reference = new LinkedHashMap<>();
        for (ScenarioRun s : run.scenarios()) {
            for (TargetResult t : s.targets()) {
                double first = reference.computeIfAbsent(t.label(), k -> t.probability());
                byTarget.computeIfAbsent(t.label(), k -> new ArrayList<>())
                        .add(new ComparisonRow(
                                t.label(), s.name(), t.projected(), t.probability(), t.probability() - first));
            }
        }
        List<ComparisonRow> all = new ArrayList<>();
        byTarget.values().forEach(all::addAll);
        this.rows = List.copyOf(all);
    }

    /** @return the run behind the comparison */
    public RunResult run() {
        return run;
    }

    /** @return one row per target and scenario, targets in order of first appearance */
    public List<ComparisonRow> rows() {
        return rows;
    }

    /** @return the rows as a table: {@code target, scenario, projected, probability, probability_minus_reference} */
    public Table table() {
        return Tables.of("compare", rows)
                .text("target", ComparisonRow::target)
                .text("scenario", ComparisonRow::scenario)
                .number("projected", ComparisonRow::projected)
                .number("probability", ComparisonRow::probability)
                .number("probability_minus_reference", ComparisonRow::differenceFromReference)
                .build();
    }
}
