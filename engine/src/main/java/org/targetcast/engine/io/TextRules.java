package org.targetcast.engine.io;

import java.util.Locale;
import java.util.Optional;

/**
 * What a text the user writes may hold, wherever it is shown (terminal, HTML, PDF, charts, slides, file
 * names): no bidirectional control characters anywhere (they reorder what is drawn around them, so a title
 * could show something other than what it says, and the PDF writer cannot lay them out); in a one-line text
 * (a title, a name), no line break or tab either; and at most a documented number of characters, so that
 * every writer lays it out in bounded time. Control characters other than tab and line breaks are refused
 * earlier, in every file ({@link TextFiles}) and every escaped YAML text ({@link YamlTree}).
 */
public final class TextRules {
    /** The longest title ({@code title}, {@code title_zh}, a set's {@code title}), in characters. */
    public static final int TITLE = 200;

    /** The longest description ({@code description}, {@code description_zh}), in characters. */
    public static final int DESCRIPTION = 4_000;

    /** The longest other scenario text ({@code data}, {@code basis}, {@code extends}, a method's name), in characters. */
    public static final int WORD = 200;

    /** The longest economy, series or source id in an observations file, in characters. */
    public static final int DATA_NAME = 100;

    /** The longest note in an observations file, in characters. */
    public static final int NOTE = 2_000;

    private TextRules() {}

    /**
     * @param text a text as read
     * @param max the most characters (code points) it may have
     * @param oneLine whether line breaks and tabs are refused
     * @return what is wrong with it, or empty if it may be used
     */
    public static Optional<String> problem(String text, int max, boolean oneLine) {
        Optional<String> c = characters(text, oneLine);
        if (c.isPresent()) {
            return c;
        }
        int n = text.codePointCount(0, text.length());
        if (n > max) {
            return Optional.of("expected at most " + max + " characters, found " + n);
        }
        return Optional.empty();
    }

    /**
     * @param text a text as read
     * @param oneLine whether line breaks and tabs are refused
     * @return the first character it may not hold, described, or empty
     */
    public static Optional<String> characters(String text, boolean oneLine) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isBidiControl(cp)) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "bidirectional control character U+%04X in a text; write the text in reading order without it",
                        cp));
            }
            if (oneLine && (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029 || cp == 0x85)) {
                return Optional.of(String.format(
                        Locale.ROOT, "line break or tab (U+%04X) in a one-line text; write it on one line", cp));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /**
     * @param cp a code point
     * @return whether it is an explicit bidirectional formatting character: the embeddings and overrides
     *     U+202A–U+202E, the isolates U+2066–U+2069, and the marks U+200E, U+200F and U+061C
     */
    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E
                || cp == 0x200F
                || cp == 0x061C;
    }
}
