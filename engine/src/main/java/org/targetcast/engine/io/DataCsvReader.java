package org.targetcast.engine.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.Dataset;
import org.targetcast.model.data.Observation;
import org.targetcast.model.data.Quality;

/**
 * Reads and validates an observations CSV ({@code scenarios/data/observations.csv}) into a
 * {@link Dataset}.
 *
 * <p>The header names the columns {@link #COLUMNS}, in any order. Every problem in the file is
 * collected and reported at once in one {@link InputException}, in file order (by line, then
 * column), each with the file (as given), the line
 * (the header is line 1; a record spanning lines is reported at its first line), the 1-based column (the
 * field number; for a record with too few or too many fields, the first missing or extra one; 1 for a
 * problem of the whole record or file), the column name, what was expected and what was found. A file that
 * is not UTF-8 or holds control characters is refused at the first such byte ({@link TextFiles}).
 *
 * <p>Checked: missing, unknown or repeated header columns; the number of fields; blank economy, series
 * or source id; a year that is not an integer or lies outside 1900–2100; flow, measure, unit and quality
 * grade; a value that is not a finite number above 0 and up to {@value #MAX_LEVEL} (in 100 million, more
 * than ten times the world's trade in services; above −100 for a growth rate); a growth rate or share
 * (measure {@code share_of_...}) above 100 or not
 * in percent; a level in percent; an economy, series or source id on more than one line or longer than
 * {@value TextRules#DATA_NAME} characters, a note longer than {@value TextRules#NOTE}, bidirectional control
 * characters ({@link TextRules}); and duplicates. Two records are duplicates if they have the same
 * economy, year, series, flow, measure, unit and source id, unless their values differ and one is
 * flagged rounded (a source restating its exact figure in rounded form, which is kept).
 *
 * <p>Tablesaw is not used here: it infers column types and does not report the line of a bad field,
 * while every error here must name its place. The RFC 4180 parsing is {@link CsvRecords}.
 */
public final class DataCsvReader {
    /** The columns of an observations file. */
    public static final List<String> COLUMNS =
            List.of("economy", "year", "series", "flow", "measure", "unit", "value", "source_id", "quality", "note");

    /**
     * The largest value accepted: 10^7 units of 100 million is more than ten times the world's yearly trade in
     * services in either currency (about USD 7.5 trillion in 2023, WTO).
     */
    public static final double MAX_LEVEL = 1e7;

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private DataCsvReader() {}

    /**
     * @param file the file, named as the user gave it (messages repeat it as given)
     * @return the dataset, in file order
     * @throws InputException listing every problem, or if the file cannot be read
     */
    public static Dataset read(Path file) {
        String name = file.toString();
        return read(name, TextFiles.read(file, name));
    }

    /**
     * @param fileName the name to report problems under
     * @param text the whole file
     * @return the dataset, in file order
     * @throws InputException listing every problem
     */
    public static Dataset read(String fileName, String text) {
        return new Pass(fileName).run(text);
    }

    /** The first record seen with a key. */
    private record Seen(int line, Observation observation) {}

    /** The state of one reading: problems found so far and the records seen by key. */
    private static final class Pass {
        private final String file;
        private final List<InputException.Problem> problems = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        Pass(String file) {
            this.file = file;
        }

        Dataset run(String text) {
            CsvRecords csv = CsvRecords.parse(text);
            csv.problems().forEach(p -> problem(p.line(), p.column(), "", p.message()));
            List<CsvRecords.Record> records = csv.records();
            if (records.isEmpty()) {
                problem(1, 1, "", "expected a header naming " + String.join(", ", COLUMNS) + ", found an empty file");
                throw failure();
            }
            readHeader(records.get(0));
            if (index.size() < COLUMNS.size() || !problems.isEmpty()) {
                throw failure();
            }
            List<Observation> out = new ArrayList<>();
            Map<String, Seen> seen = new HashMap<>();
            for (CsvRecords.Record r : records.subList(1, records.size())) {
                Observation o = readRecord(r, records.get(0).fields().size());
                if (o != null && isNewKey(o, r, seen)) {
                    out.add(o);
                }
            }
            if (!problems.isEmpty()) {
                throw failure();
            }
            return Dataset.of(out);
        }

