package org.targetcast.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random damage to a valid text file: lines deleted, duplicated, swapped or re-indented, keys or values replaced by
 * other types, huge numbers, NaN, deep nesting or arbitrary Unicode, and raw bytes (possibly invalid
 * UTF-8) inserted. Shrinks towards fewer and simpler mutations.
 */
final class InputMutationProperties {
    /** What a mutation does. */
    enum Kind {
        DELETE_LINE,
        DUPLICATE_LINE,
        SWAP_LINES,
        INDENT_LINE,
        REPLACE_VALUE,
        REPLACE_KEY,
        REPLACE_FIELD,
        INSERT_TEXT,
        INSERT_BYTES
    }

    /**
     * One mutation.
     *
     * @param kind what it does
     * @param at where, as a fraction of the file (line or byte)
     * @param at2 a second place (the other line of a swap, the field of a CSV record)
     * @param payload the text inserted or substituted
     */
    record Mutation(Kind kind, double at, double at2, String payload) {
        @Override
        public String toString() {
            return kind + "@" + String.format(java.util.Locale.ROOT, "%.3f/%.3f", at, at2) + " " + escape(payload);
        }
    }

    private static final List<String> TOKENS = List.of(
            "NaN",
            ".nan",
            ".inf",
            "-.inf",
            "1e309",
            "-1e309",
            "99999999999999999999999999",
            "-99999999999999999999",
            "1e-320",
            "-1.5",
            "-1",
            "0",
            "-0.0",
            "2",
            "\"\"",
            "~",
            "null",
            "[]",
            "{}",
            "[1, 2]",
            "{a: 1}",
            "true",
            "no",
            "2026-2035",
            "2035-2026",
            "50%",
            "%",
            "+5 %",
            "abc",
            "中文",
            "\uD83D\uDE00",
            "\u202Eevil",
            "\uFEFF",
            "\u0000",
            "\t",
            "&a x",
            "*a",
            "*undefined",
            "!!binary AAAA",
            "!!set {a}",
            "? [a]: b",
            "<<: {a: 1}",
            "'unclosed",
            "\"unclosed",
            "|\n  block",
            "---",
            "...",
            "#",
            "- - -",
            "{",
            "[",
            "\"\\u0000\"",
            "USD_100m",
            "EUR",
            "percent",
            "share_of_total",
            "level",
            "A",
            "Z",
            "1900",
            "2101",
            "0x1F",
            "1_000",
            "+",
            "e5",
            ",,,",
            "\"a,\"\"b\"",
            "\r",
            "\r\n",
            "1e300",
            "1e308",
            "../../evil",
            "\"\\uD800\"",
            "\"\\x1b[31m\"",
            "%YAML 9.9",
            "extends: /etc/passwd",
            "=HYPERLINK(1)");

    private InputMutationProperties() {}

    static Arbitrary<String> payloads() {
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 400);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(TOKENS)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(16)),
                net.jqwik.api.Tuple.of(1, depth.map(n -> "[".repeat(n) + "]".repeat(n))),
                net.jqwik.api.Tuple.of(1, depth.map(n -> "{a: ".repeat(n) + "}".repeat(n))),
                net.jqwik.api.Tuple.of(1, depth.map(n -> "- ".repeat(n) + "x")),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(String::valueOf)));
    }

    static Arbitrary<Mutation> mutations() {
        Arbitrary<Double> place = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(Arbitraries.of(Kind.class), place, place, payloads())
                .as(Mutation::new);
    }

    static Arbitrary<List<Mutation>> someMutations() {
        return mutations().list().ofMinSize(1).ofMaxSize(4);
    }

    /**
     * @param text a valid file
     * @param ms the mutations, applied in order
     * @param csv whether to treat lines as CSV records (fields separated by commas)
     * @return the damaged file's bytes
     */
    static byte[] apply(String text, List<Mutation> ms, boolean csv) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        List<Mutation> bytes = new ArrayList<>();
        for (Mutation m : ms) {
            int i = index(m.at(), lines.size());
            switch (m.kind()) {
                case DELETE_LINE -> lines.remove(i);
                case DUPLICATE_LINE -> lines.add(i, lines.get(i));
                case SWAP_LINES -> java.util.Collections.swap(lines, i, index(m.at2(), lines.size()));
                case INDENT_LINE -> lines.set(i, " ".repeat(1 + (int) (m.at2() * 7)) + lines.get(i));
                case REPLACE_VALUE -> lines.set(i, replaceValue(lines.get(i), m.payload()));
                case REPLACE_KEY -> lines.set(i, replaceKey(lines.get(i), m.payload()));
                case REPLACE_FIELD ->
                    lines.set(
                            i,
                            csv
                                    ? replaceField(lines.get(i), m.at2(), m.payload())
                                    : replaceValue(lines.get(i), m.payload()));
                case INSERT_TEXT -> {
                    String l = lines.get(i);
                    int c = index(m.at2(), l.length() + 1);
                    lines.set(i, l.substring(0, c) + m.payload() + l.substring(c));
                }
                case INSERT_BYTES -> bytes.add(m);
                default -> throw new IllegalStateException();
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        byte[] out = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        for (Mutation m : bytes) {
            int at = index(m.at(), out.length + 1);
            byte[] raw = m.payload().getBytes(StandardCharsets.ISO_8859_1);
            if (raw.length > 0) {
                raw[0] = (byte) (0x80 + (int) (m.at2() * 127));
            }
            byte[] next = new byte[out.length + raw.length];
            System.arraycopy(out, 0, next, 0, at);
            System.arraycopy(raw, 0, next, at, raw.length);
            System.arraycopy(out, at, next, at + raw.length, out.length - at);
            out = next;
        }
        return out;
    }

    private static int index(double at, int size) {
        return Math.min(size - 1, (int) (at * size));
    }

    private static String replaceValue(String line, String payload) {
        int colon = line.indexOf(':');
        if (colon >= 0) {
            return line.substring(0, colon + 1) + " " + payload;
        }
        int dash = line.indexOf("- ");
        return dash >= 0 ? line.substring(0, dash + 2) + payload : payload;
    }

    private static String replaceKey(String line, String payload) {
        int colon = line.indexOf(':');
        int indent = line.length() - line.stripLeading().length();
        return colon > indent
                ? line.substring(0, indent) + payload + line.substring(colon)
                : payload + ": " + line.strip();
    }

    private static String replaceField(String line, double at, String payload) {
        String[] fields = line.split(",", -1);
        fields[index(at, fields.length)] = payload;
        return String.join(",", fields);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints()
                .forEach(c -> b.append(
                        c < 0x20 || c > 0x7e
                                ? String.format(java.util.Locale.ROOT, "\\u{%x}", c)
                                : String.valueOf((char) c)));
        return b.toString();
    }
}
