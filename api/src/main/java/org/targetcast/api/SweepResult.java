package org.targetcast.api;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.analysis.Sweep;
import tech.tablesaw.api.Table;

/**
 * The probability of one target over a grid of two assumptions: what {@code targetcast sweep} prints and
 * writes. Immutable.
 *
 * <pre>{@code
 * SweepResult map = tc.sweep(base, 0, Axis.of("digital_growth", 0.02, 0.14), Axis.of("other_growth", 0.0, 0.12), 13);
 * Table t = map.table();
 * System.out.println(t.where(t.doubleColumn("probability").isGreaterThan(0.5)).print());
 * }</pre>
 */
public final class SweepResult {
    private final Sweep.Result result;
    private final String scenario;
    private final String target;

    SweepResult(Sweep.Result result, String scenario, String target) {
        this.result = result;
        this.scenario = scenario;
        this.target = target;
    }

    /** @return the engine's result (grid values and probabilities) */
    public Sweep.Result result() {
        return result;
    }

    /** @return the scenario's name */
    public String scenario() {
        return scenario;
    }

    /** @return the target's label */
    public String target() {
        return target;
    }

    /** @return the first assumption (columns of the map) */
    public Assumption x() {
        return result.x();
    }

    /** @return the second assumption (rows of the map) */
    public Assumption y() {
        return result.y();
    }

    /** @return whether every cell is a closed-form probability (else simulated, 20 000 paths a cell) */
    public boolean exact() {
        return result.exact();
    }

    /** @return every cell, rows of {@code y} in order, {@code x} varying fastest, as {@code sweep.csv} */
    public List<SweepCell> cells() {
        List<SweepCell> out = new ArrayList<>();
        double[] xs = result.xs();
        double[] ys = result.ys();
        double[][] p = result.probability();
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                out.add(new SweepCell(xs[i], ys[j], p[j][i]));
            }
        }
        return List.copyOf(out);
    }

    /** @return the cells as a table with the columns of {@code sweep.csv}: the two assumptions' keys, {@code probability} */
    public Table table() {
        return Tables.of("sweep", cells())
                .number(x().key(), SweepCell::x)
                .number(y().key(), SweepCell::y)
                .number("probability", SweepCell::probability)
                .build();
    }
}
