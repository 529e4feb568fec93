package org.targetcast.app.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' own log lines off the terminal. PDFBox (through commons-logging), the PDF graphics
 * bridge and XChart (through log4j-to-jul) log to {@code java.util.logging}, whose default handler prints
 * to standard error: a warning about a font table, or a stack trace for a glyph a font lacks while a chart
 * is drawn, neither of which the user can act on. What the command line says is said by its own messages;
 * a failure that matters surfaces as an exception and its exit code.
 */
final class QuietLibraries {
    /** Held so that the configured logger is not collected and recreated with its defaults. */
    private static final Logger ROOT = Logger.getLogger("");

    private QuietLibraries() {}

    /** Turns off every {@code java.util.logging} record of the process and removes the console handler. */
    static void apply() {
        ROOT.setLevel(Level.OFF);
        for (java.util.logging.Handler h : ROOT.getHandlers()) {
            if (h instanceof java.util.logging.ConsoleHandler) {
                ROOT.removeHandler(h);
            }
        }
    }
}
