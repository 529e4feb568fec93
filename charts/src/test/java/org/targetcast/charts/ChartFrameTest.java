package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** One frame for every chart: the same copies, the typographic signs, the preset of toXChart(). */
class ChartFrameTest {
    @Test
    void titlesDrawComparisonsWithTypographicSigns() {
        FanChart fan = TestFan.chart().withFrame(f -> f.with(ChartFrame.Text.TITLE, "P(share >= 45% in 2029)")
                .with(ChartFrame.Text.SUBTITLE, "growth <= 5%"));
        assertEquals("P(share \u2265 45% in 2029)", fan.title());
        XYChart chart = fan.toXChart(ChartPreset.WEB);
        assertEquals("P(share \u2265 45% in 2029)", chart.getTitle());
        assertEquals("growth \u2264 5%", ((FramedXYChart) chart).frame().subtitle());
    }

    @Test
    void aFrameConfiguresEveryKindOfChartAlike() {
        ChartFrame frame = ChartFrame.of(Lang.EN, ChartPreset.PRINT)
                .with(ChartFrame.Text.TITLE, "T")
                .with(ChartFrame.Text.FOOTER, "F");
        for (FramedChart<?, ?> c : new FramedChart<?, ?>[] {
            TestFan.chart().withFrame(frame),
            TestShares.chart().withFrame(frame),
            TestSweeps.tornado().withFrame(frame),
            TestSweeps.map().withFrame(frame),
            TestComponents.histogram().withFrame(frame)
        }) {
            assertEquals("T", c.title());
            assertEquals("F", c.footer());
            XYChart chart = c.toXChart();
            assertEquals(ChartPreset.PRINT.canvas().width(), chart.getWidth(), c.toString());
        }
    }

    @Test
    void copiesChangeOnlyTheirOwnPart() {
        FanChart base = TestFan.chart();
        FanChart zh = base.withFrame(f -> f.withLang(Lang.ZH));
        assertEquals(Lang.EN, base.lang());
        assertEquals(Lang.ZH, zh.lang());
        assertEquals(base.subtitle(), zh.subtitle());
        assertEquals(base.data().bands(), zh.data().bands());
    }
}
