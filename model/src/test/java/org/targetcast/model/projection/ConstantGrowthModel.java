package org.targetcast.model.projection;

import java.util.List;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Parameter;
import org.targetcast.model.trend.TestFits;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;
import org.targetcast.model.trend.TrendModel;

/**
 * A test double: a "trend" that grows at a fixed log rate from the last data value, reporting itself as
 * the given family. Lets projection tests state exactly what the trend contributes.
 */
public class ConstantGrowthModel implements TrendModel {
    private final TrendFamily family;
    private final double logGrowth;

    public ConstantGrowthModel(TrendFamily family, double logGrowth) {
        this.family = family;
        this.logGrowth = logGrowth;
    }

    @Override
    public TrendFamily family() {
        return family;
    }

    @Override
    public TrendFit fit(AnnualSeries series) {
        return TestFits.following(
                family,
                series,
                List.of(new Parameter("growth", logGrowth, 0)),
                h -> series.lastValue() * Math.exp(h * logGrowth));
    }
}
