package org.targetcast.model.backtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.TestFits;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;
import org.targetcast.model.trend.TrendModel;

/** The naive forecast (the last value, flat), recording the last year of every series it is fitted to. */
final class NaiveModel implements TrendModel {
    final List<Integer> lastYearsSeen = Collections.synchronizedList(new ArrayList<>());

    @Override
    public TrendFamily family() {
        return TrendFamily.DRIFT;
    }

    @Override
    public TrendFit fit(AnnualSeries series) {
        lastYearsSeen.add(series.lastYear());
        double last = series.lastValue();
        return TestFits.following(TrendFamily.DRIFT, series, List.of(), h -> last);
    }
}
