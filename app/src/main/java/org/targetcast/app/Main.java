package org.targetcast.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.targetcast.app.cli.TargetcastCommand;

/** The only {@code main}: runs the command line and exits with its code. */
public final class Main {
    /**
     * Loggers of the libraries that write PDFs and slides (PDFBox and fontbox log through
     * {@code java.util.logging}, POI through the Log4j API sent there too). Their warnings ("Format 14 cmap
     * table is not supported" for every font with variation sequences) concern the library, not the
     * user's input, and would bury the tool's own messages; held here so that their level stays set.
     */
    private static final List<Logger> LIBRARIES = List.of(
            Logger.getLogger("org.apache.fontbox"),
            Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.poi"),
            Logger.getLogger("de.rototor.pdfbox"));

    private Main() {}

    /**
     * With no arguments, runs every scenario in {@code scenarios/}.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        LIBRARIES.forEach(l -> l.setLevel(Level.OFF));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(TargetcastCommand.execute(args, out, err));
    }
}
