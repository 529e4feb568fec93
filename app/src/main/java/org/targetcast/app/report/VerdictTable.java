package org.targetcast.app.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.targetcast.app.ScenarioResult;
import org.targetcast.model.target.Verdict;

/** The verdict table printed by {@code run}: one row per scenario and target. */
public final class VerdictTable {
    private static final String[] HEADER = {"scenario", "target", "projected", "gap (pp)", "first reached",
        "required digital growth", "on track (ratio)"};

    private VerdictTable() {
    }

    /**
     * @param results the scenario results
     * @param out where to print
     */
    public static void print(List<ScenarioResult> results, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ScenarioResult r : results) {
            for (Verdict v : r.verdicts()) {
                rows.add(row(r.loaded().scenario().name(), v));
            }
        }
        Table.print(rows, out);
    }

    static String[] row(String scenario, Verdict v) {
        boolean share = v.target() instanceof org.targetcast.model.target.ShareTarget;
        String projected = share ? Formats.pct(v.projected()) : Formats.growth(v.projected()) + " min";
        String first = share ? (v.firstYearReached().isPresent() ? String.valueOf(v.firstYearReached().getAsInt()) : "not by horizon") : "";
        String required = share ? Formats.growth(v.requiredGrowth()) + " a year" : "";
        String onTrack = v.onTrack().map(o -> o.category().label()
                + (Double.isNaN(o.ratio()) ? "" : String.format(java.util.Locale.ROOT, " (%.2f)", o.ratio()))).orElse(v.met() ? "met" : "not met");
        return new String[] {scenario, v.target().label(), projected, Formats.points(v.gapPoints()), first, required, onTrack};
    }
}
