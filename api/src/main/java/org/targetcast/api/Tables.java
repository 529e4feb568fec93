package org.targetcast.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Rows of records into a Tablesaw table, one column a field: the only place the facade touches Tablesaw.
 * Missing numbers are NaN (Tablesaw's missing double), missing whole numbers Tablesaw's missing int, missing
 * text the empty string.
 *
 * @param <R> the row type
 */
final class Tables<R> {
    private final String name;
    private final List<R> rows;
    private final List<Column<?>> columns = new ArrayList<>();

    private Tables(String name, List<R> rows) {
        this.name = name;
        this.rows = rows;
    }

    static <R> Tables<R> of(String name, List<R> rows) {
        return new Tables<>(name, rows);
    }

    Tables<R> text(String column, Function<R, String> value) {
        StringColumn c = StringColumn.create(column);
        rows.forEach(r -> c.append(value.apply(r)));
        columns.add(c);
        return this;
    }

    Tables<R> number(String column, ToDoubleFunction<R> value) {
        columns.add(DoubleColumn.create(column, rows.stream().mapToDouble(value).toArray()));
        return this;
    }

    /** A whole-number column; a null value is missing. */
    Tables<R> integer(String column, Function<R, Integer> value) {
        IntColumn c = IntColumn.create(column);
        for (R r : rows) {
            Integer v = value.apply(r);
            if (v == null) {
                c.appendMissing();
            } else {
                c.append(v);
            }
        }
        columns.add(c);
        return this;
    }

    Tables<R> bool(String column, Predicate<R> value) {
        BooleanColumn c = BooleanColumn.create(column);
        rows.forEach(r -> c.append(value.test(r)));
        columns.add(c);
        return this;
    }

    Table build() {
        return Table.create(name, columns);
    }
}
