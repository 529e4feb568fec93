package org.targetcast.app.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.targetcast.app.report.ReportDocument.TableBlock;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.GrowthReadings;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.GrowthTarget;

/**
 * A growth condition under each reading ({@link GrowthReadings}), in the terminal and the report: one table
 * per condition, the scenario's own reading marked.
 */
public final class GrowthReadingsSection {
    private GrowthReadingsSection() {}

    /**
     * @param scenario the scenario's name
     * @param all the readings of each of its growth conditions
     * @param lang the language
     * @param out where to print
     */
    public static void print(String scenario, List<GrowthReadings> all, Lang lang, PrintWriter out) {
        for (GrowthReadings g : all) {
            Table.wrapped(intro(scenario, g, lang), VerdictTable.COLUMNS, "", out);
            out.println();
            Table.print(rows(g, lang), out);
            out.println();
        }
    }

    /**
     * @param b the report being built
     * @param scenario the scenario's name
     * @param all the readings of each of its growth conditions
     * @param lang the language
     */
    static void add(ReportDocument.Builder b, String scenario, List<GrowthReadings> all, Lang lang) {
        if (all.isEmpty()) {
            return;
        }
        b.heading(2, Glossary.term("readings.title", lang));
        for (GrowthReadings g : all) {
            b.paragraph(intro(scenario, g, lang));
            b.add(TableBlock.of(rows(g, lang), List.of(false, true)));
        }
    }

    static String intro(String scenario, GrowthReadings g, Lang lang) {
        return Glossary.term("readings.intro", lang, scenario, Glossary.target(g.stated(), lang));
    }

    static List<String[]> rows(GrowthReadings g, Lang lang) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Glossary.term("readings.reading", lang), Glossary.term("readings.p", lang)});
        for (TargetOutlook o : g.readings()) {
            GrowthTarget t = (GrowthTarget) o.target();
            String name = describe(t, lang) + (t.equals(g.stated()) ? Glossary.term("readings.own", lang) : "");
            rows.add(new String[] {name, ProbabilityText.percent(o.probability())});
        }
        return rows;
    }

    /**
     * @param t a reading of a growth condition
     * @param lang the language
     * @return it in words, e.g. {@code at least 5 % a year on average, 2025–2029}
     */
    static String describe(GrowthTarget t, Lang lang) {
        if (t.average() && t.atLeast() == 0) {
            return Glossary.term("readings.end", lang, t.to(), t.from() - 1);
        }
        return Glossary.term(
                t.average() ? "readings.average" : t.atLeast() < 0 ? "readings.floor" : "readings.every",
                lang,
                Glossary.percent(t.atLeast()),
                t.from(),
                t.to());
    }
}
