package org.targetcast.model.data;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.targetcast.model.ModelException;

/**
 * China's digital and total services trade on one {@link Basis}, with every estimated year keeping the
 * numerator and the denominator of its share on one basis.
 *
 * <h2>MOFCOM basis (history {@code china})</h2>
 * Total is UNCTAD's {@code services_total_unctad} exports + imports (the SAFE balance-of-payments total
 * MOFCOM divides by); a year without it takes MOFCOM's {@code services_total} level, flagged
 * {@link ValueFlag#OTHER_SOURCE}. Digital, in this order of precedence:
 * <ol>
 * <li>MOFCOM's published level ({@code digitally_deliverable_mofcom}, US dollars);
 * <li>a neighbouring MOFCOM-basis level carried by MOFCOM's own published growth rate (measure
 * {@code growth}): {@code D(y) = D(y+1) / (1 + g(y+1))} or {@code D(y) = D(y-1) (1 + g(y))}, repeated
 * outwards from the published levels; flagged {@link ValueFlag#PUBLISHED_GROWTH};
 * <li>a published share of total services trade on MOFCOM's definition ({@code digitally_deliverable_mofcom},
 * then {@code knowledge_intensive_mofcom}, the same six groups in yuan): {@code D = s T}, so the share is
 * the published one; flagged {@link ValueFlag#PUBLISHED_SHARE};
 * <li>otherwise UNCTAD's own digital and total for the year, so that the share is UNCTAD's and never
 * UNCTAD's level over another total or a MOFCOM/UNCTAD ratio carried from a distant year; flagged
 * {@link ValueFlag#OTHER_BASIS}.
 * </ol>
 * The years run from the first UNCTAD or MOFCOM digital year to the last.
 *
 * <h2>UNCTAD basis (history {@code china@unctad})</h2>
 * UNCTAD's digital and total, exports + imports, over the years both exist; then later years while a
 * figure for them exists: digital carried by MOFCOM's published growth ({@link ValueFlag#PUBLISHED_GROWTH}),
 * else chain-linked to MOFCOM's levels with the UNCTAD/MOFCOM ratio of the last common year
 * ({@link ValueFlag#CHAIN_LINKED}); total from UNCTAD, else MOFCOM's level ({@link ValueFlag#OTHER_SOURCE}).
 */
final class ChinaHistories {
    private final HistoryBuilder builder;
    private final Dataset data;

    ChinaHistories(HistoryBuilder builder) {
        this.builder = builder;
        this.data = builder.dataset();
    }

    /** @return the MOFCOM-basis history (see the class comment) */
    ComponentHistory mofcom() {
        String h = Basis.MOFCOM.history();
        SortedMap<Integer, Observation> levels = levels();
        SortedMap<Integer, BuiltValue> unctad =
                builder.sumOfFlows(HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.UNCTAD_DIGITAL);
        SortedMap<Integer, BuiltValue> unctadTotal =
                builder.sumOfFlows(HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.UNCTAD_TOTAL);
        int first = unctad.isEmpty() ? levels.firstKey() : Math.min(unctad.firstKey(), levels.firstKey());
        int last = unctad.isEmpty() ? levels.lastKey() : Math.max(unctad.lastKey(), levels.lastKey());

        TreeMap<Integer, BuiltValue> digital = new TreeMap<>();
        levels.forEach((y, o) -> digital.put(y, BuiltValue.of(o)));
        carryByGrowth(digital, first, last);
        HistoryAssembly out = new HistoryAssembly(h, first, last);
        List<SortedMap<Integer, Observation>> shares = List.of(
                data.shares(HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.MOFCOM_DIGITAL, "share_of_trade"),
                data.shares(HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.KNOWLEDGE_INTENSIVE, "share_of_trade"));
        for (int y = first; y <= last; y++) {
            BuiltValue d = digital.get(y);
            BuiltValue t = total(h, y, unctadTotal);
            if (d == null) {
                Observation s = publishedShare(shares, y);
                if (s != null) {
                    d = BuiltValue.derived(s.value() / 100 * t.value(), ValueFlag.PUBLISHED_SHARE, BuiltValue.of(s));
                } else if (unctad.containsKey(y) && unctadTotal.containsKey(y)) {
                    d = BuiltValue.derived(unctad.get(y).value(), ValueFlag.OTHER_BASIS, unctad.get(y));
                    t = BuiltValue.derived(unctadTotal.get(y).value(), ValueFlag.OTHER_BASIS, unctadTotal.get(y));
                } else {
                    throw ModelException.of(
                            "history %s, year %d: %s has no %s total level in %s, no published growth "
                                    + "or share for it, and no %s and %s exports + imports",
                            h,
                            y,
                            HistoryBuilder.CHINA_ECONOMY,
                            HistoryBuilder.MOFCOM_DIGITAL,
                            HistoryBuilder.UNIT,
                            HistoryBuilder.UNCTAD_DIGITAL,
                            HistoryBuilder.UNCTAD_TOTAL);
                }
            }
            out.digital(y, d);
            out.total(y, t);
        }
        return out.build();
    }