        private void readHeader(CsvRecords.Record header) {
            List<String> names = header.fields();
            for (int c = 0; c < names.size(); c++) {
                String name = names.get(c).strip();
                if (!COLUMNS.contains(name)) {
                    problem(
                            1,
                            c + 1,
                            name,
                            "unknown column '" + name + "'; expected one of " + String.join(", ", COLUMNS)
                                    + Suggestions.didYouMean(name, COLUMNS));
                } else if (index.putIfAbsent(name, c) != null) {
                    problem(
                            1,
                            c + 1,
                            name,
                            "column '" + name + "' appears twice (first as column " + (index.get(name) + 1) + ")");
                }
            }
            for (String col : COLUMNS) {
                if (!index.containsKey(col)) {
                    problem(
                            1,
                            1,
                            col,
                            "missing column '" + col + "'; the header must name " + String.join(", ", COLUMNS));
                }
            }
        }

        /** @return the observation, or null if the record has a problem */
        private Observation readRecord(CsvRecords.Record r, int width) {
            if (r.fields().size() != width) {
                problem(
                        r.line(),
                        Math.min(r.fields().size(), width) + 1,
                        "",
                        "expected " + width + " fields, found " + r.fields().size());
                return null;
            }
            int before = problems.size();
            String economy = text(r, "economy");
            String series = text(r, "series");
            String sourceId = text(r, "source_id");
            Integer year = year(r);
            String flow = oneOf(r, "flow", Observation.FLOWS, "total, exports, imports");
            String measure = measure(r);
            String unit = oneOf(r, "unit", Observation.UNITS, "USD_100m, CNY_100m, percent");
            Quality quality = quality(r);
            Double value = value(r, measure, unit);
            TextRules.problem(field(r, "note"), TextRules.NOTE, false)
                    .ifPresent(p -> problem(r.line(), column("note"), "note", p));
            if (problems.size() > before) {
                problems.subList(before, problems.size()).sort(Comparator.comparingInt(InputException.Problem::column));
                return null;
            }
            try {
                return new Observation(
                        economy, year, series, flow, measure, unit, value, sourceId, quality, field(r, "note"));
            } catch (ModelException e) {
                problem(r.line(), 1, "", e.getMessage());
                return null;
            }
        }

        private boolean isNewKey(Observation o, CsvRecords.Record r, Map<String, Seen> seen) {
            String key = String.join(
                    "\u0000",
                    o.economy(),
                    Integer.toString(o.year()),
                    o.series(),
                    o.flow(),
                    o.measure(),
                    o.unit(),
                    o.sourceId());
            Seen first = seen.putIfAbsent(key, new Seen(r.line(), o));
            if (first == null) {
                return true;
            }
            if (first.observation().value() != o.value() && (first.observation().isRounded() || o.isRounded())) {
                return true;
            }
            problem(
                    r.line(),
                    column("source_id"),
                    "source_id",
                    "duplicate of line " + first.line()
                            + ": same economy, year, series, flow, measure, unit and source_id (" + o.sourceId() + ")");
            return false;
        }

        /** @return all problems, sorted by line (stable, so columns keep their order within a line) */
        private InputException failure() {
            problems.sort(Comparator.comparingInt(InputException.Problem::line));
            return new InputException(problems);
        }

        private String text(CsvRecords.Record r, String col) {
            String t = field(r, col).strip();
            if (t.isEmpty()) {
                problem(r.line(), column(col), col, "expected a non-empty value, found nothing");
            } else {
                TextRules.problem(t, TextRules.DATA_NAME, true).ifPresent(p -> problem(r.line(), column(col), col, p));
            }
            return t;
        }

