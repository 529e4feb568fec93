package org.targetcast.model.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.series.AnnualSeries;

/**
 * The battery every trend model passes. A subclass names the model, a clean curve the family can
 * represent exactly, its minimum length and a value outside its domain.
 */
abstract class TrendModelContract {
    static final int FIRST = 2010;
    static final int LAST = 2024;
    static final List<Integer> SHOCKS = List.of(2020, 2021, 2022);

    /** @return the model under test */
    abstract TrendModel model();

    /** @return the clean curve's value in a year: the family represents it exactly */
    abstract double truth(int year);

    /** @return the least number of years the model accepts */
    abstract int minimumYears();

    /** @return a value the family must reject, or NaN if every finite value is accepted */
    abstract double outOfDomainValue();

    /** @return a value near {@code v} in the family's domain, varied deterministically with {@code i} */
    double perturb(double v, int i) {
        return v * Math.exp(0.06 * Math.sin(3.7 * i));
    }

    /** @return the number of residuals for {@code n} data years */
    int residualCount(int n) {
        return n;
    }

    /** @return the relative tolerance for recovering the clean curve */
    double recoveryTolerance() {
        return 1e-9;
    }

    AnnualSeries clean(int from, int to) {
        int[] years = IntStream.rangeClosed(from, to).toArray();
        return AnnualSeries.of(
                "clean", years, IntStream.of(years).mapToDouble(this::truth).toArray());
    }

    AnnualSeries noisy(int n) {
        int[] years = IntStream.range(FIRST, FIRST + n).toArray();
        double[] v = IntStream.range(0, n)
                .mapToDouble(i -> perturb(truth(years[i]), i))
                .toArray();
        return AnnualSeries.of("noisy", years, v);
    }

    @Test
    void recoversCleanSeries() {
        AnnualSeries data = clean(FIRST, LAST);
        TrendFit fit = model().fit(data);
        assertSame(model().family(), fit.family());
        assertEquals(data, fit.data());
        AnnualSeries fitted = fit.fitted();
        for (int i = 0; i < data.size(); i++) {
            Tolerance.assertRelative(
                    truth(data.year(i)), fitted.value(i), recoveryTolerance(), "fitted " + data.year(i));
        }
        Tolerance.assertRelative(truth(LAST), fit.base(), recoveryTolerance(), "base");
    }

    @Test
    void forecastContinuesCleanSeries() {
        double[] f = model().fit(clean(FIRST, LAST)).forecast(6);
        for (int h = 1; h <= 6; h++) {
            Tolerance.assertRelative(truth(LAST + h), f[h - 1], recoveryTolerance(), "forecast h=" + h);
        }
    }

    @Test
    void forecastHasOneValuePerStep() {
        TrendFit fit = model().fit(noisy(15));
        assertEquals(0, fit.forecast(0).length);
        assertEquals(11, fit.forecast(11).length);
        assertTrue(IntStream.range(0, 11).allMatch(i -> Double.isFinite(fit.forecast(11)[i])));
        ModelException e = assertThrows(ModelException.class, () -> fit.forecast(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void fittedAndResidualsCoverTheDataYears() {
        AnnualSeries data = noisy(15);
        TrendFit fit = model().fit(data);
        assertEquals(data.size(), fit.fitted().size());
        assertEquals(data.lastYear(), fit.fitted().lastYear());
        assertEquals(residualCount(data.size()), fit.residuals().size());
        assertEquals(data.lastYear(), fit.residuals().lastYear());
    }

    @Test
    void reportsFiniteSigmaAicAndParameters() {
        TrendFit fit = model().fit(noisy(15));
        assertTrue(fit.sigma() > 0 && Double.isFinite(fit.sigma()), "sigma " + fit.sigma());
        assertTrue(Double.isFinite(fit.aicc()), "aicc " + fit.aicc());
        assertFalse(fit.parameters().isEmpty());
        fit.parameters().forEach(p -> assertTrue(Double.isFinite(p.estimate()), p.toString()));
    }

    @Test
    void rejectsTooShortSeriesNamingTheMinimum() {
        AnnualSeries data = clean(FIRST, FIRST + minimumYears() - 2);
        ModelException e = assertThrows(ModelException.class, () -> model().fit(data));
        assertTrue(e.getMessage().contains("clean"), e.getMessage());
        assertTrue(e.getMessage().contains("at least " + minimumYears()), e.getMessage());
        assertTrue(e.getMessage().contains("found " + (minimumYears() - 1)), e.getMessage());
    }

    @Test
    void acceptsTheMinimumLength() {
        TrendFit fit = model().fit(noisy(minimumYears()));
        assertEquals(3, fit.forecast(3).length);
    }

    @Test
    void rejectsValuesOutsideTheDomainNamingTheYear() {
        double bad = outOfDomainValue();
        assumeTrue(!Double.isNaN(bad), "every finite value is in this family's domain");
        double[] v = clean(FIRST, LAST).values();
        v[4] = bad;
        AnnualSeries data = AnnualSeries.contiguous("bad", FIRST, v);
        ModelException e = assertThrows(ModelException.class, () -> model().fit(data));
        assertTrue(e.getMessage().contains("bad"), e.getMessage());
        assertTrue(e.getMessage().contains(Integer.toString(FIRST + 4)), e.getMessage());
        assertTrue(e.getMessage().contains(Double.toString(bad)), e.getMessage());
    }

    @Test
    void notANumberIsRejectedBeforeReachingTheModel() {
        double[] v = clean(FIRST, LAST).values();
        v[2] = Double.NaN;
        ModelException e = assertThrows(ModelException.class, () -> AnnualSeries.contiguous("nan", FIRST, v));
        assertTrue(e.getMessage().contains("2012") && e.getMessage().contains("finite"), e.getMessage());
    }

    @Test
    void fitsAroundExcludedYears() {
        AnnualSeries data = clean(FIRST, LAST).without(SHOCKS);
        TrendFit fit = model().fit(data);
        assertFalse(fit.fitted().contains(2021));
        Tolerance.assertRelative(
                truth(2023), fit.fitted().valueAt(2023).orElseThrow(), recoveryTolerance(), "fitted 2023");
        Tolerance.assertRelative(truth(LAST + 2), fit.forecast(2)[1], recoveryTolerance(), "forecast 2026");
    }

    @Test
    void shortSeriesFitOrFailWithAnExplanation() {
        for (int n = 0; n <= minimumYears() + 2; n++) {
            for (AnnualSeries data : List.of(noisy(n), clean(FIRST, FIRST + n - 1), constant(n))) {
                try {
                    TrendFit fit = model().fit(data);
                    assertEquals(2, fit.forecast(2).length);
                    assertFalse(Double.isNaN(fit.base()), "base of " + data);
                } catch (ModelException e) {
                    assertTrue(n < minimumYears(), "n=" + n + ": " + e.getMessage());
                    assertTrue(e.getMessage().contains("at least"), e.getMessage());
                }
            }
        }
    }

    private AnnualSeries constant(int n) {
        double v = truth(FIRST);
        return AnnualSeries.contiguous(
                "constant", FIRST, IntStream.range(0, n).mapToDouble(i -> v).toArray());
    }
}
