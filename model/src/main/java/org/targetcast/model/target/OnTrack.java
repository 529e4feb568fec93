package org.targetcast.model.target;

/**
 * The on-track assessment of a share target: {@code ratio = CAGR observed / CAGR required}, with
 * {@code CAGR observed = (s_c / s_b)^(1/(c − b)) − 1} from the baseline year b to the latest year c and
 * {@code CAGR required = (X / s_b)^(1/(T − b)) − 1} to reach X in the target year T.
 *
 * @param baselineYear b
 * @param observedCagr the share's observed compound yearly growth since b
 * @param requiredCagr the compound yearly growth of the share needed from b to reach the target
 * @param ratio observed over required ({@code NaN} if the required rate is 0 or below)
 * @param category the category
 */
public record OnTrack(
        int baselineYear, double observedCagr, double requiredCagr, double ratio, OnTrackCategory category) {}
