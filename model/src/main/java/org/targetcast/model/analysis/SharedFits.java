package org.targetcast.model.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Intervention;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;
import org.targetcast.model.trend.TrendModel;

/**
 * Trend models that remember their fits: the variants of a sweep or a sensitivity run share their fit
 * windows, so each distinct (family, data, interventions) is fitted once. Fits are immutable, so sharing
 * them is safe; the cache is thread-safe and lives as long as the projector holding it (one
 * command's).
 */
public final class SharedFits implements Function<TrendFamily, TrendModel> {
    private record Key(TrendFamily family, AnnualSeries series, List<Intervention> interventions) {}

    private final Map<Key, TrendFit> fits = new ConcurrentHashMap<>();

    private SharedFits() {}

    /** @return an empty cache of fits, for one command's projector */
    public static SharedFits create() {
        return new SharedFits();
    }

    @Override
    public TrendModel apply(TrendFamily family) {
        TrendModel model = TrendModels.of(family);
        return new TrendModel() {
            @Override
            public TrendFamily family() {
                return family;
            }

            @Override
            public TrendFit fit(AnnualSeries series) {
                return fit(series, List.of());
            }

            @Override
            public TrendFit fit(AnnualSeries series, List<Intervention> interventions) {
                return fits.computeIfAbsent(
                        new Key(family, series, List.copyOf(interventions)),
                        k -> model.fit(k.series(), k.interventions()));
            }
        };
    }

    /** @return how many distinct fits were made */
    int size() {
        return fits.size();
    }
}