        private Integer year(CsvRecords.Record r) {
            String t = field(r, "year").strip();
            if (!INTEGER.matcher(t).matches() || t.length() > 6) {
                problem(r.line(), column("year"), "year", "expected an integer year, found '" + t + "'");
                return null;
            }
            int y = Integer.parseInt(t);
            if (y < Observation.MIN_YEAR || y > Observation.MAX_YEAR) {
                problem(
                        r.line(),
                        column("year"),
                        "year",
                        "expected a year from " + Observation.MIN_YEAR + " to " + Observation.MAX_YEAR + ", found "
                                + y);
                return null;
            }
            return y;
        }

        private String oneOf(CsvRecords.Record r, String col, Set<String> allowed, String listed) {
            String t = field(r, col).strip();
            if (!allowed.contains(t)) {
                problem(
                        r.line(),
                        column(col),
                        col,
                        "expected one of " + listed + ", found '" + t + "'" + Suggestions.didYouMean(t, allowed));
            }
            return t;
        }

        private String measure(CsvRecords.Record r) {
            String t = field(r, "measure").strip();
            boolean share = t.startsWith(Observation.SHARE_PREFIX) && t.length() > Observation.SHARE_PREFIX.length();
            if (!t.equals(Observation.LEVEL) && !t.equals(Observation.GROWTH) && !share) {
                problem(
                        r.line(),
                        column("measure"),
                        "measure",
                        "expected 'level', 'growth' or 'share_of_<denominator>', found '" + t + "'");
            }
            return t;
        }

        private Quality quality(CsvRecords.Record r) {
            String t = field(r, "quality").strip();
            for (Quality q : Quality.values()) {
                if (q.name().equals(t)) {
                    return q;
                }
            }
            problem(r.line(), column("quality"), "quality", "expected a grade A, B, C or D, found '" + t + "'");
            return null;
        }

        private Double value(CsvRecords.Record r, String measure, String unit) {
            String t = field(r, "value").strip();
            int c = column("value");
            if (NON_FINITE.matcher(t).matches()) {
                problem(r.line(), c, "value", "expected a finite number, found '" + t + "'");
                return null;
            }
            if (!DECIMAL.matcher(t).matches()) {
                problem(r.line(), c, "value", "expected a number, found '" + t + "'");
                return null;
            }
            double v = Double.parseDouble(t);
            boolean share = measure.startsWith(Observation.SHARE_PREFIX);
            boolean growth = measure.equals(Observation.GROWTH);
            if (!Double.isFinite(v)) {
                problem(r.line(), c, "value", "expected a finite number, found '" + t + "'");
            } else if (growth && v <= -100) {
                problem(r.line(), c, "value", "expected a growth rate above -100%, found " + t);
            } else if (!growth && v <= 0) {
                // a level or share of zero has no logarithm and divides the share's other part by zero
                problem(
                        r.line(),
                        c,
                        "value",
                        (share
                                        ? "expected a share above 0 (measure " + measure + "), found "
                                        : "expected a level above 0, found ")
                                + t);
            } else if (v > MAX_LEVEL) {
                problem(
                        r.line(),
                        c,
                        "value",
                        "expected a number of at most " + (long) MAX_LEVEL + " (in 100 million), found " + t);
            } else if (share && v > 100) {
                problem(r.line(), c, "value", "expected a share of at most 100 (measure " + measure + "), found " + t);
            }
            if ((share || growth) && Observation.UNITS.contains(unit) && !unit.equals("percent")) {
                problem(
                        r.line(),
                        column("unit"),
                        "unit",
                        "expected percent for measure " + measure + ", found '" + unit + "'");
            } else if (measure.equals(Observation.LEVEL) && unit.equals("percent")) {
                problem(r.line(), column("unit"), "unit", "expected USD_100m or CNY_100m for a level, found 'percent'");
            }
            return v;
        }

        private String field(CsvRecords.Record r, String col) {
            return r.fields().get(index.get(col));
        }

        private int column(String col) {
            return index.get(col) + 1;
        }

        private void problem(int line, int column, String key, String message) {
            problems.add(new InputException.Problem(file, line, column, key, message));
        }
    }
}
