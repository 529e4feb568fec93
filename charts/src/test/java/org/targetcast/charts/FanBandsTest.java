package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FanBandsTest {
    private static final double[] FIVE = {0.1, 0.25, 0.5, 0.75, 0.9};

    @Test
    void standardLevelsAreNineteenFivePercentSteps() {
        double[] l = FanBands.standardLevels();
        assertEquals(19, l.length);
        assertEquals(0.05, l[0], 1e-12);
        assertEquals(0.5, l[9], 1e-12);
        assertEquals(0.95, l[18], 1e-12);
    }

    @Test
    void readsQuantilesByLevelAndTheMedian() {
        FanBands b = FanBands.contiguous(
                2026, FIVE, new double[][] {{0.36, 0.37, 0.38, 0.39, 0.40}, {0.35, 0.37, 0.39, 0.41, 0.43}});
        assertArrayEquals(new int[] {2026, 2027}, b.years().get());
        assertEquals(2026, b.firstYear());
        assertEquals(2027, b.lastYear());
        assertArrayEquals(new double[] {0.38, 0.39}, b.median(), 0);
        assertArrayEquals(new double[] {0.40, 0.43}, b.quantilesAt(0.9), 0);
        assertTrue(b.hasLevel(0.1 + 1e-12));
        ChartException e = assertThrows(ChartException.class, () -> b.quantilesAt(0.2));
        assertEquals("level 0.2 is not one of the fan levels [0.1, 0.25, 0.5, 0.75, 0.9]", e.getMessage());
    }

    @Test
    void copiesArraysInAndOutAndComparesContents() {
        double[][] q = {{0.36, 0.37, 0.38, 0.39, 0.40}};
        FanBands b = FanBands.contiguous(2026, FIVE, q);
        q[0][2] = 0.9;
        b.quantiles().get()[0][2] = 0.9;
        b.levels().get()[0] = 0.3;
        assertEquals(0.38, b.median()[0], 0);
        assertEquals(0.1, b.levels().get()[0], 0);
        assertEquals(b, FanBands.contiguous(2026, FIVE, new double[][] {{0.36, 0.37, 0.38, 0.39, 0.40}}));
        assertEquals(
                b.hashCode(),
                FanBands.contiguous(2026, FIVE, new double[][] {{0.36, 0.37, 0.38, 0.39, 0.40}})
                        .hashCode());
        assertNotEquals(b, FanBands.contiguous(2027, FIVE, new double[][] {{0.36, 0.37, 0.38, 0.39, 0.40}}));
    }

    @Test
    void rejectsQuantilesThatDecreaseAcrossLevelsNamingYearAndLevel() {
        ChartException e = assertThrows(
                ChartException.class,
                () -> FanBands.contiguous(
                        2026, FIVE, new double[][] {{0.36, 0.37, 0.38, 0.39, 0.40}, {0.35, 0.37, 0.39, 0.38, 0.43}}));
        assertEquals(
                "quantile for 2027 at level 0.75 = 0.38 is below the one at level 0.5 = 0.39; "
                        + "quantiles must not decrease across levels",
                e.getMessage());
    }

    @Test
    void rejectsQuantilesGivenInPercentNamingYearAndLevel() {
        ChartException e = assertThrows(
                ChartException.class, () -> FanBands.contiguous(2030, FIVE, new double[][] {{36, 37, 38, 39, 40}}));
        assertEquals(
                "quantile for 2030 at level 0.1 = 36.0 is outside (0, 1); shares are fractions, e.g. 0.445",
                e.getMessage());
    }

    @Test
    void rejectsAsymmetricLevels() {
        ChartException e = assertThrows(
                ChartException.class,
                () -> FanBands.contiguous(2026, new double[] {0.1, 0.5, 0.8}, new double[][] {{0.3, 0.4, 0.5}}));
        assertEquals("fan levels are not symmetric about 0.5: level 0.1 pairs with 0.8, expected 0.9", e.getMessage());
    }

    @Test
    void rejectsLevelsWithoutTheMedian() {
        ChartException e = assertThrows(
                ChartException.class,
                () -> FanBands.contiguous(2026, new double[] {0.1, 0.9}, new double[][] {{0.3, 0.5}}));
        assertEquals("fan levels [0.1, 0.9] do not contain the median 0.5", e.getMessage());
    }

    @Test
    void rejectsLevelsOutOfOrderOrOutsideTheUnitInterval() {
        assertEquals(
                "fan level 0.5 follows 0.9; levels must increase",
                assertThrows(
                                ChartException.class,
                                () -> FanBands.contiguous(
                                        2026, new double[] {0.1, 0.9, 0.5}, new double[][] {{0.3, 0.4, 0.5}}))
                        .getMessage());
        assertEquals(
                "fan level 0.0 is outside (0, 1)",
                assertThrows(
                                ChartException.class,
                                () -> FanBands.contiguous(
                                        2026, new double[] {0, 0.5, 1}, new double[][] {{0.3, 0.4, 0.5}}))
                        .getMessage());
    }

    @Test
    void rejectsSizesThatDisagreeNamingTheYear() {
        assertEquals(
                "quantiles for 2027: 4 values for 5 levels",
                assertThrows(
                                ChartException.class,
                                () -> FanBands.contiguous(2026, FIVE, new double[][] {
                                    {0.36, 0.37, 0.38, 0.39, 0.40}, {0.35, 0.37, 0.39, 0.41}
                                }))
                        .getMessage());
        assertEquals(
                "fan bands have 1 rows of quantiles for 2 years (2026 to 2027)",
                assertThrows(
                                ChartException.class,
                                () -> new FanBands(
                                        new int[] {2026, 2027}, FIVE, new double[][] {{0.36, 0.37, 0.38, 0.39, 0.40}}))
                        .getMessage());
    }

    @Test
    void rejectsGapsInTheYears() {
        ChartException e = assertThrows(
                ChartException.class,
                () -> new FanBands(new int[] {2026, 2028}, FIVE, new double[][] {
                    {0.36, 0.37, 0.38, 0.39, 0.40}, {0.36, 0.37, 0.38, 0.39, 0.40}
                }));
        assertEquals("fan years must be contiguous: 2028 follows 2026", e.getMessage());
    }
}
