package org.targetcast.model.backtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Parameter;
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
        return new TrendFit() {
            @Override
            public TrendFamily family() {
                return TrendFamily.DRIFT;
            }

            @Override
            public AnnualSeries data() {
                return series;
            }

            @Override
            public List<Parameter> parameters() {
                return List.of();
            }

            @Override
            public double sigma() {
                return 0;
            }

            @Override
            public double aicc() {
                return 0;
            }

            @Override
            public AnnualSeries fitted() {
                return series;
            }

            @Override
            public AnnualSeries residuals() {
                return series.map("r", v -> 0);
            }

            @Override
            public double[] forecast(int steps) {
                double[] f = new double[steps];
                java.util.Arrays.fill(f, last);
                return f;
            }

            @Override
            public double base() {
                return last;
            }

            @Override
            public String note() {
                return "";
            }
        };
    }
}
