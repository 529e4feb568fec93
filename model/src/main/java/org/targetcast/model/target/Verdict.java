package org.targetcast.model.target;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a projection fares against one target.
 *
 * @param target the target
 * @param projected for a share target, the projected share in the target year (for "reached by", the
 *     highest share up to it); for a growth target, the lowest yearly digital growth in the range
 * @param gapPoints projected minus target, in percentage points
 * @param met whether the projection meets the target
 * @param firstYearReached the first year from the latest observed one on in which the share is at least
 *     the target (share targets; empty if never before the horizon)
 * @param requiredGrowth the constant yearly digital growth from the latest observed year that meets the
 *     target given the other component's projected path ({@code NaN} if no growth can)
 * @param onTrack the SDG-style on-track assessment (share targets only)
 */
public record Verdict(
        Target target,
        double projected,
        double gapPoints,
        boolean met,
        OptionalInt firstYearReached,
        double requiredGrowth,
        Optional<OnTrack> onTrack) {
    /** Checks for nulls. */
    public Verdict {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(firstYearReached, "firstYearReached");
        Objects.requireNonNull(onTrack, "onTrack");
    }
}
