package org.targetcast.model.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;

/**
 * Which histories of the data may calibrate the share bands, and why the others may not. A history is
 * refused, with its reason, when
 * <ul>
 * <li>it cannot be built: a gap inside its years, or digital at or above total in a year (the builder's
 *     message names the year and the values);
 * <li>it has a vintage break: the values of one component come from different sources in different years
 *     (e.g. UNCTAD's 2025 export for some years and an older release quoted in a report for others), so that
 *     a change between two years may be a revision rather than a movement.
 * </ul>
 * The vintage check applies to single-source histories (UNCTAD's, {@code unctad:<Economy>}); the China
 * histories on MOFCOM's basis combine sources on purpose, year by year, and flag each estimated year.
 * Years whose sources are not recorded are not judged. Pure: the histories are built by the function given.
 */
public final class PanelScreen {
    /**
     * The panel as screened.
     *
     * @param kept the histories that calibrate, in the order given
     * @param refused the others with their reasons, in the order given
     */
    public record Result(List<ComponentHistory> kept, List<RefusedHistory> refused) {
        /** Copies the lists. */
        public Result {
            kept = List.copyOf(kept);
            refused = List.copyOf(refused);
        }
    }

    private PanelScreen() {}

    /**
     * @param names the histories to consider, in order
     * @param build builds a history by name; a {@link ModelException} means it cannot be built
     * @param singleSource whether a history should come from one source per component (the vintage check)
     * @return the histories kept and refused
     */
    public static Result screen(
            List<String> names, Function<String, ComponentHistory> build, Predicate<String> singleSource) {
        List<ComponentHistory> kept = new ArrayList<>();
        List<RefusedHistory> refused = new ArrayList<>();
        for (String name : names) {
            ComponentHistory h;
            try {
                h = build.apply(name);
            } catch (ModelException e) {
                refused.add(RefusedHistory.unbuilt(name, e.getMessage()));
                continue;
            }
            RefusedHistory.VintageBreak brk = singleSource.test(name) ? vintage(h) : null;
            if (brk != null) {
                refused.add(new RefusedHistory(name, text(brk), RefusedHistory.Cause.VINTAGE_BREAK, brk));
            } else {
                kept.add(h);
            }
        }
        return new Result(kept, refused);
    }

    /**
     * @param h a history
     * @return the vintage break of its digital or total values ("vintage break in digital: S24 2010-2019,
     *     S28 2020-2023"), or null if each component's recorded sources are the same in every year
     */
    public static String vintageBreak(ComponentHistory h) {
        RefusedHistory.VintageBreak b = vintage(h);
        return b == null ? null : text(b);
    }

    /**
     * @param h a history
     * @return the sources and years of each component that breaks, or null if none does
     */
    public static RefusedHistory.VintageBreak vintage(ComponentHistory h) {
        String d = vintageBreak(h.digitalSources());
        String t = vintageBreak(h.totalSources());
        return d == null && t == null ? null : new RefusedHistory.VintageBreak(d, t);
    }

    private static String text(RefusedHistory.VintageBreak b) {
        List<String> parts = new ArrayList<>();
        if (b.digital() != null) {
            parts.add("digital from " + b.digital());
        }
        if (b.total() != null) {
            parts.add("total from " + b.total());
        }
        return "vintage break: " + String.join("; ", parts);
    }

    private static String vintageBreak(Map<Integer, Set<String>> sources) {
        Map<String, TreeSet<Integer>> years = new TreeMap<>();
        sources.forEach((y, s) -> {
            if (!s.isEmpty()) {
                years.computeIfAbsent(String.join("+", new TreeSet<>(s)), k -> new TreeSet<>())
                        .add(y);
            }
        });
        if (years.size() <= 1) {
            return null;
        }
        return years.entrySet().stream()
                .map(e -> e.getKey() + " (" + spans(e.getValue()) + ")")
                .collect(Collectors.joining(", "));
    }

    /** @return the years as runs, e.g. {@code 2010-2012, 2015} */
    private static String spans(TreeSet<Integer> years) {
        List<String> out = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int y : years) {
            if (prev != null && y == prev + 1) {
                prev = y;
                continue;
            }
            if (start != null) {
                out.add(start.equals(prev) ? String.valueOf(start) : start + "-" + prev);
            }
            start = y;
            prev = y;
        }
        if (start != null) {
            out.add(start.equals(prev) ? String.valueOf(start) : start + "-" + prev);
        }
        return String.join(", ", out);
    }
}
