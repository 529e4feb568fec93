package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class EndLabelStackTest {
    private static final double EPS = 1e-9;
    /** Ten points a character. */
    private static final ToDoubleFunction<String> WIDTH = s -> 10.0 * s.codePointCount(0, s.length());

    @Test
    void keepsANameThatFits() {
        assertEquals("baseline", EndLabelStack.shorten("baseline", WIDTH, 80));
    }

    @Test
    void shortensALongNameToItsHeadBeforeTheSeparator() {
        assertEquals("基准情景", EndLabelStack.shorten("基准情景：按拟合趋势延续，剔除疫情年份", WIDTH, 60));
        assertEquals("Baseline", EndLabelStack.shorten("Baseline - fitted trends, pandemic years left out", WIDTH, 90));
    }

    @Test
    void cutsAHeadThatStillDoesNotFitWithAnEllipsis() {
        assertEquals("数字…", EndLabelStack.shorten("数字贸易加速：2026年起每年增长10%", WIDTH, 30));
        assertEquals("数…", EndLabelStack.shorten("数字贸易加速：2026年起每年增长10%", WIDTH, 5));
    }

    @Test
    void movesCrowdedLabelsApartFromTheBottomUp() {
        // three labels 10 high wanting 100, 101 and 150 (y down): 2.5 leading between the first two
        double[] placed = EndLabelStack.spread(new double[] {100, 101, 150}, new double[] {10, 10, 10}, 0, 200);
        assertArrayEquals(new double[] {88.5, 101, 150}, placed, EPS);
    }

    @Test
    void shiftsAStackThatRunsPastTheTopBackInside() {
        double[] placed = EndLabelStack.spread(new double[] {10, 10}, new double[] {10, 10}, 0, 200);
        // of two labels at the same height the first stays below; the second would stand at -2.5 (top edge
        // -7.5): both move down 7.5
        assertArrayEquals(new double[] {17.5, 5}, placed, EPS);
    }
}
