package org.targetcast.model.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A share of China's total services trade as published, beside the same year's share in a built history:
 * how far the history is from every published figure, and why where it is more than
 * {@value #TOLERANCE_PP} percentage points away.
 *
 * @param year the year
 * @param series the series the share was published for ({@code digitally_deliverable_mofcom} or
 *     {@code knowledge_intensive_mofcom})
 * @param published the published share, in percent
 * @param sources the ids of the sources that publish it (one or more), sorted
 * @param computed the history's share that year, in percent
 * @param explanation empty within the tolerance; otherwise what the history divides and what the published
 *     share would need instead; "not defined" where the published share or a level is zero (the readers
 *     refuse both, so only a dataset built another way meets it)
 * @param arithmetic the figures the explanation is made of, for a text in another language; null within the
 *     tolerance and where the share is not defined
 */
public record PublishedShareCheck(
        int year,
        String series,
        double published,
        Set<String> sources,
        double computed,
        String explanation,
        Arithmetic arithmetic) {
    /**
     * What a history divides where it misses a published share, and what the published share would need instead.
     *
     * @param digital the history's digital level that year
     * @param digitalSources the ids of its sources, space-separated
     * @param total the history's total that year
     * @param totalSources the ids of its sources, space-separated
     * @param totalNeeded the total the published share needs with the history's digital level
     * @param digitalNeeded the digital level the published share needs with the history's total
     * @param unctadShare UNCTAD's own share that year, in percent; NaN where not known
     */
    public record Arithmetic(
            double digital,
            String digitalSources,
            double total,
            String totalSources,
            double totalNeeded,
            double digitalNeeded,
            double unctadShare) {}

    /** How close, in percentage points, a history should come to a published share. */
    public static final double TOLERANCE_PP = 0.5;

    /** Copies the sources. */
    public PublishedShareCheck {
        sources = java.util.Collections.unmodifiableSet(new TreeSet<>(sources));
        explanation = explanation == null ? "" : explanation;
    }

    /** @return computed − published, in percentage points */
    public double gap() {
        return computed - published;
    }

    /** @return whether the history reproduces the published share within {@value #TOLERANCE_PP} points */
    public boolean reproduced() {
        return Math.abs(gap()) <= TOLERANCE_PP;
    }

    /**
     * Every published share of total services trade for China on MOFCOM's definition, in year order (a
     * figure several sources publish is one check), against a history.
     *
     * @param data the observations
     * @param history the history to check, e.g. {@code china}
     * @param unctad UNCTAD's own China history (its share is quoted in an explanation), or null
     * @return the checks, for the years the history covers
     */
    public static List<PublishedShareCheck> of(Dataset data, ComponentHistory history, ComponentHistory unctad) {
        Map<String, List<Observation>> byFigure = new LinkedHashMap<>();
        data
                .select(o -> o.economy().equals(HistoryBuilder.CHINA_ECONOMY)
                        && o.measure().equals("share_of_trade")
                        && (o.series().equals(HistoryBuilder.MOFCOM_DIGITAL)
                                || o.series().equals(HistoryBuilder.KNOWLEDGE_INTENSIVE))
                        && !o.isLowerBound()
                        && o.year() >= history.firstYear()
                        && o.year() <= history.lastYear())
                .stream()
                .sorted(java.util.Comparator.comparing(Observation::year)
                        .thenComparing(o -> o.series().equals(HistoryBuilder.MOFCOM_DIGITAL) ? 0 : 1))
                .forEach(o -> byFigure.computeIfAbsent(
                                o.year() + "|" + o.series() + "|" + o.value(), k -> new ArrayList<>())
                        .add(o));
        List<PublishedShareCheck> out = new ArrayList<>();
        for (List<Observation> same : byFigure.values()) {
            Observation o = same.get(0);
            int y = o.year();
            double d = history.digital().valueAt(y).getAsDouble();
            double t = history.total().valueAt(y).getAsDouble();
            double computed = 100 * d / t;
            Set<String> ids = new TreeSet<>();
            same.forEach(x -> ids.add(x.sourceId()));
            String why = "";
            Arithmetic arithmetic = null;
            if (!(d > 0 && t > 0 && o.value() > 0)) {
                // a share of a zero level, or a share of zero, has no total or level that would give it
                why = String.format(
                        Locale.ROOT,
                        "%.1f%% against a digital level of %.1f and a total of %.1f: not defined",
                        o.value(),
                        d,
                        t);
            } else if (Math.abs(computed - o.value()) > TOLERANCE_PP) {
                double p = o.value() / 100;
                String digitalIds = String.join(" ", history.digitalSources().getOrDefault(y, Set.of()));
                String totalIds = String.join(" ", history.totalSources().getOrDefault(y, Set.of()));
                why = String.format(
                        Locale.ROOT,
                        "%.1f (%s) / %.1f (%s) = %.1f%%; %.1f%% needs a total of %.1f (%+.1f%%) "
                                + "or a digital level of %.1f (%+.1f%%)",
                        d,
                        digitalIds,
                        t,
                        totalIds,
                        computed,
                        o.value(),
                        d / p,
                        100 * (d / p / t - 1),
                        p * t,
                        100 * (p * t / d - 1));
                double unctadShare = unctad != null && unctad.share().valueAt(y).isPresent()
                        ? 100 * unctad.share().valueAt(y).getAsDouble()
                        : Double.NaN;
                arithmetic = new Arithmetic(d, digitalIds, t, totalIds, d / p, p * t, unctadShare);
                if (unctad != null && unctad.share().valueAt(y).isPresent()) {
                    why += String.format(
                            Locale.ROOT,
                            "; UNCTAD's own share %.1f%%",
                            100 * unctad.share().valueAt(y).getAsDouble());
                }
            }
            out.add(new PublishedShareCheck(y, o.series(), o.value(), ids, computed, why, arithmetic));
        }
        return List.copyOf(out);
    }
}
