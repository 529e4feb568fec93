package org.targetcast.api;

import java.util.Objects;

/**
 * One located problem with the input, as the command line reports it.
 *
 * <pre>{@code
 * try {
 *     Scenarios.parse("title: x\nhorizon: 1900\n");
 * } catch (BadInputException e) {
 *     Problem p = e.problems().get(0);
 *     System.out.println(p.key() + " at line " + p.line() + ": " + p.message());
 * }
 * }</pre>
 *
 * @param file the file as named (a scenario file, the data file, or the name given to a scenario text)
 * @param line 1-based line (or CSV row counting the header as row 1); 0 if unknown
 * @param column 1-based column; 0 if unknown
 * @param key the key path or CSV column; empty if none
 * @param message what was expected and what was found
 * @param formatted the whole problem on one line, {@code file:line:column: key: message}, exactly as the command
 *     line prints it
 */
public record Problem(String file, int line, int column, String key, String message, String formatted) {
    /** Checks for nulls. */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(formatted, "formatted");
    }

    @Override
    public String toString() {
        return formatted;
    }
}
