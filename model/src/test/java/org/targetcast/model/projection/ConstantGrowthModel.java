package org.targetcast.model.projection;

import java.util.List;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Parameter;
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
        return new TrendFit() {
            @Override
            public TrendFamily family() {
                return family;
            }

            @Override
            public AnnualSeries data() {
                return series;
            }

            @Override
            public List<Parameter> parameters() {
                return List.of(new Parameter("growth", logGrowth, 0));
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
                return series.map("residuals", v -> 0);
            }

            @Override
            public double[] forecast(int steps) {
                double[] f = new double[steps];
                for (int h = 1; h <= steps; h++) {
                    f[h - 1] = base() * Math.exp(h * logGrowth);
                }
                return f;
            }

            @Override
            public double base() {
                return series.lastValue();
            }

            @Override
            public String note() {
                return "";
            }
        };
    }
}
