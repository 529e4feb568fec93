package org.targetcast.api;

import java.util.List;
import org.targetcast.model.analysis.Sensitivity;
import tech.tablesaw.api.Table;

/**
 * Which assumption decides a target: one-at-a-time sensitivity, bars ranked by swing; what
 * {@code targetcast sensitivity} prints and writes. Immutable.
 *
 * <pre>{@code
 * SensitivityResult s = tc.sensitivity(base, 0);
 * System.out.printf("P = %.1f%% as assumed%n", 100 * s.base());
 * System.out.println(s.table().print());
 * }</pre>
 */
public final class SensitivityResult {
    private final Sensitivity.Result result;
    private final List<SensitivityRow> rows;

    SensitivityResult(Sensitivity.Result result) {
        this.result = result;
        this.rows = result.bars().stream()
                .map(b -> new SensitivityRow(
                        b.factor().key(),
                        b.factor().description(),
                        b.low(),
                        b.atLow(),
                        b.high(),
                        b.atHigh(),
                        b.range(),
                        b.lowOption(),
                        b.highOption()))
                .toList();
    }

    /** @return the engine's result */
    public Sensitivity.Result result() {
        return result;
    }

    /** @return P(met) with every assumption as in the scenario */
    public double base() {
        return result.base();
    }

    /** @return the bars, largest swing first */
    public List<SensitivityRow> rows() {
        return rows;
    }

    /**
     * @return the bars as a table: {@code assumption, description, low, probability_at_low, high,
     *     probability_at_high, swing, base_probability, low_option, high_option}
     */
    public Table table() {
        return Tables.of("sensitivity", rows)
                .text("assumption", SensitivityRow::assumption)
                .text("description", SensitivityRow::description)
                .number("low", SensitivityRow::low)
                .number("probability_at_low", SensitivityRow::atLow)
                .number("high", SensitivityRow::high)
                .number("probability_at_high", SensitivityRow::atHigh)
                .number("swing", SensitivityRow::swing)
                .number("base_probability", r -> result.base())
                .text("low_option", r -> r.lowOption() == null ? "" : r.lowOption())
                .text("high_option", r -> r.highOption() == null ? "" : r.highOption())
                .build();
    }
}
