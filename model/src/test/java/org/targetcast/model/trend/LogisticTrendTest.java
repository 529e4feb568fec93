package org.targetcast.model.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.targetcast.model.trend.Tolerance.assertRelative;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;

class LogisticTrendTest extends TrendModelContract {
    /** Two converged least-squares optima (ours and R's nls, port algorithm): relative agreement. */
    private static final double NLS_TOLERANCE = 1e-6;
    /** The fixed-cap fallback is OLS in closed form: agreement to rounding. */
    private static final double LM_TOLERANCE = 1e-9;

    @Override
    TrendModel model() {
        return TrendModels.of(TrendFamily.LOGISTIC);
    }

    @Override
    double truth(int year) {
        return 0.6 / (1 + Math.exp(-0.3 * (year - 2015)));
    }

    @Override
    int minimumYears() {
        return LogisticTrend.MINIMUM_YEARS;
    }

    @Override
    double outOfDomainValue() {
        return 1.5;
    }

    @Override
    double perturb(double v, int i) {
        return LogisticTrend.share(1, Math.log(v / (1 - v)) + 0.1 * Math.sin(3.7 * i));
    }

    @Override
    double recoveryTolerance() {
        return 1e-6;
    }

    @Test
    void recoversTheCapOfACleanCurve() {
        TrendFit fit = model().fit(clean(FIRST, LAST));
        assertRelative(0.6, ReferenceValues.parameter(fit, "cap").estimate(), 1e-6, "cap");
        assertEquals("", fit.note());
    }

    @Test
    void matchesNlsOnSingaporeDigitalShare() {
        double[] share = Arrays.copyOf(ReferenceValues.array("data.sg.share"), 10);
        TrendFit fit = model().fit(AnnualSeries.contiguous("singapore.share", 2010, share));
        assertEquals("", fit.note(), "the cap is identified");
        String prefix = "logistic.sg";
        for (String name : new String[] {"cap", "intercept", "slope"}) {
            Parameter p = ReferenceValues.parameter(fit, name);
            assertRelative(ReferenceValues.value(prefix + "." + name), p.estimate(), NLS_TOLERANCE, name);
            assertRelative(
                    ReferenceValues.value(prefix + "." + name + ".se"), p.standardError(), NLS_TOLERANCE, name + " se");
        }
        assertRelative(ReferenceValues.value(prefix + ".sigma"), fit.sigma(), NLS_TOLERANCE, "sigma");
        assertRelative(ReferenceValues.value(prefix + ".aicc"), fit.aicc(), NLS_TOLERANCE, "aicc");
        assertRelative(ReferenceValues.array(prefix + ".forecast"), fit.forecast(5), NLS_TOLERANCE, "forecast");
    }

    @Test
    void fixedCapFallbackIsTheLogitRegression() {
        AnnualSeries share = ReferenceValues.series("china.share", "data.china.share");
        TrendFit fit = model().fit(share);
        assertTrue(fit.note().startsWith("cap not identified"), fit.note());
        assertEquals(1.0, ReferenceValues.parameter(fit, "cap").estimate());
        ReferenceValues.assertMatchesLine(fit, "logit.china", LM_TOLERANCE);
    }

    @Test
    void fallsBackWithAnExplanationWhenYearsAreTooFew() {
        TrendFit fit = model().fit(AnnualSeries.contiguous("short", 2021, 0.30, 0.33, 0.34));
        assertTrue(fit.note().contains("too few"), fit.note());
        assertTrue(Double.isNaN(ReferenceValues.parameter(fit, "cap").standardError()));
    }

    @Test
    void fallsBackWithAnExplanationWhenTheShareHasNoTrend() {
        TrendFit fit = model().fit(AnnualSeries.contiguous("flat", 2015, 0.40, 0.42, 0.39, 0.41, 0.40, 0.42, 0.39));
        assertTrue(fit.note().contains("no clear trend"), fit.note());
        assertEquals(7, fit.forecast(7).length);
    }
}
