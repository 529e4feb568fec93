package org.targetcast.app.report;

import java.io.PrintWriter;
import java.util.List;

/** Plain-text tables with columns padded to their widest cell (counting wide CJK characters as two). */
public final class Table {
    private Table() {
    }

    /**
     * @param table the header row first, then the body; all rows the same length (control characters in a
     *     cell are not printed: nothing reaches the terminal raw)
     * @param out where to print
     */
    public static void print(List<String[]> table, PrintWriter out) {
        List<String[]> rows = table.stream().map(r -> java.util.Arrays.stream(r).map(c -> Formats.withoutControls(c).replace('\n', ' '))
                .toArray(String[]::new)).toList();
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

    static int displayWidth(String s) {
        return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1).sum();
    }
}
