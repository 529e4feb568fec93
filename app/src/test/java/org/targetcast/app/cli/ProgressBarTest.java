package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void namesTheScenarioAndNeverMovesBackWhenWorkersReportOutOfOrder() {
        StringWriter err = new StringWriter();
        SimulationOptions.ProgressBar bar = new SimulationOptions.ProgressBar(new PrintWriter(err), false);
        bar.starting("baseline");
        for (int done : new int[] {53, 69, 61, 70, 100}) {
            bar.progress(done, 100);
        }
        bar.starting("recent-pace");
        bar.progress(10, 100);
        bar.finished();
        List<String> shown = new ArrayList<>();
        Matcher m =
                Pattern.compile("simulating ([a-z-]+) \\[[# ]{30}\\] (\\d+)%").matcher(err.toString());
        while (m.find()) {
            shown.add(m.group(1) + " " + m.group(2));
        }
        assertEquals(
                List.of(
                        "baseline 0",
                        "baseline 53",
                        "baseline 69",
                        "baseline 70",
                        "baseline 100",
                        "recent-pace 0",
                        "recent-pace 10"),
                shown);
        assertTrue(err.toString().endsWith("\r"), "the line is cleared at the end");
    }

    @Test
    void withoutATerminalPrintsALineAtEachTenthOnly() {
        StringWriter err = new StringWriter();
        SimulationOptions.ProgressBar bar = new SimulationOptions.ProgressBar(new PrintWriter(err), true);
        bar.starting("the grid");
        for (int done : new int[] {3, 9, 12, 11, 19, 35, 100}) {
            bar.progress(done, 100);
        }
        bar.finished();
        assertEquals(
                List.of(
                        "simulating the grid: 0%",
                        "simulating the grid: 12%", "simulating the grid: 35%", "simulating the grid: 100%"),
                err.toString().lines().toList());
    }
}
