package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ExploreCommandTest {
    @Test
    void withoutADisplayExitsWithBadInputAndSaysWhy() {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "runs headless only");
        Cli r = Cli.run("explore", "--data", Cli.DATA, Cli.SCENARIOS + "/baseline.yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("targetcast: explore needs a display;"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void helpDescribesTheExplorer() {
        Cli r = Cli.run("explore", "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("--measure"), r.out());
        assertTrue(r.out().contains("--lang=en|zh"), r.out());
        assertTrue(r.out().contains("Language of what the command shows (default: en)."), r.out());
    }

    @Test
    void takesTheLanguageFromTheSharedOption() {
        Cli r = Cli.run("explore", "--lang", "zh", "--help");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        Cli bad = Cli.run("explore", "--lang", "fr", "--help");
        assertEquals(ExitCodes.BAD_INPUT, bad.code(), bad.err());
    }

    @Test
    void badScenarioIsReportedWithItsPlaceWhenMeasuring() {
        Cli r = Cli.run("explore", "--data", Cli.DATA, "--measure", "5", "no-such.yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("no-such.yaml"), r.err());
    }

    @Test
    void measurePrintsTheLatencies() {
        Cli r = Cli.run("explore", "--data", Cli.DATA, "--measure", "3", Cli.SCENARIOS + "/baseline.yaml");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        // the baseline draws trend growth per path, so its growth target is simulated; the share targets are exact
        assertTrue(r.out().contains("closed form") || r.out().contains("simulated paths"), r.out());
        assertTrue(r.out().contains("state change -> result on the event thread: median"), r.out());
    }
}
