package org.targetcast.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.targetcast.model.scenario.HorizonErrors;

/** The tabulated map against the map computed directly, E L + Q_h(Φ(z)), at points off the grid. */
class ErrorMapTest {
    @Test
    void theTableIsTheDirectMapToWithinItsResolution() {
        HorizonErrors e = ErrorMarginalsTest.skewed();
        for (int h : new int[] {1, 4, 9}) {
            double[] table = ErrorMap.table(0.3, e, h);
            double range = e.quantile(h, 1) - e.quantile(h, 0);
            double worst = 0;
            for (double z = -6; z <= 6; z += 0.00731) {
                double exact = 0.3 + e.quantile(h, 0.5 * Erf.erfc(-z / Math.sqrt(2)));
                worst = Math.max(worst, Math.abs(ErrorMap.at(table, z) - exact));
            }
            // a thousandth of the errors' range: far below a Monte Carlo standard error of a quantile
            assertTrue(worst < 1e-3 * range, "horizon " + h + ": " + worst + " of a range of " + range);
            assertEquals(0.3 + e.quantile(h, 0.5), ErrorMap.at(table, 0), 1e-15, "z = 0 is a grid point");
            assertEquals(0.3 + e.quantile(h, 0), ErrorMap.at(table, -40), 1e-15);
            assertEquals(0.3 + e.quantile(h, 1), ErrorMap.at(table, 40), 1e-15);
        }
    }

    @Test
    void theGridPositionOfAValueIsThatOfItsStandardisedValue() {
        double[] table = ErrorMap.table(-0.4, ErrorMarginalsTest.skewed(), 3);
        double mean = -0.4;
        double sd = 0.27;
        for (double l = -2; l <= 1.2; l += 0.0173) {
            assertEquals(
                    ErrorMap.at(table, (l - mean) / sd),
                    ErrorMap.atPosition(table, l * ErrorMap.slope(sd) + ErrorMap.shift(mean, sd)),
                    1e-12,
                    "L = " + l);
        }
        // a year without spread maps every path to the errors' median
        assertEquals(
                ErrorMap.at(table, 0),
                ErrorMap.atPosition(table, 5 * ErrorMap.slope(0) + ErrorMap.shift(mean, 0)),
                1e-12);
    }

    @Test
    void theMapRisesWithZ() {
        double[] table = ErrorMap.table(0, ErrorMarginalsTest.skewed(), 2);
        double last = Double.NEGATIVE_INFINITY;
        for (double z = -9; z <= 9; z += 0.001) {
            double v = ErrorMap.at(table, z);
            assertTrue(v >= last, z + ": " + v + " after " + last);
            last = v;
        }
    }
}
