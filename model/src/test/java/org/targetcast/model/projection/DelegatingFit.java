package org.targetcast.model.projection;

import java.util.List;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Parameter;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;

/** A test double that forwards to another fit; tests override {@link #forecast(int)}. */
abstract class DelegatingFit implements TrendFit {
    private final TrendFit inner;

    DelegatingFit(TrendFit inner) {
        this.inner = inner;
    }

    @Override
    public TrendFamily family() {
        return inner.family();
    }

    @Override
    public AnnualSeries data() {
        return inner.data();
    }

    @Override
    public List<Parameter> parameters() {
        return inner.parameters();
    }

    @Override
    public double sigma() {
        return inner.sigma();
    }

    @Override
    public double aicc() {
        return inner.aicc();
    }

    @Override
    public AnnualSeries fitted() {
        return inner.fitted();
    }

    @Override
    public AnnualSeries residuals() {
        return inner.residuals();
    }

    @Override
    public double base() {
        return inner.base();
    }

    @Override
    public String note() {
        return inner.note();
    }
}
