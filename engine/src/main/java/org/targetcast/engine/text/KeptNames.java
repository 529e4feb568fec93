package org.targetcast.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Latin words a Chinese output keeps, and the rule that decides them: what a reader must type, open or look
 * up stays as written; every word of prose is translated (through {@link Glossary}).
 *
 * <p>Kept, by that rule:
 *
 * <ul>
 *   <li>names of institutions and sources as they are cited (MOFCOM, UNCTAD, SAFE, WTO, IPCC, PIT, Mastrandrea
 *       et al., whom a reader looks up under these names);
 *   <li>the tool's own name and commands a reader types ({@code targetcast}, {@code run --table});
 *   <li>keys of a scenario file as the reader writes them ({@code uncertainty.calibration: panel});
 *   <li>file and folder names, with their extension ({@code report.pdf}, {@code charts/},
 *       {@code docs/forecast-quality.md}), and the scenario ids the user chose as file names;
 *   <li>identifiers a reader compares with the data: the data's history ids ({@code china},
 *       {@code unctad:China}), source ids ({@code S05}), hashes ({@code sha256} and its hex digits), ISO currency codes (USD,
 *       CNY);
 *   <li>file formats (png, svg), the time zone UTC, the tool's version ({@code 0.1.0-SNAPSHOT});
 *   <li>symbols of formulas: {@code P(...)}, {@code ln}, {@code df}, {@code t};
 *   <li>names of forecast-accuracy measures, tests and methods as the literature writes them, so that a reader
 *       finds them there (MAE, RMSE, MAPE, MASE, the Winkler score, the Diebold-Mariano test, the Theta
 *       method).
 * </ul>
 *
 * Not kept: series ids of the data ({@code knowledge_intensive_mofcom}) are shown by their glossary names, and
 * scenarios by their {@code title_zh} where a table has room for a name rather than an id.
 */
public final class KeptNames {
    /** Names kept as words, compared case-sensitively. */
    private static final Set<String> WORDS = Set.of(
            "MOFCOM",
            "UNCTAD",
            "SAFE",
            "WTO",
            "IPCC",
            "OECD",
            "PIT",
            "Mastrandrea",
            "et",
            "al",
            "targetcast",
            "sha",
            "USD",
            "CNY",
            "UTC",
            "png",
            "svg",
            "ln",
            "df",
            "run",
            "table",
            "MAE",
            "RMSE",
            "MAPE",
            "MASE",
            "Winkler",
            "Diebold",
            "Mariano",
            "Theta");

    /**
     * File and folder names ({@code report.pdf}, {@code charts/}, {@code docs/forecast-quality.md}), history ids
     * ({@code unctad:China}), scenario keys ({@code uncertainty.variance_scale}), command-line options ({@code --table})
     * and hex digits of a hash: kept whole.
     */
    private static final Pattern IDENTIFIER = Pattern.compile(
            // a path or a folder: any token with a slash (charts/, docs/forecast-quality.md, UNCTAD/SAFE)
            "[A-Za-z0-9_.:-]*/[A-Za-z0-9_./:-]*"
                    // a file name with its extension
                    + "|[A-Za-z0-9_.-]*[A-Za-z0-9_]\\.(?:csv|png|pdf|html|json|yaml|md|svg|txt)(?![A-Za-z0-9])"
                    // a history id of the data: unctad:Viet Nam
                    + "|(?<![A-Za-z])(?:unctad|mofcom|china):[A-Za-z][A-Za-z.'()-]*(?: [A-Z][A-Za-z.'()-]*| and| of| the)*"
                    + "|(?<![A-Za-z])china(?![A-Za-z])"
                    // a key of a scenario file a reader writes: uncertainty.calibration: panel
                    + "|(?<![A-Za-z])uncertainty\\.[a-z_]+(?:: [a-z]+)?"
                    // an option a reader types, and a command named as typed (run --table, run 命令)
                    + "|--[a-z][a-z-]*"
                    + "|(?<![A-Za-z])(?:run|compare|sensitivity|sweep|chart|backtest|solve|status)(?= --| ?命令)"
                    // a version: 0.1.0-SNAPSHOT
                    + "|(?<![A-Za-z0-9])\\d+\\.\\d+\\.\\d+(?:-[A-Za-z0-9.]+)?"
                    // the hex digits of a hash
                    + "|(?<![A-Za-z0-9])[0-9a-f]{12,64}(?![A-Za-z0-9])");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    private KeptNames() {}

    /**
     * @param word a Latin word of an output
     * @return whether a Chinese output keeps it as written
     */
    public static boolean kept(String word) {
        return WORDS.contains(word);
    }

    /**
     * @param text an output
     * @return it with every identifier kept whole (paths, file names, history ids, options and commands as
     *     typed, versions, hashes) blanked out
     */
    public static String withoutIdentifiers(String text) {
        return IDENTIFIER.matcher(text).replaceAll(" ");
    }

    /**
     * @param text a Chinese output
     * @param scenarioIds the ids of the scenarios it reports (file names the user chose), kept
     * @return every Latin word of two or more letters in it that is neither kept nor part of an identifier, in
     *     order, with repeats
     */
    public static List<String> untranslated(String text, Set<String> scenarioIds) {
        String rest = withoutIdentifiers(text);
        for (String id : scenarioIds) {
            rest = rest.replaceAll("(?<![A-Za-z0-9_-])" + Pattern.quote(id) + "(?![A-Za-z0-9_])", " ");
        }
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(rest);
        while (m.find()) {
            String w = m.group();
            if (!kept(w)) {
                found.add(w);
            }
        }
        return found;
    }
}
