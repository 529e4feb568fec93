package org.targetcast.api;

import java.math.BigDecimal;

/** Scalars written as YAML for the scenarios built in code. */
final class Yaml {
    private Yaml() {}

    /** @return the text double-quoted, with backslashes, quotes and control characters escaped */
    static String text(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (Character.isISOControl(c)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('"').toString();
    }

    /** @return the number in plain decimal notation; YAML's {@code .nan} and {@code .inf} for the others */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return ".nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? ".inf" : "-.inf";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
