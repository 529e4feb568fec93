package org.targetcast.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.series.AnnualSeries;

class MonitorTest {
    @Test
    void aPastYearIsJudgedOnItsOwnDataOnly() {
        ComponentHistory h = AnalysisTest.history();
        double[] d = h.digital().values();
        double[] t = h.total().values();
        d[d.length - 1] *= 1.5;
        t[t.length - 1] *= 1.5;
        ComponentHistory changedLater = new ComponentHistory(
                h.economy(),
                h.unit(),
                AnnualSeries.contiguous("d", h.firstYear(), d),
                AnnualSeries.contiguous("t", h.firstYear(), t),
                Map.of());
        Monitor.Row before =
                Monitor.replay(h, AnalysisTest.scenario(), 2020, 2022, 2022).get(0);
        Monitor.Row after = Monitor.replay(changedLater, AnalysisTest.scenario(), 2020, 2022, 2022)
                .get(0);
        assertEquals(before.targets(), after.targets(), "a change after the as-of year is not seen");
        assertEquals(before.share(), after.share(), 0);
    }

    @Test
    void glidePathRunsStraightFromTheBaselineToTheTarget() {
        ComponentHistory h = AnalysisTest.history();
        List<Monitor.Row> rows = Monitor.replay(h, AnalysisTest.scenario(), 2020, 2019, 2025);
        assertEquals(7, rows.size());
        assertTrue(Double.isNaN(rows.get(0).targets().get(0).glide()), "no glide path before the baseline year");
        double s2020 = h.share().valueAt(2020).getAsDouble();
        assertEquals(s2020, rows.get(1).targets().get(0).glide(), 1e-12);
        assertEquals(
                s2020 + (0.45 - s2020) * 5 / 9, rows.get(6).targets().get(0).glide(), 1e-12);
        for (Monitor.Row r : rows) {
            for (Monitor.TargetStatus t : r.targets()) {
                assertTrue(t.probability() >= 0 && t.probability() <= 1);
            }
        }
    }

    @Test
    void aFitThatCannotBeMadeLeavesANoteNotACrash() {
        List<Monitor.Row> rows = Monitor.replay(AnalysisTest.history(), AnalysisTest.scenario(), 2020, 2015, 2015);
        assertTrue(Double.isNaN(rows.get(0).targets().get(0).probability()));
        assertTrue(rows.get(0).note().contains("at least"), rows.get(0).note());
    }

    @Test
    void rejectsAnAsOfYearOutsideTheData() {
        ModelException e = assertThrows(ModelException.class, () -> Monitor.upTo(AnalysisTest.history(), 2040));
        assertEquals("as-of year 2040 is outside the data (2014-2025)", e.getMessage());
    }
}
