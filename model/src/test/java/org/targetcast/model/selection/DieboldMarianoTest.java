package org.targetcast.model.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.targetcast.model.backtest.Forecast;

class DieboldMarianoTest {
    private static Forecast forecast(int origin, int h, double absError) {
        return new Forecast(origin, h, 100 + absError, 100, 1, Double.NaN, new double[0], new double[0]);
    }

    /** Loss differences 1, 1 | 2, 2 | 3, 3 over three origins; the challenger's errors are zero. */
    @Test
    void statisticAndPValueFromTheOriginTotals() {
        List<Forecast> benchmark = new ArrayList<>();
        List<Forecast> challenger = new ArrayList<>();
        for (int o = 0; o < 3; o++) {
            for (int h = 1; h <= 2; h++) {
                benchmark.add(forecast(2017 + o, h, o + 1));
                challenger.add(forecast(2017 + o, h, 0));
            }
        }
        DieboldMariano dm = DieboldMariano.of(benchmark, challenger);
        // mean 2; origin totals -2, 0, 2; var = 3/2 x 8 / 36 = 1/3; t = 2 sqrt 3
        assertEquals(2.0, dm.meanDifference(), 1e-12);
        assertEquals(2 * Math.sqrt(3), dm.statistic(), 1e-12);
        // Student t with 2 df: P(T > t) = 1/2 - t / (2 sqrt(2 + t^2))
        double t = 2 * Math.sqrt(3);
        assertEquals(0.5 - t / (2 * Math.sqrt(2 + t * t)), dm.pValue(), 1e-9);
        assertTrue(dm.challengerBetter(0.05));
        assertFalse(dm.challengerBetter(0.01));
    }

    @Test
    void oneOriginIsNoEvidence() {
        List<Forecast> b = List.of(forecast(2017, 1, 5), forecast(2017, 2, 6));
        List<Forecast> c = List.of(forecast(2017, 1, 0), forecast(2017, 2, 0));
        DieboldMariano dm = DieboldMariano.of(b, c);
        assertEquals(1.0, dm.pValue(), 0);
        assertEquals(1, dm.origins());
    }
}
