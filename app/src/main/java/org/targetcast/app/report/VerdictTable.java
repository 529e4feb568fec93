package org.targetcast.app.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.targetcast.app.ScenarioResult;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Verdict;

/** The verdict table printed by {@code run}: one row per scenario and target. */
public final class VerdictTable {
    private VerdictTable() {
    }

    /**
     * @param results the scenario results
     * @param out where to print
     */
    public static void print(List<ScenarioResult> results, PrintWriter out) {
        boolean probabilities = results.stream().anyMatch(r -> r.outlook() != null);
        List<String[]> rows = new ArrayList<>();
        rows.add(probabilities
                ? new String[] {"scenario", "target", "projected", "gap (pp)", "P(met)", "first reached", "required digital growth", "on track (ratio)"}
                : new String[] {"scenario", "target", "projected", "gap (pp)", "first reached", "required digital growth", "on track (ratio)"});
        for (ScenarioResult r : results) {
            for (int i = 0; i < r.verdicts().size(); i++) {
                TargetOutlook o = r.outlook() == null ? null : r.outlook().targets().get(i);
                rows.add(row(r.loaded().scenario().name(), r.verdicts().get(i), o, probabilities,
                        r.projection().lastObservedYear()));
            }
        }
        Table.print(rows, out);
        if (probabilities) {
            out.println();
            out.println("P(met): exact where the growth shocks are Gaussian, with the Monte Carlo estimate and its standard error"
                    + " (MC, in points) as a check; otherwise simulated. first reached: central path (median year over paths).");
        }
    }

    static String[] row(String scenario, Verdict v, TargetOutlook o, boolean probabilities, int lastObserved) {
        boolean share = v.target() instanceof ShareTarget;
        String projected = share ? Formats.pct(v.projected()) : Formats.growth(v.projected()) + " min";
        String first = "";
        if (share) {
            first = v.firstYearReached().isPresent() ? String.valueOf(v.firstYearReached().getAsInt()) : "not by horizon";
            if (o != null) {
                int m = o.medianFirstYearOffset();
                first += " (" + (m < 0 ? "-" : String.valueOf(lastObserved + m)) + ")";
            }
        }
        String required = share ? Formats.growth(v.requiredGrowth()) + " a year" : "";
        String onTrack = v.onTrack().map(t -> t.category().label()
                + (Double.isNaN(t.ratio()) ? "" : String.format(Locale.ROOT, " (%.2f)", t.ratio()))).orElse(v.met() ? "met on the central path" : "missed on the central path");
        if (!probabilities) {
            return new String[] {scenario, v.target().label(), projected, Formats.points(v.gapPoints()), first, required, onTrack};
        }
        return new String[] {scenario, v.target().label(), projected, Formats.points(v.gapPoints()), probability(o), first, required, onTrack};
    }

    static String probability(TargetOutlook o) {
        if (o == null) {
            return "";
        }
        if (o.method().equals("analytic")) {
            return String.format(Locale.ROOT, "%.1f%% exact (MC %.2f ± %.2f)", 100 * o.probability(), 100 * o.simulated(),
                    100 * o.simulatedSe());
        }
        return String.format(Locale.ROOT, "%.2f%% ± %.2f", 100 * o.probability(), 100 * o.standardError());
    }
}
