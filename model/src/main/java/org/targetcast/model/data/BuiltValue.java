package org.targetcast.model.data;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A value of a history under construction: the level, its flags and the ids of the sources it was built
 * from.
 *
 * @param value the level
 * @param flags its flags (copied)
 * @param sources the source ids (copied, sorted)
 */
record BuiltValue(double value, Set<ValueFlag> flags, Set<String> sources) {
    BuiltValue {
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(ValueFlag.class) : EnumSet.copyOf(flags));
        sources = Collections.unmodifiableSet(new TreeSet<>(sources));
    }

    /**
     * @param o a published level
     * @return it as a built value, with its own flags and source
     */
    static BuiltValue of(Observation o) {
        return new BuiltValue(o.value(), o.flags(), Set.of(o.sourceId()));
    }

    /**
     * A value derived from other values.
     *
     * @param value the derived level
     * @param method the flag naming how it was derived
     * @param from the values it was derived from (a published figure enters as {@link #of(Observation)}):
     *     their qualifying flags (second-hand, rounded) and sources carry over, their estimation flags do not
     * @return the derived value
     */
    static BuiltValue derived(double value, ValueFlag method, BuiltValue... from) {
        EnumSet<ValueFlag> f = EnumSet.of(method);
        Set<String> s = new TreeSet<>();
        for (BuiltValue b : from) {
            b.flags.stream().filter(v -> !v.estimated()).forEach(f::add);
            s.addAll(b.sources);
        }
        return new BuiltValue(value, f, s);
    }
}