    /** @return the UNCTAD-basis history (see the class comment) */
    ComponentHistory unctad() {
        String h = Basis.UNCTAD.history();
        ComponentHistory core = builder.unctad(HistoryBuilder.CHINA_ECONOMY);
        SortedMap<Integer, Observation> levels =
                data.levels(HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.MOFCOM_DIGITAL, "total", HistoryBuilder.UNIT);
        SortedMap<Integer, Observation> growth = growth();
        SortedMap<Integer, BuiltValue> unctadTotal =
                builder.sumOfFlows(HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.UNCTAD_TOTAL);
        SortedMap<Integer, Observation> mofcomTotal =
                data.levels(HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.MOFCOM_TOTAL, "total", HistoryBuilder.UNIT);
        TreeMap<Integer, BuiltValue> digital = new TreeMap<>();
        TreeMap<Integer, BuiltValue> total = new TreeMap<>();
        for (int y = core.firstYear(); y <= core.lastYear(); y++) {
            digital.put(
                    y,
                    new BuiltValue(
                            core.digital().valueAt(y).getAsDouble(),
                            core.flagsOf(y),
                            core.digitalSources().get(y)));
            total.put(
                    y,
                    new BuiltValue(
                            core.total().valueAt(y).getAsDouble(),
                            core.flagsOf(y),
                            core.totalSources().get(y)));
        }
        Map<Integer, Double> anchors = new TreeMap<>();
        digital.forEach((y, v) -> anchors.put(y, v.value()));
        Map<Integer, Double> indicator = new TreeMap<>();
        levels.forEach((y, o) -> indicator.put(y, o.value()));
        ChainLink link =
                anchors.keySet().stream().anyMatch(indicator::containsKey) ? ChainLink.of(anchors, indicator) : null;
        int end = Math.max(levels.isEmpty() ? 0 : levels.lastKey(), growth.isEmpty() ? 0 : growth.lastKey());
        for (int y = core.lastYear() + 1; y <= end; y++) {
            BuiltValue prev = digital.get(y - 1);
            BuiltValue d;
            if (growth.containsKey(y)) {
                d = BuiltValue.derived(
                        prev.value() * (1 + growth.get(y).value() / 100),
                        ValueFlag.PUBLISHED_GROWTH,
                        prev,
                        BuiltValue.of(growth.get(y)));
            } else if (levels.containsKey(y) && link != null) {
                int anchor = link.ratios().lastKey();
                d = BuiltValue.derived(
                        levels.get(y).value() * link.ratioAt(y),
                        ValueFlag.CHAIN_LINKED,
                        BuiltValue.of(levels.get(y)),
                        digital.get(anchor));
            } else {
                break;
            }
            BuiltValue t;
            if (unctadTotal.containsKey(y)) {
                t = unctadTotal.get(y);
            } else if (mofcomTotal.containsKey(y)) {
                t = BuiltValue.derived(
                        mofcomTotal.get(y).value(), ValueFlag.OTHER_SOURCE, BuiltValue.of(mofcomTotal.get(y)));
            } else {
                break;
            }
            digital.put(y, d);
            total.put(y, t);
        }
        HistoryAssembly out = new HistoryAssembly(h, digital.firstKey(), digital.lastKey());
        digital.forEach(out::digital);
        total.forEach(out::total);
        return out.build();
    }

