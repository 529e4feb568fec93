package org.targetcast.model.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.targetcast.model.series.AnnualSeries;

class DriftCrossSectionTest {
    private static AnnualSeries line(String name, double growth, int years) {
        return AnnualSeries.contiguous(
                name,
                2010,
                IntStream.range(0, years)
                        .mapToDouble(i -> 100 * Math.exp(growth * i))
                        .toArray());
    }

    @Test
    void exactDriftsGiveTheirMeanAndVariance() {
        DriftCrossSection cs =
                DriftCrossSection.of(List.of(line("a", 0.02, 10), line("b", 0.05, 10), line("c", 0.08, 10)), 2019);
        assertEquals(3, cs.size());
        assertEquals(0.05, cs.centre(), 1e-12);
        assertEquals(0.0009, cs.tau2(), 1e-12, "var(d) with divisor k - 1, no sampling variance to subtract");
        assertEquals(0.0, cs.weight(0.0), 0, "an exact drift is not shrunk");
        assertEquals(0.5, cs.weight(0.0009), 1e-12, "B = s^2 / (s^2 + tau^2)");
    }

    @Test
    void onlyDataUpToTheCutYearEnter() {
        AnnualSeries bent = AnnualSeries.contiguous(
                "bent",
                2010,
                IntStream.range(0, 12)
                        .mapToDouble(i -> 100 * Math.exp(i < 8 ? 0.05 * i : 0.35 + 0.5 * (i - 7)))
                        .toArray());
        DriftCrossSection cs = DriftCrossSection.of(List.of(bent, line("b", 0.05, 12), line("c", 0.05, 12)), 2017);
        assertEquals(0.05, cs.centre(), 1e-12);
        assertEquals(0.0, cs.tau2(), 1e-12);
    }

    @Test
    void seriesTooShortAtTheCutAreSkippedWithTheReason() {
        DriftCrossSection cs = DriftCrossSection.of(List.of(line("a", 0.02, 10), line("late", 0.05, 2)), 2019);
        assertEquals(1, cs.size());
        assertEquals(1, cs.skipped().size());
        assertTrue(
                cs.skipped().get(0).startsWith("late: ") && cs.skipped().get(0).contains("at least"),
                cs.skipped().toString());
    }

    @Test
    void shrinkMovesTheDriftTowardTheCentreByTheWeight() {
        DriftCrossSection cs = new DriftCrossSection(
                2020, new double[] {0.02, 0.08}, new double[] {0.0004, 0.0004}, 0.05, 0.0012, 0.0004, List.of());
        double[] s = cs.shrink(0.09, 0.0004);
        assertEquals(0.09 + 0.25 * (0.05 - 0.09), s[0], 1e-15);
        assertEquals(0.75 * 0.0004 + 0.0625 * 0.0004, s[1], 1e-15);
    }
}
