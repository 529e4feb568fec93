package org.targetcast.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.model.data.Dataset;
import org.targetcast.model.data.Observation;

class DataCsvReaderTest {
    private static final String HEADER = "economy,year,series,flow,measure,unit,value,source_id,quality,note\n";
    private static final String GOOD = "China,2020,services_total_unctad,exports,level,USD_100m,2806.29,S25,A,\n";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("observations.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Reads the file and returns the one problem it must contain, formatted. */
    private String onlyProblem(String text) throws IOException {
        Path f = write(text);
        InputException e = assertThrows(InputException.class, () -> DataCsvReader.read(f));
        assertEquals(1, e.problems().size(), () -> String.join("\n", e.lines()));
        return e.lines().get(0).substring(f.toString().length());
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        Dataset d = DataCsvReader.read(write(HEADER
                + "China,2015,m,total,level,USD_100m,2000,S05,C,\"a, b \"\"quoted\"\"\nsecond line\"\r\n" + GOOD));
        assertEquals(2, d.size());
        Observation o = d.observations().get(0);
        assertEquals("a, b \"quoted\"\nsecond line", o.note());
        assertEquals(2806.29, d.observations().get(1).value());
    }

    @Test
    void reportsTheFileAsGiven() throws IOException {
        Path absolute = write(HEADER + "China,2020,s,total,level,EUR,1,S1,A,\n");
        Path relative = Path.of("").toAbsolutePath().relativize(absolute);
        InputException e = assertThrows(InputException.class, () -> DataCsvReader.read(relative));
        assertEquals(
                relative + ":2:6: unit: expected one of USD_100m, CNY_100m, percent, found 'EUR'",
                e.lines().get(0));
    }

    @Test
    void rejectsMissingHeaderColumn() throws IOException {
        assertEquals(
                ":1:1: quality: missing column 'quality'; the header must name economy, year, series, flow, "
                        + "measure, unit, value, source_id, quality, note",
                onlyProblem("economy,year,series,flow,measure,unit,value,source_id,note\n"));
    }

    @Test
    void rejectsUnknownHeaderColumnWithSuggestion() throws IOException {
        Path f = write(HEADER.replace("quality", "qualty"));
        InputException e = assertThrows(InputException.class, () -> DataCsvReader.read(f));
        assertEquals(
                f + ":1:9: qualty: unknown column 'qualty'; expected one of economy, year, series, flow, "
                        + "measure, unit, value, source_id, quality, note (did you mean 'quality'?)",
                e.lines().get(0));
        assertEquals(
                f + ":1:1: quality: missing column 'quality'; the header must name economy, year, series, "
                        + "flow, measure, unit, value, source_id, quality, note",
                e.lines().get(1));
    }

    @Test
    void rejectsWrongNumberOfFields() throws IOException {
        assertEquals(
                ":3:10: expected 10 fields, found 9",
                onlyProblem(HEADER + GOOD + "China,2021,s,total,level,USD_100m,1,S1,A\n"));
    }

    @Test
    void rejectsNonNumericValue() throws IOException {
        assertEquals(
                ":2:7: value: expected a number, found '12,5x'",
                onlyProblem(HEADER + "China,2020,s,total,level,USD_100m,\"12,5x\",S1,A,\n"));
    }

    @Test
    void rejectsNonFiniteValue() throws IOException {
        assertEquals(
                ":2:7: value: expected a finite number, found 'NaN'",
                onlyProblem(HEADER + "China,2020,s,total,level,USD_100m,NaN,S1,A,\n"));
        assertEquals(
                ":2:7: value: expected a finite number, found '1e999'",
                onlyProblem(HEADER + "China,2020,s,total,level,USD_100m,1e999,S1,A,\n"));
    }

    @Test
    void rejectsNegativeValue() throws IOException {
        assertEquals(
                ":2:7: value: expected a level above 0, found -3.5",
                onlyProblem(HEADER + "China,2020,s,total,level,USD_100m,-3.5,S1,A,\n"));
    }

    @Test
    void rejectsAZeroLevelAndAZeroShare() throws IOException {
        assertEquals(
                ":2:7: value: expected a level above 0, found 0",
                onlyProblem(HEADER + "China,2020,s,total,level,USD_100m,0,S1,A,\n"));
        assertEquals(
                ":2:7: value: expected a share above 0 (measure share_of_trade), found 0",
                onlyProblem(HEADER + "China,2020,s,total,share_of_trade,percent,0,S1,A,\n"));
    }

    @Test
    void rejectsYearThatIsNotAnInteger() throws IOException {
        assertEquals(
                ":2:2: year: expected an integer year, found '2020.5'",
                onlyProblem(HEADER + "China,2020.5,s,total,level,USD_100m,1,S1,A,\n"));
    }

    @Test
    void rejectsYearOutOfRange() throws IOException {
        assertEquals(
                ":2:2: year: expected a year from 1900 to 2100, found 1850",
                onlyProblem(HEADER + "China,1850,s,total,level,USD_100m,1,S1,A,\n"));
    }

    @Test
    void rejectsUnknownUnit() throws IOException {
        assertEquals(
                ":2:6: unit: expected one of USD_100m, CNY_100m, percent, found 'usd_100m' "
                        + "(did you mean 'USD_100m'?)",
                onlyProblem(HEADER + "China,2020,s,total,level,usd_100m,1,S1,A,\n"));
    }

    @Test
    void rejectsUnknownQualityGrade() throws IOException {
        assertEquals(
                ":2:9: quality: expected a grade A, B, C or D, found 'B/C'",
                onlyProblem(HEADER + "China,2020,s,total,level,USD_100m,1,S1,B/C,\n"));
    }

    @Test
    void rejectsShareAboveHundred() throws IOException {
        assertEquals(
                ":2:7: value: expected a share of at most 100 (measure share_of_trade), found 104.5",
                onlyProblem(HEADER + "China,2020,s,total,share_of_trade,percent,104.5,S1,A,\n"));
    }

    @Test
    void rejectsDuplicateKeyFromTheSameSource() throws IOException {
        assertEquals(
                ":3:8: source_id: duplicate of line 2: same economy, year, series, flow, measure, unit and "
                        + "source_id (S25)",
                onlyProblem(HEADER + GOOD + GOOD));
    }

    @Test
    void keepsARoundedRestatementFromTheSameSourceAndOtherSourcesDuplicates() throws IOException {
        Dataset d = DataCsvReader.read(write(HEADER
                + "China,2022,m,total,level,USD_100m,3727.1,S08,B,\n"
                + "China,2022,m,total,level,USD_100m,3727,S08,B,rounded version of 3727.1\n"
                + "China,2022,m,total,level,USD_100m,3710.8,S09,B,\n"
                + "China,2022,m,total,level,CNY_100m,25100,S08,B,\n"));
        assertEquals(4, d.size());
    }

    @Test
    void rejectsUnterminatedQuote() throws IOException {
        assertEquals(
                ":3:10: expected a closing double quote, found the end of the file",
                onlyProblem(HEADER + GOOD + "China,2021,s,total,level,USD_100m,1,S1,A,\"open\n"));
    }

    @Test
    void collectsEveryProblemInFileOrder() throws IOException {
        Path f = write(HEADER + "China,20x0,s,total,level,USD_100m,-1,S1,E,\n" + GOOD
                + "China,2020,s,share,level,USD_100m,1,S1,A,\n");
        InputException e = assertThrows(InputException.class, () -> DataCsvReader.read(f));
        List<String> where = e.problems().stream()
                .map(p -> p.line() + ":" + p.column() + ":" + p.key())
                .toList();
        assertEquals(List.of("2:2:year", "2:7:value", "2:9:quality", "4:4:flow"), where);
    }

    @Test
    void readsTheShippedFile() {
        Dataset d = DataCsvReader.read(ShippedData.OBSERVATIONS);
        // 742 collected for China and the eight economies beside it, 3,020 of the 54-economy UNCTAD panel
        assertEquals(3762, d.size());
        assertEquals(63, d.economies().size());
    }

    @Test
    void rejectsAHugeValue() throws IOException {
        assertEquals(
                ":2:7: value: expected a number of at most 10000000 (in 100 million), found 1e308",
                onlyProblem(HEADER + GOOD.replace("2806.29", "1e308")));
    }

    @Test
    void locatesInvalidUtf8AtTheFirstBadByte() throws IOException {
        Path f = dir.resolve("observations.csv");
        byte[] good = (HEADER + GOOD).getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 3);
        bad[good.length] = 'C';
        bad[good.length + 1] = (byte) 0xC3;
        bad[good.length + 2] = '(';
        Files.write(f, bad);
        InputException e = assertThrows(InputException.class, () -> DataCsvReader.read(f));
        assertEquals(
                f + ":3:2: not UTF-8 text: byte 195 (0xC3) at offset " + (good.length + 1) + "; save the file as UTF-8",
                e.lines().get(0));
    }

    @Test
    void readsGrowthRatesNegativeOrNotButAboveMinusHundred() throws IOException {
        Path f = dir.resolve("g.csv");
        Files.writeString(
                f,
                DataCsvReader.COLUMNS.stream().collect(java.util.stream.Collectors.joining(",")) + "\n"
                        + "China,2020,s,total,growth,percent,-15.7,S1,B,\n"
                        + "China,2021,s,total,growth,percent,-100,S1,B,\n"
                        + "China,2022,s,total,growth,USD_100m,5,S1,B,\n");
        InputException e = assertThrows(InputException.class, () -> DataCsvReader.read(f));
        assertEquals(
                List.of(
                        "g.csv:3:7: value: expected a growth rate above -100%, found -100",
                        "g.csv:4:6: unit: expected percent for measure growth, found 'USD_100m'"),
                e.lines().stream().map(l -> l.replace(dir + "/", "")).toList());
    }
}
