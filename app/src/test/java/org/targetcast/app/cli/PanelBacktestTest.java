package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.Forecast;
import org.targetcast.model.backtest.RollingOrigin;
import org.targetcast.model.data.HistoryBuilder;
import org.targetcast.model.selection.AutoModel;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.PooledDriftTrend;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendModel;

class PanelBacktestTest {
    private static final Workspace WS = Workspace.of(Cli.DATA);

    private static PanelSeries shippedPanel() {
        return PanelSeries.of(WS.builder(), "digital", HistoryBuilder.CHINA);
    }

    @Test
    void thePanelTablesAreIdenticalWhateverTheNumberOfThreads() {
        Cli one = Cli.run("backtest", "--panel", "--threads", "1", "--data", Cli.DATA);
        Cli three = Cli.run("backtest", "--panel", "--threads", "3", "--data", Cli.DATA);
        assertEquals(0, one.code(), one.err());
        assertEquals(0, three.code(), three.err());
        assertTrue(one.out().contains("Panel: 64 series"), one.out());
        assertEquals(one.out(), three.out());
    }

    @Test
    void everyBacktestIsTheOneEachModelMakesOnItsOwn() {
        PanelSeries members = shippedPanel();
        RollingOrigin backtest = RollingOrigin.withDefaults();
        List<TrendFamily> families = BacktestCommand.levelFamilies();
        PanelBacktest panel = PanelBacktest.run(members, families, backtest, 2);
        TrendModel pooled = PooledDriftTrend.over(members.series());
        assertEquals(
                members.members().size(),
                panel.rows().size() + panel.skipped().size() - members.skipped().size());
        for (PanelBacktest.Row row : panel.rows()) {
            AnnualSeries s = row.series();
            for (int k = 0; k < families.size(); k++) {
                TrendFamily f = families.get(k);
                Evaluation alone = backtest.evaluate(s, f == TrendFamily.POOLED ? pooled : TrendModels.of(f));
                Evaluation shared = row.evaluation(f);
                assertEquals(alone.failures(), shared.failures(), row.key() + " " + f.key());
                assertEquals(alone.forecasts().size(), shared.forecasts().size(), row.key() + " " + f.key());
                for (int i = 0; i < alone.forecasts().size(); i++) {
                    Forecast a = alone.forecasts().get(i);
                    Forecast b = shared.forecasts().get(i);
                    String where = row.key() + " " + f.key() + " " + a.origin() + "+" + a.horizon();
                    assertEquals(Double.doubleToLongBits(a.forecast()), Double.doubleToLongBits(b.forecast()), where);
                    assertArrayEquals(a.lower(), b.lower(), where);
                    assertArrayEquals(a.upper(), b.upper(), where);
                }
            }
            assertEquals(AutoModel.create().fit(s).chosenFamily(), row.autoPick(), row.key());
        }
    }

    @Test
    void rejectsAThreadCountBelowOne() {
        Cli r = Cli.run("backtest", "--panel", "--threads", "0", "--data", Cli.DATA);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--threads"), r.err());
    }
}
