package org.targetcast.model.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.targetcast.model.trend.Tolerance.assertRelative;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;

class InterventionTest {
    /** QR least squares against R's lm with the same dummies: agreement to rounding. */
    private static final double R_TOLERANCE = 1e-9;

    @Test
    void logLinearWithOutlierAndShiftMatchesLmWithDummies() {
        TrendFit fit = TrendModels.of(TrendFamily.LOG_LINEAR)
                .fit(digital(), List.of(Intervention.levelShift(2021), Intervention.outlier(2020)));
        assertMatchesLm(fit, "intervention.loglinear.digital", List.of("intercept", "slope", "AO 2020", "LS 2021"));
    }

    @Test
    void linearWithTwoOutliersMatchesLmWithDummies() {
        TrendFit fit = TrendModels.of(TrendFamily.LINEAR)
                .fit(total(), List.of(Intervention.outlier(2020), Intervention.outlier(2021)));
        assertMatchesLm(fit, "intervention.linear.total", List.of("intercept", "slope", "AO 2020", "AO 2021"));
    }

    @Test
    void anOutlierDummyGivesThatYearAZeroResidual() {
        TrendFit fit = TrendModels.of(TrendFamily.LOG_LINEAR).fit(digital(), List.of(Intervention.outlier(2016)));
        assertEquals(0, fit.residuals().valueAt(2016).orElseThrow(), 1e-12);
    }

    @Test
    void emptyListIsThePlainFit() {
        for (TrendFamily f : new TrendFamily[] {TrendFamily.LOG_LINEAR, TrendFamily.LINEAR, TrendFamily.DRIFT}) {
            TrendModel m = TrendModels.of(f);
            assertEquals(
                    m.fit(digital()).parameters(), m.fit(digital(), List.of()).parameters(), f.key());
        }
    }

    @Test
    void driftDropsTheChangesAroundAnOutlier() {
        // log changes 0.1 each year except a spike of +0.5 in 2015 that reverses in 2016
        double[] z = {0, 0.1, 0.2, 0.3, 0.4, 0.9, 0.6, 0.7, 0.8};
        AnnualSeries s = AnnualSeries.contiguous(
                "spike", 2010, java.util.Arrays.stream(z).map(Math::exp).toArray());
        TrendFit fit = TrendModels.of(TrendFamily.DRIFT).fit(s, List.of(Intervention.outlier(2015)));
        assertRelative(0.1, fit.parameters().get(0).estimate(), 1e-12, "drift from the six untouched changes");
        assertRelative(0.4, ReferenceValues.parameter(fit, "AO 2015").estimate(), 1e-12, "outlier size (0.4 - -0.4)/2");
        assertEquals(6, fit.residuals().size(), "two changes dropped");
        assertEquals(0, fit.sigma(), 1e-12);
    }

    @Test
    void driftDropsTheChangeIntoALevelShift() {
        double[] z = {0, 0.1, 0.2, 0.3, 0.8, 0.9, 1.0, 1.1};
        AnnualSeries s = AnnualSeries.contiguous(
                "shift", 2010, java.util.Arrays.stream(z).map(Math::exp).toArray());
        TrendFit fit = TrendModels.of(TrendFamily.DRIFT).fit(s, List.of(Intervention.levelShift(2014)));
        assertRelative(0.1, fit.parameters().get(0).estimate(), 1e-12, "drift");
        assertRelative(0.4, ReferenceValues.parameter(fit, "LS 2014").estimate(), 1e-12, "shift");
        assertRelative(Math.exp(1.1 + 0.2), fit.forecast(2)[1], 1e-12, "forecast continues from the shifted level");
    }

    @Test
    void driftTakesAnOutlierInTheLastYearOutOfTheBase() {
        double[] z = {0, 0.1, 0.2, 0.3, 0.4, 0.8};
        AnnualSeries s = AnnualSeries.contiguous(
                "end", 2010, java.util.Arrays.stream(z).map(Math::exp).toArray());
        TrendFit fit = TrendModels.of(TrendFamily.DRIFT).fit(s, List.of(Intervention.outlier(2015)));
        assertRelative(Math.exp(0.5), fit.base(), 1e-12, "base without the outlier");
    }

    @Test
    void dampedTakesNoInterventions() {
        ModelException e = assertThrows(ModelException.class, () -> TrendModels.of(TrendFamily.DAMPED)
                .fit(digital(), List.of(Intervention.outlier(2020))));
        assertTrue(e.getMessage().startsWith("the damped model does not take interventions"), e.getMessage());
    }

    @Test
    void rejectsAYearOutsideTheData() {
        ModelException e = assertThrows(ModelException.class, () -> TrendModels.of(TrendFamily.LOG_LINEAR)
                .fit(digital(), List.of(Intervention.outlier(2030))));
        assertTrue(e.getMessage().contains("AO 2030: 2030 is not a year of the fitted data"), e.getMessage());
    }

    @Test
    void rejectsTwoInterventionsInOneYear() {
        ModelException e = assertThrows(ModelException.class, () -> TrendModels.of(TrendFamily.LINEAR)
                .fit(total(), List.of(Intervention.outlier(2020), Intervention.levelShift(2020))));
        assertTrue(e.getMessage().contains("two interventions in 2020"), e.getMessage());
    }

    @Test
    void rejectsALevelShiftInTheFirstYear() {
        ModelException e = assertThrows(ModelException.class, () -> TrendModels.of(TrendFamily.DRIFT)
                .fit(digital(), List.of(Intervention.levelShift(2010))));
        assertTrue(e.getMessage().contains("first fitted year"), e.getMessage());
    }

    private static void assertMatchesLm(TrendFit fit, String prefix, List<String> names) {
        double[] coef = ReferenceValues.array(prefix + ".coef");
        double[] se = ReferenceValues.array(prefix + ".se");
        for (int i = 0; i < names.size(); i++) {
            Parameter p = ReferenceValues.parameter(fit, names.get(i));
            assertRelative(coef[i], p.estimate(), R_TOLERANCE, prefix + " " + names.get(i));
            assertRelative(se[i], p.standardError(), R_TOLERANCE, prefix + " se " + names.get(i));
        }
        assertRelative(ReferenceValues.value(prefix + ".sigma"), fit.sigma(), R_TOLERANCE, prefix + " sigma");
        assertRelative(ReferenceValues.value(prefix + ".aicc"), fit.aicc(), R_TOLERANCE, prefix + " aicc");
        assertRelative(
                ReferenceValues.array(prefix + ".fitted"), fit.fitted().values(), R_TOLERANCE, prefix + " fitted");
        assertRelative(ReferenceValues.array(prefix + ".forecast"), fit.forecast(5), R_TOLERANCE, prefix + " forecast");
        PredictionIntervalReferenceTest.assertMatches(fit, prefix);
    }

    private static AnnualSeries digital() {
        return ReferenceValues.series("china.digital", "data.digital");
    }

    private static AnnualSeries total() {
        return ReferenceValues.series("china.total", "data.total");
    }
}
