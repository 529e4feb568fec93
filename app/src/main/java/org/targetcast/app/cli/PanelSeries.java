package org.targetcast.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.HistoryBuilder;
import org.targetcast.model.series.AnnualSeries;

/**
 * The series of a panel: one component of {@code china} (when the data hold its MOFCOM levels) and of every
 * UNCTAD economy, each either built or skipped with the reason, so that one bad economy never stops the
 * others.
 *
 * @param keys the keys of the series built, e.g. {@code unctad:India.digital}
 * @param series the series, same order
 * @param skipped one line per history that could not be built, with the reason
 */
record PanelSeries(List<String> keys, List<AnnualSeries> series, List<String> skipped) {
    /** Copies the lists. */
    PanelSeries {
        keys = List.copyOf(keys);
        series = List.copyOf(series);
        skipped = List.copyOf(skipped);
    }

    /**
     * @param builder the histories of the data
     * @param component {@code digital}, {@code other} or {@code total}
     * @return the panel of that component
     */
    static PanelSeries of(HistoryBuilder builder, String component) {
        List<String> keys = new ArrayList<>();
        List<AnnualSeries> series = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String h : builder.historyNames()) {
            String key = h + "." + component;
            try {
                series.add(builder.series(key));
                keys.add(key);
            } catch (ModelException e) {
                skipped.add(key + ": " + e.getMessage());
            }
        }
        for (String e : builder.economiesWithoutTotal()) {
            skipped.add(HistoryBuilder.UNCTAD_PREFIX + e + "." + component + ": the data have its digitally deliverable"
                    + " services but no total services trade");
        }
        return new PanelSeries(keys, series, skipped);
    }
}
