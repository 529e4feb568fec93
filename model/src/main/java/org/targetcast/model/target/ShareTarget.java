package org.targetcast.model.target;

import java.util.Locale;
import org.targetcast.model.ModelException;

/**
 * The share is at least {@code share} in {@code year}; with {@code reachedBy}, it suffices that the share
 * reaches that level in any year up to {@code year} (first passage).
 *
 * @param year the target year
 * @param share the target share, a fraction in (0, 1)
 * @param reachedBy whether reaching it in any earlier year counts
 */
public record ShareTarget(int year, double share, boolean reachedBy) implements Target {
    /** Checks the share is inside (0, 1). */
    public ShareTarget {
        if (!(share > 0 && share < 1)) {
            throw ModelException.of("target share for %d = %s must be a fraction inside (0, 1)", year, share);
        }
    }

    /**
     * @param year the target year
     * @param share the target share
     * @return the target "share at least {@code share} in {@code year}"
     */
    public static ShareTarget in(int year, double share) {
        return new ShareTarget(year, share, false);
    }

    @Override
    public String label() {
        return String.format(Locale.ROOT, "share >= %s%% %s %d", Percent.format(share), reachedBy ? "by" : "in", year);
    }
}
