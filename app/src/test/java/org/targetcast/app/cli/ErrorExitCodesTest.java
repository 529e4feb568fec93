package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;

/** Bad input exits 2; a defect inside the tool exits 1, even when it is an illegal argument. */
class ErrorExitCodesTest {
    @Test
    void aModelExceptionIsBadInput() {
        StringWriter err = new StringWriter();
        int code = TargetcastCommand.handle(
                ModelException.of("growth for %d = %s is below -1", 2027, -1.5), new PrintWriter(err), false);
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertEquals(
                "targetcast: growth for 2027 = -1.5 is below -1", err.toString().strip());
    }

    @Test
    void anIllegalArgumentBetweenTheToolsOwnClassesIsAnInternalError() {
        StringWriter err = new StringWriter();
        int code = TargetcastCommand.handle(
                new IllegalArgumentException("index 9 out of range"), new PrintWriter(err), false);
        assertEquals(ExitCodes.INTERNAL, code);
        assertTrue(err.toString().startsWith("targetcast: internal error: IllegalArgumentException"), err.toString());
    }
}
