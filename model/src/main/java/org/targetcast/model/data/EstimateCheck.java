package org.targetcast.model.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * An estimated year of a history beside the same year's share on the basis it was estimated from, or for a
 * value carried by growth, on the other basis: a published share ({@link ValueFlag#PUBLISHED_SHARE}) is
 * compared with that share, every other estimate with the reference history (UNCTAD's own share for the
 * MOFCOM basis, MOFCOM's for the UNCTAD basis). An estimate that keeps numerator and denominator on one
 * basis stays within {@value #TOLERANCE_PP} points of it.
 *
 * @param year the estimated year
 * @param flags the year's flags (the estimation method among them)
 * @param share the history's share, in percent
 * @param reference the name of what it is compared with, e.g. {@code unctad:China} or a source id
 * @param referenceShare that share, in percent
 */
public record EstimateCheck(int year, Set<ValueFlag> flags, double share, String reference, double referenceShare) {
    /** How close, in percentage points, an estimated share should stay to its reference. */
    public static final double TOLERANCE_PP = 1.0;

    /** Copies the flags. */
    public EstimateCheck {
        flags = Set.copyOf(flags);
    }

    /** @return share − reference share, in percentage points */
    public double gap() {
        return share - referenceShare;
    }

    /** @return whether the gap is within {@value #TOLERANCE_PP} points */
    public boolean withinTolerance() {
        return Math.abs(gap()) <= TOLERANCE_PP;
    }

    /**
     * @param data the observations (for the published shares)
     * @param history the history whose estimated years are checked
     * @param reference the history on the other basis
     * @return one check per estimated year that has a reference share, in year order
     */
    public static List<EstimateCheck> of(Dataset data, ComponentHistory history, ComponentHistory reference) {
        List<SortedMap<Integer, Observation>> published = List.of(
                data.shares(HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.MOFCOM_DIGITAL, "share_of_trade"),
                data.shares(HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.KNOWLEDGE_INTENSIVE, "share_of_trade"));
        List<EstimateCheck> out = new ArrayList<>();
        for (int y : history.estimatedYears()) {
            double share = 100 * history.share().valueAt(y).getAsDouble();
            Set<ValueFlag> f = history.flagsOf(y);
            Observation p = null;
            if (f.contains(ValueFlag.PUBLISHED_SHARE)) {
                p = published.stream()
                        .map(m -> m.get(y))
                        .filter(o -> o != null && !o.isLowerBound())
                        .findFirst()
                        .orElse(null);
            }
            if (p != null) {
                out.add(new EstimateCheck(y, f, share, p.sourceId(), p.value()));
            } else if (reference.share().valueAt(y).isPresent()) {
                out.add(new EstimateCheck(
                        y,
                        f,
                        share,
                        reference.economy(),
                        100 * reference.share().valueAt(y).getAsDouble()));
            }
        }
        return List.copyOf(out);
    }
}
