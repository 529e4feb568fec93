package org.targetcast.app.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.targetcast.app.report.ReportDocument.TableBlock;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.ScenarioResult;

/**
 * A scenario's {@link ForecastTable} as people read it, in the terminal ({@code run --table}) and the
 * report: one row per projected year and quantity, the share in percent of total services trade with one
 * decimal, the components in the data's unit; the central path, then the 50 %, 80 % and 95 % ranges. The
 * sentence above the table says what each number is.
 */
public final class ForecastSection {
    private ForecastSection() {}

    /**
     * Prints each scenario's table, wrapped to the verdict table's width.
     *
     * @param results the run's scenarios
     * @param lang the language
     * @param out where to print
     */
    public static void print(List<ScenarioResult> results, Lang lang, PrintWriter out) {
        for (ScenarioResult r : results) {
            Table.wrapped(intro(r, lang), VerdictTable.COLUMNS, "", out);
            out.println();
            List<String[]> rows = rows(r, lang);
            List<String[]> aligned = new ArrayList<>();
            aligned.add(rows.get(0));
            aligned.addAll(rightAligned(rows.subList(1, rows.size())));
            Table.print(aligned, out);
            out.println();
        }
    }

    /**
     * Adds the first scenario's table to the report, and points to {@code forecast.csv} for the others.
     *
     * @param b the report being built
     * @param results the run's scenarios
     * @param lang the language
     */
    static void add(ReportDocument.Builder b, List<ScenarioResult> results, Lang lang) {
        ScenarioResult first = results.get(0);
        b.heading(2, Glossary.term("forecast.title", lang));
        b.paragraph(intro(first, lang));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        for (int c = 1; c < header(lang).length; c++) {
            numeric.add(true);
        }
        b.add(TableBlock.of(rows(first, lang), numeric));
        b.note(Glossary.term(results.size() > 1 ? "forecast.others" : "forecast.file", lang));
    }

    /**
     * @param r a scenario's result
     * @param lang the language
     * @return the sentence above its table: what the numbers are and their units
     */
    static String intro(ScenarioResult r, Lang lang) {
        String text = Glossary.term(
                "forecast.intro", lang, r.name(), Glossary.unit(r.history().unit(), lang));
        if (r.outlook() == null) {
            return text + Glossary.term("forecast.none", lang);
        }
        boolean calibrated = r.projection().calibration().applies();
        return calibrated ? text + Glossary.term("forecast.calibrated", lang) : text;
    }

    static String[] header(Lang lang) {
        return new String[] {
            "",
            Glossary.term("forecast.central", lang),
            Glossary.term("forecast.r50", lang),
            Glossary.term("forecast.r80", lang),
            Glossary.term("forecast.r95", lang)
        };
    }

    /**
     * @param r a scenario's result
     * @param lang the language
     * @return the header, then per projected year the share's row and the two components' rows
     */
    static List<String[]> rows(ScenarioResult r, Lang lang) {
        List<String[]> body = new ArrayList<>();
        for (ForecastTable.Row row : ForecastTable.of(r)) {
            String[] cells = new String[header(lang).length];
            cells[0] = switch (row.quantity()) {
                case SHARE -> Glossary.term("forecast.share", lang, row.year());
                case DIGITAL -> Glossary.term("forecast.digital", lang);
                case OTHER -> Glossary.term("forecast.other", lang);
            };
            cells[1] = value(row.quantity(), row.central());
            for (int i = 0; i < ForecastTable.COVERAGE.length; i++) {
                cells[2 + i] = row.hasRanges()
                        ? value(row.quantity(), row.low().get(i)) + "–"
                                + value(row.quantity(), row.high().get(i))
                        : "";
            }
            body.add(cells);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(header(lang));
        rows.addAll(body);
        return rows;
    }

    /**
     * @param q a quantity
     * @param v its value
     * @return the share in percent with one decimal ({@code 42.4}); a level with thousands separators and
     *     no decimals from 100 up ({@code 15,234}), else to three significant digits
     */
    static String value(ForecastTable.Quantity q, double v) {
        if (q == ForecastTable.Quantity.SHARE) {
            return String.format(Locale.ROOT, "%.1f", 100 * v);
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return new java.math.BigDecimal(v)
                .round(new java.math.MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Pads every cell after the first on the left to its column's widest, so that numbers line up. */
    private static List<String[]> rightAligned(List<String[]> body) {
        if (body.isEmpty()) {
            return body;
        }
        int cols = body.get(0).length;
        int[] width = new int[cols];
        for (String[] r : body) {
            for (int c = 1; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        List<String[]> out = new ArrayList<>();
        for (String[] r : body) {
            String[] padded = r.clone();
            for (int c = 1; c < cols; c++) {
                padded[c] = " ".repeat(width[c] - r[c].length()) + r[c];
            }
            out.add(padded);
        }
        return out;
    }
}
