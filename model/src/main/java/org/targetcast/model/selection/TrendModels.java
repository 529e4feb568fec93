package org.targetcast.model.selection;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.DampedTrend;
import org.targetcast.model.trend.DriftTrend;
import org.targetcast.model.trend.LinearTrend;
import org.targetcast.model.trend.LogLinearTrend;
import org.targetcast.model.trend.LogisticTrend;
import org.targetcast.model.trend.PooledDriftTrend;
import org.targetcast.model.trend.ThetaTrend;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendModel;

/** The trend models, one per {@link TrendFamily}. */
public final class TrendModels {
    private TrendModels() {}

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
            case POOLED -> PooledDriftTrend.alone();
            case THETA -> ThetaTrend.create();
            case LOGISTIC -> LogisticTrend.create();
            case AUTO -> AutoModel.create();
            case COMBO -> ComboModel.create();
        };
    }

    /**
     * @param family a trend family
     * @param panel the series a pooled model pools over (ignored by the other families)
     * @return its model: for {@link TrendFamily#POOLED} the model pooling over {@code panel}, otherwise
     *     {@link #of(TrendFamily)}
     */
    public static TrendModel of(TrendFamily family, List<AnnualSeries> panel) {
        return family == TrendFamily.POOLED ? PooledDriftTrend.over(panel) : of(family);
    }

    /** @return one model per family, in {@link TrendFamily} declaration order */
    public static List<TrendModel> all() {
        return Arrays.stream(TrendFamily.values()).map(TrendModels::of).toList();
    }
}
