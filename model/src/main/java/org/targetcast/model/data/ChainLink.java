package org.targetcast.model.data;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.targetcast.model.ModelException;

/**
 * Ratio splicing of an indicator series onto anchor levels (chain-linking).
 *
 * <p>At each anchor year {@code a} (a year with both a target level {@code M(a)} and an indicator level
 * {@code U(a)}) the ratio is {@code r(a) = M(a) / U(a)}. Between two anchors {@code a < y < b} the ratio
 * is interpolated linearly, {@code r(y) = r(a) + (r(b) - r(a)) (y - a) / (b - a)}; before the first anchor
 * and after the last it is held at the nearest anchor's ratio. A filled level is {@code U(y) r(y)}, so
 * the filled series grows like the indicator while passing exactly through every anchor.
 */
final class ChainLink {
    private final SortedMap<Integer, Double> ratios;

    private ChainLink(SortedMap<Integer, Double> ratios) {
        this.ratios = ratios;
    }

    /**
     * @param target the levels to honour exactly, year → value
     * @param indicator the series whose growth fills the gaps, year → value (positive)
     * @return the splice; its anchors are the years present in both maps
     * @throws ModelException if no year is present in both
     */
    static ChainLink of(Map<Integer, Double> target, Map<Integer, Double> indicator) {
        TreeMap<Integer, Double> r = new TreeMap<>();
        target.forEach((year, level) -> {
            Double u = indicator.get(year);
            if (u != null && u > 0) {
                r.put(year, level / u);
            }
        });
        if (r.isEmpty()) {
            throw ModelException.of(
                    "chain-linking needs at least one year with both levels; the target has %s and "
                            + "the indicator %s",
                    target.keySet(), indicator.keySet());
        }
        return new ChainLink(Collections.unmodifiableSortedMap(r));
    }

    /** @return anchor year → ratio target / indicator */
    SortedMap<Integer, Double> ratios() {
        return ratios;
    }

    /**
     * @param year any year
     * @return the ratio for that year: exact at anchors, linear between them, flat outside
     */
    double ratioAt(int year) {
        Double exact = ratios.get(year);
        if (exact != null) {
            return exact;
        }
        SortedMap<Integer, Double> before = ratios.headMap(year);
        SortedMap<Integer, Double> after = ratios.tailMap(year);
        if (before.isEmpty()) {
            return after.get(after.firstKey());
        }
        if (after.isEmpty()) {
            return before.get(before.lastKey());
        }
        int a = before.lastKey();
        int b = after.firstKey();
        double ra = before.get(a);
        double rb = after.get(b);
        return ra + (rb - ra) * (year - a) / (b - a);
    }
}
