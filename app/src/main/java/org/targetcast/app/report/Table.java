package org.targetcast.app.report;

import java.io.PrintWriter;
import java.util.List;

/** Plain-text tables with columns padded to their widest cell (counting wide CJK characters as two). */
public final class Table {
    private Table() {}

    /**
     * @param table the header row first, then the body; all rows the same length (control characters in a
     *     cell are not printed: nothing reaches the terminal raw)
     * @param out where to print
     */
    public static void print(List<String[]> table, PrintWriter out) {
        List<String[]> rows = table.stream()
                .map(r -> java.util.Arrays.stream(r)
                        .map(c -> Formats.withoutControls(c).replace('\n', ' '))
                        .toArray(String[]::new))
                .toList();
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], displayWidth(r[c]));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            out.println(line(rows.get(i), width));
            if (i == 0) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < cols; c++) {
                    rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
                }
                out.println(rule);
            }
        }
    }

    private static String line(String[] r, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < r.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            sb.append(r[c]);
            if (c < r.length - 1) {
                sb.append(" ".repeat(width[c] - displayWidth(r[c])));
            }
        }
        return sb.toString().stripTrailing();
    }

    /**
     * Prints text wrapped to a width in terminal columns: at spaces, and between Chinese characters.
     *
     * @param text the text, one paragraph
     * @param columns the width
     * @param indent the indent of continuation lines
     * @param out where to print
     */
    public static void wrapped(String text, int columns, String indent, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        int width = 0;
        for (String token : tokens(text)) {
            String t = line.length() == 0 ? token.stripLeading() : token;
            int w = displayWidth(t);
            if (line.length() > 0 && width + w > columns) {
                out.println(line.toString().stripTrailing());
                line.setLength(0);
                line.append(indent);
                t = token.stripLeading();
                width = displayWidth(indent);
                w = displayWidth(t);
            }
            line.append(t);
            width += w;
        }
        if (line.length() > 0) {
            out.println(line.toString().stripTrailing());
        }
    }

    /** Chinese punctuation that never starts a line. */
    private static final String CLOSING = "，。；：、）》」』！？";

    /** Chinese punctuation that never ends a line: it stays with what it opens. */
    private static final String OPENING = "（《「『";

    /** Terms of the glossary a line never splits: 百 / 分点 reads as two words. */
    private static final java.util.List<String> TERMS = java.util.List.of("百分点", "百分比", "百分位数");

    /** The longest full-width bracket group kept on one line, in characters between the brackets: （百分点）. */
    private static final int GROUP = 8;

    /**
     * Splits text into words, each with its leading space, and single wide (Chinese) characters; closing
     * Chinese punctuation stays with the character before it, opening punctuation with the one after it, and a
     * short full-width bracket group （百分点） or a term such as 百分点 is one token, so that no line splits it.
     */
    static java.util.List<String> tokens(String text) {
        // linear in the text: a token is appended to in place, never copied whole per character
        java.util.List<StringBuilder> out = new java.util.ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean content = false;
        boolean open = false;
        for (int i = 0; i < text.length(); ) {
            int kept = unbreakable(text, i);
            if (kept > 0) {
                if (content && !open) {
                    out.add(sb);
                    sb = new StringBuilder();
                }
                sb.append(text, i, i + kept);
                out.add(sb);
                sb = new StringBuilder();
                content = false;
                open = false;
                i += kept;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean space = Character.isWhitespace(cp);
            boolean wide = !space && displayWidth(new String(Character.toChars(cp))) == 2;
            if ((space || wide) && content && !open) {
                out.add(sb);
                sb = new StringBuilder();
                content = false;
            }
            if (space) {
                if (open) {
                    out.add(sb);
                    sb = new StringBuilder();
                    content = false;
                    open = false;
                }
                sb.append(' ');
            } else if (wide && OPENING.indexOf(cp) >= 0) {
                sb.appendCodePoint(cp);
                content = true;
                open = true;
            } else if (wide && CLOSING.indexOf(cp) >= 0 && !out.isEmpty() && !open) {
                out.get(out.size() - 1).appendCodePoint(cp);
            } else if (wide) {
                sb.appendCodePoint(cp);
                out.add(sb);
                sb = new StringBuilder();
                content = false;
                open = false;
            } else {
                sb.appendCodePoint(cp);
                content = true;
                open = false;
            }
        }
        if (content) {
            out.add(sb);
        }
        return out.stream().map(StringBuilder::toString).toList();
    }

    /**
     * @return the length in chars of a term or a short bracket group starting at {@code i} that no line splits,
     *     0 where none starts there
     */
    private static int unbreakable(String text, int i) {
        for (String term : TERMS) {
            if (text.startsWith(term, i)) {
                return term.length();
            }
        }
        if (text.charAt(i) != '（') {
            return 0;
        }
        int inside = 0;
        for (int j = i + 1; j < text.length() && inside <= GROUP; ) {
            int cp = text.codePointAt(j);
            if (cp == '）') {
                return inside == 0 ? 0 : j + 1 - i;
            }
            if (Character.isWhitespace(cp) || cp == '（') {
                return 0;
            }
            inside++;
            j += Character.charCount(cp);
        }
        return 0;
    }

    public static int displayWidth(String s) {
        return s.codePoints()
                .map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                                || (cp >= 0x3000 && cp <= 0x303F)
                                || (cp >= 0xFF00 && cp <= 0xFF60)
                        ? 2
                        : 1)
                .sum();
    }
}
