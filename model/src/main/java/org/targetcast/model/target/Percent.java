package org.targetcast.model.target;

import java.math.BigDecimal;

/** Formats fractions as short percent numbers for labels: 0.45 → "45", 0.075 → "7.5". */
final class Percent {
    private Percent() {}

    static String format(double fraction) {
        return BigDecimal.valueOf(fraction * 100)
                .round(new java.math.MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }
}
