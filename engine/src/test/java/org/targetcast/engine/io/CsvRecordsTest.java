package org.targetcast.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
    /**
     * Any table written as RFC 4180 says (a field with a comma, quote, line break or carriage return in
     * double quotes, its quotes doubled; LF or CRLF line ends) reads back as the same fields, each record
     * with the line it starts on.
     */
    @Property(tries = 300)
    void readsBackAnyTableWrittenByTheRfc(@ForAll("tables") List<List<String>> table, @ForAll boolean crlf) {
        String end = crlf ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (List<String> record : table) {
            starts.add(1 + (int) text.chars().filter(c -> c == '\n').count());
            for (int f = 0; f < record.size(); f++) {
                String field = record.get(f);
                boolean quote =
                        field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
                text.append(f > 0 ? "," : "").append(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
            }
            text.append(end);
        }
        CsvRecords read = CsvRecords.parse(text.toString());
        assertTrue(read.problems().isEmpty(), read.problems().toString());
        assertEquals(table.size(), read.records().size());
        for (int r = 0; r < table.size(); r++) {
            assertEquals(table.get(r), read.records().get(r).fields(), "record " + r);
            assertEquals(starts.get(r), read.records().get(r).line(), "line of record " + r);
        }
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> field = Arbitraries.strings()
                .withChars('a', 'b', '7', '.', ' ', ',', '"', '\n', '中')
                .ofMinLength(0)
                .ofMaxLength(6);
        // two fields or more: a record of one empty field is a blank line, which is skipped
        return field.list().ofMinSize(2).ofMaxSize(5).list().ofMaxSize(8);
    }

    @Test
    void anUnquotedFieldLosesTheCarriageReturnOfItsLineEndAndBlankLinesAreSkipped() {
        CsvRecords read = CsvRecords.parse("\uFEFFa,b\r\n\r\n\nc,d\r\n");
        assertEquals(2, read.records().size());
        assertEquals(List.of("a", "b"), read.records().get(0).fields());
        assertEquals(List.of("c", "d"), read.records().get(1).fields());
        assertEquals(4, read.records().get(1).line());
    }

    @Test
    void namesTheLineAndFieldOfAnUnclosedQuote() {
        CsvRecords read = CsvRecords.parse("a,b\nc,\"d\ne\n");
        assertEquals(1, read.problems().size());
        CsvRecords.Syntax p = read.problems().get(0);
        assertEquals(2, p.line());
        assertEquals(2, p.column());
        assertTrue(p.message().contains("closing double quote"), p.message());
    }
}
