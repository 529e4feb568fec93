package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.targetcast.engine.io.InputException;

class WorkEstimateTest {
    private static InputException.Problem at(String message) {
        return new InputException.Problem("--steps", 0, 0, "", message);
    }

    @Test
    void smallWorkIsSilentLongWorkIsAnnouncedTooLongWorkIsRefusedUnlessAllowed() {
        StringWriter err = new StringWriter();
        PrintWriter w = new PrintWriter(err);
        assertFalse(WorkEstimate.check("sweep", "9 cells", 1.9e8, false, WorkEstimateTest::at, w));
        assertEquals("", err.toString());
        assertTrue(WorkEstimate.check("sweep", "11 x 11 cells", 3e8, false, WorkEstimateTest::at, w));
        assertEquals("sweep: simulating 11 x 11 cells, 3.0e8 path-years, about 15 s\n", err.toString());
        InputException e = assertThrows(
                InputException.class,
                () -> WorkEstimate.check("sweep", "41 x 41 cells", 2.7e9, false, WorkEstimateTest::at, w));
        assertEquals(
                "--steps: sweep would simulate 2.7e9 path-years (41 x 41 cells), about 2 min; expected at most 1.0e9"
                        + " without --allow-long: give --allow-long to run it anyway, or fewer paths or --steps",
                e.problems().get(0).format());
        assertTrue(WorkEstimate.check("sweep", "41 x 41 cells", 2.7e9, true, WorkEstimateTest::at, w));
    }

    @Test
    void scientificNotationKeepsTwoDigitsAndCarries() {
        assertEquals("8.0e9", WorkEstimate.scientific(8e9));
        assertEquals("1.0e9", WorkEstimate.scientific(9.99e8));
        assertEquals("2.7e3", WorkEstimate.scientific(2718));
    }
}
