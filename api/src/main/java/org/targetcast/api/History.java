package org.targetcast.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.data.ValueFlag;
import tech.tablesaw.api.Table;

/**
 * A history the scenarios project from (the China series on MOFCOM's or UNCTAD's basis, or an UNCTAD economy), year by year
 * with its flags and sources. Immutable.
 *
 * <pre>{@code
 * History china = tc.history("china");
 * System.out.println(china.table().print());
 * ComponentHistory h = china.component();   // the engine's record, for the model classes
 * }</pre>
 */
public final class History {
    private final String key;
    private final ComponentHistory history;

    History(String key, ComponentHistory history) {
        this.key = key;
        this.history = history;
    }

    /** @return the history's key, e.g. {@code china} */
    public String key() {
        return key;
    }

    /** @return the engine's history */
    public ComponentHistory component() {
        return history;
    }

    /** @return one row per observed year */
    public List<HistoryRow> rows() {
        List<HistoryRow> out = new ArrayList<>();
        for (int i = 0; i < history.digital().size(); i++) {
            int y = history.digital().year(i);
            double d = history.digital().value(i);
            double t = history.total().value(i);
            out.add(new HistoryRow(
                    y,
                    d,
                    t - d,
                    t,
                    d / t,
                    history.flagsOf(y).stream()
                            .map(ValueFlag::name)
                            .map(s -> s.toLowerCase(Locale.ROOT))
                            .toList(),
                    history.sourcesOf(y)));
        }
        return List.copyOf(out);
    }

    /** @return the rows as a table: {@code year, digital, other, total, share, flags, sources} (flags joined by {@code ;}) */
    public Table table() {
        return Tables.of(key, rows())
                .integer("year", HistoryRow::year)
                .number("digital", HistoryRow::digital)
                .number("other", HistoryRow::other)
                .number("total", HistoryRow::total)
                .number("share", HistoryRow::share)
                .text("flags", r -> String.join(";", r.flags()))
                .text("sources", HistoryRow::sources)
                .build();
    }
}
