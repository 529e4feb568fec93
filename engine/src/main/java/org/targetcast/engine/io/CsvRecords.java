package org.targetcast.engine.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader that keeps the line on which every record starts, so that errors can be
 * located. Fields are separated by commas; a field in double quotes may hold commas, line breaks and
 * doubled quotes ({@code ""} for one {@code "}). Line ends may be LF or CRLF. Blank lines are skipped.
 * A quote inside an unquoted field is kept as a literal character.
 */
final class CsvRecords {

    /**
     * One record.
     *
     * @param line the 1-based line on which the record starts
     * @param fields the field texts, unquoted
     */
    record Record(int line, List<String> fields) {}

    /**
     * A syntax problem.
     *
     * @param line 1-based line
     * @param column 1-based field number
     * @param message what is wrong
     */
    record Syntax(int line, int column, String message) {}

    private final List<Record> records = new ArrayList<>();
    private final List<Syntax> problems = new ArrayList<>();

    private CsvRecords() {}

    /**
     * @param text the whole file; a leading byte-order mark is ignored
     * @return the records and any syntax problems
     */
    static CsvRecords parse(String text) {
        CsvRecords out = new CsvRecords();
        out.run(text.startsWith("\uFEFF") ? text.substring(1) : text);
        return out;
    }

    /** @return the records, in file order */
    List<Record> records() {
        return records;
    }

    /** @return the syntax problems, in file order */
    List<Syntax> problems() {
        return problems;
    }

    private void run(String s) {
        int i = 0;
        int line = 1;
        int n = s.length();
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean recordDone = false;
            while (!recordDone) {
                String text;
                if (i < n && s.charAt(i) == '"') {
                    int quoteLine = line;
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = s.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && s.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                    if (!closed) {
                        problems.add(new Syntax(
                                quoteLine,
                                fields.size() + 1,
                                "expected a closing double quote, found the end of the file"));
                        return;
                    }
                    if (i + 1 < n && s.charAt(i) == '\r' && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n') {
                        problems.add(new Syntax(
                                line,
                                fields.size() + 1,
                                "expected a comma or the end of the line after a closing quote, found '" + s.charAt(i)
                                        + "'"));
                        while (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n') {
                            i++;
                        }
                    }
                    text = stripCr(field);
                    field.setLength(0);
                } else {
                    // an unquoted field is the text up to the next comma or line end, less a carriage return
                    int from = i;
                    while (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n') {
                        i++;
                    }
                    int to = i > from && s.charAt(i - 1) == '\r' ? i - 1 : i;
                    text = s.substring(from, to);
                }
                fields.add(text);
                if (i < n && s.charAt(i) == ',') {
                    i++;
                } else {
                    if (i < n) {
                        i++;
                        line++;
                    }
                    recordDone = true;
                }
            }
            if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                records.add(new Record(start, List.copyOf(fields)));
            }
        }
    }

    private static String stripCr(StringBuilder field) {
        int len = field.length();
        return len > 0 && field.charAt(len - 1) == '\r' ? field.substring(0, len - 1) : field.toString();
    }
}
