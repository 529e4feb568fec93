package org.targetcast.model.data;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.targetcast.model.series.AnnualSeries;

/** Collects the values of one history year by year, then builds it. */
final class HistoryAssembly {
    private final String name;
    private final int first;
    private final double[] digital;
    private final double[] total;
    private final Map<Integer, Set<ValueFlag>> flags = new TreeMap<>();
    private final Map<Integer, Set<String>> digitalSources = new TreeMap<>();
    private final Map<Integer, Set<String>> totalSources = new TreeMap<>();

    HistoryAssembly(String name, int first, int last) {
        this.name = name;
        this.first = first;
        this.digital = new double[last - first + 1];
        this.total = new double[last - first + 1];
    }

    void digital(int year, BuiltValue v) {
        digital[year - first] = v.value();
        addFlags(year, v.flags());
        digitalSources.put(year, v.sources());
    }

    void total(int year, BuiltValue v) {
        total[year - first] = v.value();
        addFlags(year, v.flags());
        totalSources.put(year, v.sources());
    }

    private void addFlags(int year, Set<ValueFlag> f) {
        if (!f.isEmpty()) {
            flags.computeIfAbsent(year, y -> EnumSet.noneOf(ValueFlag.class)).addAll(f);
        }
    }

    ComponentHistory build() {
        return new ComponentHistory(
                name,
                HistoryBuilder.UNIT,
                AnnualSeries.contiguous(name + ".digital", first, digital),
                AnnualSeries.contiguous(name + ".total", first, total),
                flags,
                digitalSources,
                totalSources);
    }
}
