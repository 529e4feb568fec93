package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.targetcast.app.report.Table;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.data.Basis;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.data.EstimateCheck;
import org.targetcast.model.data.PublishedShareCheck;
import org.targetcast.model.data.ValueFlag;

/**
 * The checks {@code targetcast data} prints below a China history: every estimated year against the share
 * on the basis it stands on, and every published share against the history, with the gap and its cause.
 */
final class HistoryChecks {
    private HistoryChecks() {}

    /**
     * @param ws the workspace (data and histories)
     * @param h a China history ({@code china} or {@code china@unctad})
     * @param out where to print
     */
    static void print(Workspace ws, ComponentHistory h, PrintWriter out) {
        Basis basis = Basis.ofHistory(h.economy());
        ComponentHistory unctad = ws.builder().unctad("China");
        ComponentHistory reference = basis == Basis.UNCTAD ? ws.builder().china(Basis.MOFCOM) : unctad;
        List<EstimateCheck> estimates = EstimateCheck.of(ws.dataset(), h, reference);
        out.println();
        out.printf(
                Locale.ROOT,
                "Estimated years against the share they are estimated from (within %.0f pp):%n%n",
                EstimateCheck.TOLERANCE_PP);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"year", "method", "share", "against", "its share", "gap (pp)", ""});
        for (EstimateCheck c : estimates) {
            rows.add(new String[] {
                String.valueOf(c.year()),
                c.flags().stream()
                        .filter(ValueFlag::estimated)
                        .map(ValueFlag::code)
                        .sorted()
                        .collect(Collectors.joining()),
                pct(c.share()),
                c.reference(),
                pct(c.referenceShare()),
                String.format(Locale.ROOT, "%+.2f", c.gap()),
                c.withinTolerance() ? "ok" : "OFF BY MORE THAN " + EstimateCheck.TOLERANCE_PP + " pp"
            });
        }
        Table.print(rows, out);
        List<PublishedShareCheck> published = PublishedShareCheck.of(ws.dataset(), h, unctad);
        out.println();
        out.printf(
                Locale.ROOT,
                "Published shares of total services trade against this history (within %.1f pp, or why not):%n%n",
                PublishedShareCheck.TOLERANCE_PP);
        rows = new ArrayList<>();
        rows.add(new String[] {"year", "series", "published", "sources", "computed", "gap (pp)", "why"});
        for (PublishedShareCheck c : published) {
            rows.add(new String[] {
                String.valueOf(c.year()),
                c.series(),
                pct(c.published()),
                String.join(" ", c.sources()),
                pct(c.computed()),
                String.format(Locale.ROOT, "%+.2f", c.gap()),
                why(h, c)
            });
        }
        Table.print(rows, out);
    }

    private static String why(ComponentHistory h, PublishedShareCheck c) {
        if (!c.reproduced()) {
            return c.explanation();
        }
        boolean used = h.flagsOf(c.year()).contains(ValueFlag.PUBLISHED_SHARE)
                && h.digitalSources().getOrDefault(c.year(), java.util.Set.of()).stream()
                        .anyMatch(c.sources()::contains);
        return used ? "reproduced: the history takes this share" : "reproduced";
    }

    private static String pct(double percent) {
        return String.format(Locale.ROOT, "%.2f%%", percent);
    }
}
