package org.targetcast.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.targetcast.model.ModelException;
import org.targetcast.model.calibration.RefusedHistory;
import org.targetcast.model.data.Basis;
import org.targetcast.model.data.HistoryBuilder;
import org.targetcast.model.series.AnnualSeries;

/**
 * The series of a panel: one component of China (when the data hold its MOFCOM levels; one basis) and of every
 * UNCTAD economy, each either built or skipped with the reason, so that one bad economy never stops the
 * others.
 *
 * @param members the series built, in the order of the data's histories
 * @param skipped one line per history that could not be built, with the reason
 */
record PanelSeries(List<Member> members, List<String> skipped) {
    /**
     * One series of the panel.
     *
     * @param key its key, e.g. {@code unctad:India.digital}
     * @param series the series
     */
    record Member(String key, AnnualSeries series) {}

    /** Copies the lists. */
    PanelSeries {
        members = List.copyOf(members);
        skipped = List.copyOf(skipped);
    }

    /**
     * @param refused histories refused from the panel ({@link org.targetcast.model.calibration.PanelScreen})
     * @return this panel without their series, and without the lines saying why one could not be built (the
     *     refusal says it)
     */
    PanelSeries without(List<RefusedHistory> refused) {
        Set<String> out = refused.stream().map(RefusedHistory::history).collect(Collectors.toSet());
        return new PanelSeries(
                members.stream().filter(m -> !out.contains(history(m.key()))).toList(),
                skipped.stream()
                        .filter(line -> out.stream().noneMatch(h -> line.startsWith(h + ".")))
                        .toList());
    }

    /** @return the history of a series key {@code <history>.<component>} */
    private static String history(String key) {
        return key.substring(0, key.lastIndexOf('.'));
    }

    /** @return the series built, in the members' order */
    List<AnnualSeries> series() {
        return members.stream().map(Member::series).toList();
    }

    /**
     * The panel a series is pooled over: its component of every history, with China on the series' own
     * basis if it is a China series, else on MOFCOM's.
     *
     * @param builder the histories of the data
     * @param key a series key {@code <history>.<component>}
     * @param component the component of the panel
     * @return the panel
     */
    static PanelSeries around(HistoryBuilder builder, String key, String component) {
        String history = key.substring(0, key.lastIndexOf('.'));
        return of(builder, component, Basis.ofHistory(history) != null ? history : HistoryBuilder.CHINA);
    }

    /**
     * @param builder the histories of the data
     * @param component {@code digital}, {@code other} or {@code total}
     * @param china the China history that joins (when the data hold it), e.g. {@code china} or
     *     {@code china@unctad}; the other China histories are the same economy on another basis and stay out
     * @return the panel of that component
     */
    static PanelSeries of(HistoryBuilder builder, String component, String china) {
        List<Member> members = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String h : builder.historyNames()) {
            if (Basis.ofHistory(h) != null && !h.equals(china)) {
                continue;
            }
            String key = h + "." + component;
            try {
                members.add(new Member(key, builder.series(key)));
            } catch (ModelException e) {
                skipped.add(key + ": " + e.getMessage());
            }
        }
        for (String e : builder.economiesWithoutTotal()) {
            skipped.add(HistoryBuilder.UNCTAD_PREFIX + e + "." + component + ": the data have its digitally deliverable"
                    + " services but no total services trade");
        }
        return new PanelSeries(members, skipped);
    }
}
