package org.targetcast.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of {@link ChineseTypography} catch each regression they guard, and pass what is right. */
class ChineseTypographyTest {
    private static int offences(String text) {
        return ChineseTypography.offences("t", text).size();
    }

    @Test
    void catchesAsciiBracketsAroundChineseButNotFormulasNorLatin() {
        assertEquals(1, offences("差距(百分点)"));
        assertEquals(1, offences("39% (模型区间30–43%)"));
        assertEquals(0, offences("差距（百分点）"));
        assertEquals(0, offences("34% (30–43%)"));
        assertEquals(0, offences("疫情前趋势 (pre-2020-trend)"));
        assertEquals(0, offences("P(2029年当年占比 ≥ 45%)"));
        assertEquals(0, offences("ln(数字/其他) 标准差；区间距离的2/(1-水平)倍"));
    }

    @Test
    void catchesEmDashesHyphensAndFigureDashesInRanges() {
        for (String wrong : List.of("2020—2022年", "设定范围（10%—90%）", "79.5% [73-93]", "起点2017-2024", "2010\u20122019")) {
            assertEquals(1, offences(wrong), wrong);
        }
        for (String right :
                List.of("2020–2022年", "设定范围（10%–90%）", "79.5% [73–93]", "运行时间：2026-12-06 04:37", "39.1%  -5.9")) {
            assertEquals(0, offences(right), right);
        }
    }

    @Test
    void catchesATermOrABracketSplitAcrossLines() {
        assertEquals(1, offences("目标 中心路径 差距（百\n分点）"));
        assertEquals(1, offences("数字贸易加速（\ndigital-push）"));
        assertEquals(1, offences("区间评分\n（百分点）\n）"));
        assertEquals(0, offences("目标 中心路径 差距\n（百分点）"));
    }
}