    private SortedMap<Integer, Observation> levels() {
        SortedMap<Integer, Observation> levels =
                data.levels(HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.MOFCOM_DIGITAL, "total", HistoryBuilder.UNIT);
        if (levels.isEmpty()) {
            throw ModelException.of(
                    "history %s: no %s total level in %s for %s",
                    Basis.MOFCOM.history(),
                    HistoryBuilder.MOFCOM_DIGITAL,
                    HistoryBuilder.UNIT,
                    HistoryBuilder.CHINA_ECONOMY);
        }
        return levels;
    }

    /** MOFCOM's published year-on-year growth of its digital US-dollar level. */
    private SortedMap<Integer, Observation> growth() {
        return data.chosen(
                HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.MOFCOM_DIGITAL, "total", Observation.GROWTH, "percent");
    }

    /**
     * Fills the years next to MOFCOM-basis levels from MOFCOM's published growth, outwards until no year
     * can be added.
     */
    private void carryByGrowth(TreeMap<Integer, BuiltValue> digital, int first, int last) {
        SortedMap<Integer, Observation> growth = growth();
        boolean added = true;
        while (added) {
            added = false;
            for (int y = first; y <= last; y++) {
                if (digital.containsKey(y)) {
                    continue;
                }
                BuiltValue next = digital.get(y + 1);
                BuiltValue prev = digital.get(y - 1);
                if (next != null && growth.containsKey(y + 1)) {
                    Observation g = growth.get(y + 1);
                    digital.put(
                            y,
                            BuiltValue.derived(
                                    next.value() / (1 + g.value() / 100),
                                    ValueFlag.PUBLISHED_GROWTH,
                                    next,
                                    BuiltValue.of(g)));
                    added = true;
                } else if (prev != null && growth.containsKey(y)) {
                    Observation g = growth.get(y);
                    digital.put(
                            y,
                            BuiltValue.derived(
                                    prev.value() * (1 + g.value() / 100),
                                    ValueFlag.PUBLISHED_GROWTH,
                                    prev,
                                    BuiltValue.of(g)));
                    added = true;
                }
            }
        }
    }

    private BuiltValue total(String h, int y, SortedMap<Integer, BuiltValue> unctadTotal) {
        BuiltValue t = unctadTotal.get(y);
        if (t != null) {
            return t;
        }
        Observation mt = data.levels(
                        HistoryBuilder.CHINA_ECONOMY, HistoryBuilder.MOFCOM_TOTAL, "total", HistoryBuilder.UNIT)
                .get(y);
        if (mt == null) {
            throw ModelException.of(
                    "history %s, year %d: %s has no %s exports + imports and no %s total level in %s",
                    h,
                    y,
                    HistoryBuilder.CHINA_ECONOMY,
                    HistoryBuilder.UNCTAD_TOTAL,
                    HistoryBuilder.MOFCOM_TOTAL,
                    HistoryBuilder.UNIT);
        }
        return BuiltValue.derived(mt.value(), ValueFlag.OTHER_SOURCE, BuiltValue.of(mt));
    }

    private static Observation publishedShare(List<SortedMap<Integer, Observation>> shares, int year) {
        for (SortedMap<Integer, Observation> s : shares) {
            Observation o = s.get(year);
            if (o != null && !o.isLowerBound()) {
                return o;
            }
        }
        return null;
    }
}
