package org.targetcast.engine.text;

import org.targetcast.charts.Lang;
import org.targetcast.model.assessment.Provenance;

/**
 * The words of a {@link Provenance}, the one rendering every writer uses: the chart footers of run, chart,
 * sweep, sensitivity and the explorer, the terminal's {@code --verbose} lines, the report's notes and the
 * api's {@code provenance()}. No writer assembles version, hashes, paths and seed itself.
 */
public final class ProvenanceText {
    private ProvenanceText() {}

    /**
     * @param p what produced an output
     * @param lang the language
     * @return the chart footer: version, scenario file and the first 12 hex digits of its hash, then the paths
     *     and seed of a simulated run, e.g. {@code targetcast 0.1.0 · scenario scenarios/baseline.yaml
     *     sha256:3f2a9c0b1d4e · 100000 paths, seed 20241128}
     */
    public static String footer(Provenance p, Lang lang) {
        String s = Glossary.term("footer.scenario", lang, p.version(), p.scenarioFile(), p.shortScenarioHash());
        return p.simulated() ? s + Glossary.term("footer.paths", lang, p.paths(), p.seed()) : s;
    }

    /**
     * @param p what produced an output
     * @param lang the language
     * @return everything needed to re-run it on one line: the footer's words, then the data file with its full
     *     hash
     */
    public static String line(Provenance p, Lang lang) {
        return footer(p, lang) + " · " + data(p, lang);
    }

    /**
     * @param p what produced an output
     * @param lang the language
     * @return the data file and its full hash, e.g. {@code data scenarios/data/observations.csv sha256 …}
     */
    public static String data(Provenance p, Lang lang) {
        return Glossary.term("provenance.data", lang, p.dataFile(), p.dataHash());
    }

    /**
     * @param p what produced an output
     * @param lang the language
     * @return the report's note on the scenario file and its full hash
     */
    public static String scenarioFile(Provenance p, Lang lang) {
        return Glossary.term("report.scenario.file", lang, p.scenarioFile(), p.scenarioHash());
    }
}
