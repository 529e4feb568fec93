package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV files a reader opens in a spreadsheet: numbers rounded to what the model supports, no float
 * noise ({@code 0.389930000005}), and the range across families holding the headline probability.
 */
class SummaryCsvTest {
    @TempDir
    static Path dir;

    private static List<String[]> summary;
    private static List<String> header;

    @BeforeAll
    static void run() throws IOException {
        Cli r = Cli.run(
                "run",
                Cli.SCENARIOS,
                "--data",
                Cli.DATA,
                "--out",
                dir.resolve("o").toString(),
                "--paths",
                "2000",
                "--no-charts");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("o").resolve("summary.csv"));
        header = Arrays.asList(lines.get(0).split(","));
        // titles are quoted when they hold a comma: split outside quotes
        summary = lines.subList(1, lines.size()).stream()
                .map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
                .toList();
    }

    private static boolean numeric(String field) {
        return field.matches("-?\\d+(\\.\\d+)?");
    }

    @Test
    void summaryHasNoValueWithMoreThanSixSignificantDigits() {
        for (String[] row : summary) {
            for (int i = 0; i < row.length; i++) {
                if (numeric(row[i])) {
                    assertTrue(
                            new BigDecimal(row[i]).stripTrailingZeros().precision() <= 6,
                            header.get(i) + " = " + row[i] + " in " + String.join(",", row));
                }
            }
        }
    }

    @Test
    void probabilitiesHaveFourDecimalsAndTheRangeHoldsTheHeadline() {
        int p = header.indexOf("probability");
        int low = header.indexOf("probability_low");
        int high = header.indexOf("probability_high");
        for (String[] row : summary) {
            if (row[p].isEmpty()) {
                continue;
            }
            for (int i : new int[] {p, low, high, header.indexOf("probability_reached_by")}) {
                assertTrue(row[i].isEmpty() || new BigDecimal(row[i]).scale() <= 4, header.get(i) + " = " + row[i]);
            }
            double headline = Double.parseDouble(row[p]);
            assertTrue(Double.parseDouble(row[low]) <= headline, String.join(",", row));
            assertTrue(headline <= Double.parseDouble(row[high]), String.join(",", row));
        }
    }

    @Test
    void trajectorySharesHaveFourDecimals() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("o").resolve("trajectories.csv"));
        List<String> cols = Arrays.asList(lines.get(0).split(","));
        int share = cols.indexOf("share");
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split(",", -1);
            for (int i = share; i < row.length; i++) {
                if (i != cols.indexOf("flags") && i != cols.indexOf("sources") && numeric(row[i])) {
                    assertTrue(new BigDecimal(row[i]).scale() <= 4, cols.get(i) + " = " + row[i]);
                }
            }
        }
    }
}
