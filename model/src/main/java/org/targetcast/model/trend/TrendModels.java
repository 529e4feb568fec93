package org.targetcast.model.trend;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.targetcast.model.backtest.AutoModel;
import org.targetcast.model.backtest.ComboModel;

/** The trend models, one per {@link TrendFamily}. */
public final class TrendModels {
    private TrendModels() {
    }

    /**
     * @param family a trend family
     * @return its model, with default settings
     */
    public static TrendModel of(TrendFamily family) {
        Objects.requireNonNull(family, "family");
        return switch (family) {
            case LOG_LINEAR -> LogLinearTrend.create();
            case LINEAR -> LinearTrend.create();
            case DRIFT -> DriftTrend.create();
            case DAMPED -> DampedTrend.create();
            case LOGISTIC -> LogisticTrend.create();
            case AUTO -> AutoModel.create();
            case COMBO -> ComboModel.create();
        };
    }

    /** @return one model per family, in {@link TrendFamily} declaration order */
    public static List<TrendModel> all() {
        return Arrays.stream(TrendFamily.values()).map(TrendModels::of).toList();
    }
}
