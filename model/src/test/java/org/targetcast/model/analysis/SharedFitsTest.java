package org.targetcast.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Intervention;
import org.targetcast.model.trend.TrendFamily;

class SharedFitsTest {
    @Test
    void fitsEachDistinctWindowOnceAndGivesTheSameFitAsTheModel() {
        SharedFits models = SharedFits.create();
        AnnualSeries s = AnalysisTest.history().digital();
        var first = models.apply(TrendFamily.LOG_LINEAR).fit(s);
        assertSame(first, models.apply(TrendFamily.LOG_LINEAR).fit(s), "the second request reuses the fit");
        assertEquals(TrendModels.of(TrendFamily.LOG_LINEAR).fit(s).parameters(), first.parameters());
        models.apply(TrendFamily.LOG_LINEAR).fit(s.window(2014, 2020));
        models.apply(TrendFamily.LOG_LINEAR).fit(s, List.of(Intervention.outlier(2020)));
        models.apply(TrendFamily.DRIFT).fit(s);
        assertEquals(4, models.size());
    }
}
