package org.targetcast.engine.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bad input from a file the user edits: one or more located problems. Printed one per line as
 * {@code file:line:column: key: message}; the command exits with code 2 and writes nothing.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * One located problem.
     *
     * @param file the file as the user named it (relative path)
     * @param line 1-based line (or CSV row counting the header as line 1); 0 if unknown
     * @param column 1-based column; 0 if unknown
     * @param key the key path or CSV column name; empty if none
     * @param message what was expected and what was found
     */
    public record Problem(String file, int line, int column, String key, String message) {
        /** Validates the fields. */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(message, "message");
        }

        /** @return {@code file:line:column: key: message}, omitting unknown parts */
        public String format() {
            StringBuilder sb = new StringBuilder(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
            if (!key.isEmpty()) {
                sb.append(oneLine(key)).append(": ");
            }
            return sb.append(oneLine(message)).toString();
        }

        /** Control characters (line breaks, NUL...) written as escapes, so that a problem stays one line. */
        private static String oneLine(String s) {
            StringBuilder b = new StringBuilder(s.length());
            s.codePoints().forEach(c -> {
                if (c == '\n') {
                    b.append("\\n");
                } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) {
                    b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
                } else {
                    b.appendCodePoint(c);
                }
            });
            return b.toString();
        }
    }

    private final List<Problem> problems;

    /**
     * @param problems at least one problem
     */
    public InputException(List<Problem> problems) {
        super(problems.isEmpty() ? "bad input" : problems.get(0).format());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * @param file the file
     * @param line 1-based line, 0 if unknown
     * @param column 1-based column, 0 if unknown
     * @param key key path or column name
     * @param message what was expected and found
     * @return an exception with that one problem
     */
    public static InputException at(String file, int line, int column, String key, String message) {
        return new InputException(List.of(new Problem(file, line, column, key, message)));
    }

    /** @return the problems, in file order */
    public List<Problem> problems() {
        return problems;
    }

    /** @return every problem formatted, one per line */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        problems.forEach(p -> out.add(p.format()));
        return out;
    }
}
