package org.targetcast.model.trend;

/** Placeholder replaced by the trend branch. */
public final class TrendModels {
    private TrendModels() {
    }

    /**
     * @param family a family
     * @return its model
     */
    public static TrendModel of(TrendFamily family) {
        throw new IllegalStateException(family.key());
    }
}
