package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {
    private static final List<String> MODELS = List.of("loglinear", "linear", "drift", "damped", "auto", "combo");

    @TempDir
    Path dir;

    @Test
    void printsTheMetricsTableForEveryFamilyAndAuto() {
        Cli r = Cli.run("backtest", "--series", "china.digital", "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("MASE"), r.out());
        for (String m : MODELS) {
            assertTrue(r.out().lines().anyMatch(l -> l.matches(m + " +\\d+ +\\S+ +\\S+ +\\S+% +\\d+\\.\\d{3} .*")), m + " row:\n" + r.out());
        }
        assertTrue(r.out().contains("origins 2017-2024"), r.out());
        assertTrue(r.out().contains("auto on the whole series: auto chose "), r.out());
        assertTrue(r.out().contains("candidate outlier years"), r.out());
    }

    @Test
    void shareIsEvaluatedThroughItsComponentsAndByTheLogistic() {
        Cli r = Cli.run("backtest", "--series", "china.share", "--data", Cli.DATA, "--horizons", "1-3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("forecast through digital and other"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("logistic ")), r.out());
        assertTrue(r.out().contains("MASE h1 / 2 / 3 "), r.out());
    }

    @Test
    void panelReportsMeanMaseAndCoveragePerFamilyAndWhereAutoLosesToDrift() {
        Cli r = Cli.run("backtest", "--panel", "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Panel: 10 series"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("unctad:India.digital ")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("mean ")), r.out());
        assertTrue(r.out().contains("cover 80%"), r.out());
        assertTrue(r.out().contains("auto is at least as accurate as drift") || r.out().contains("auto is less accurate than drift"), r.out());
    }

    @Test
    void calledItShowsTheThreeOrigins() {
        Cli r = Cli.run("backtest", "--series", "unctad:India.digital", "--called-it", "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        for (String origin : List.of("2014", "2017", "2019")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(origin + "    " + (Integer.parseInt(origin) + 1))), origin + ":\n" + r.out());
        }
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("2019    2023")), r.out());
    }

    @Test
    void writesEveryForecastToCsv() throws IOException {
        Path csv = dir.resolve("bt/forecasts.csv");
        Cli r = Cli.run("backtest", "--series", "unctad:Germany.digital", "--csv", csv.toString(), "--data", Cli.DATA);
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("series,model,origin,horizon,year,actual,forecast,error,scale,lower80,upper80,lower95,upper95", lines.get(0));
        // 14 years: 21 forecasts per family, damped 10; six models
        assertEquals(1 + 5 * 21 + 10, lines.size());
        assertTrue(lines.get(1).startsWith("unctad:Germany.digital,loglinear,2017,1,2018,"), lines.get(1));
    }

    @Test
    void badHorizonsAreBadInput() {
        Cli r = Cli.run("backtest", "--horizons", "3-1", "--data", Cli.DATA);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--horizons"), r.err());
    }

    @Test
    void unknownSeriesIsBadInput() {
        Cli r = Cli.run("backtest", "--series", "atlantis.digital", "--data", Cli.DATA);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("history 'atlantis' is unknown"), r.err());
    }
}
