package org.targetcast.app.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.targetcast.charts.Lang;

/**
 * Chinese lines break between words, never inside a bracket group or a term: the report's header "差距（百分点）"
 * came out as "差距（百 / 分点）" in a narrow column, and "数字贸易加速（ / digital-push）" left an opening
 * bracket at a line's end.
 */
class ChineseLineBreakTest {
    private static final float SIZE = 8.5f;

    @Test
    void aShortBracketGroupAndATermAreOneTokenAndBracketsStayWithWhatTheyHold() {
        assertEquals(List.of("差", "距", "（百分点）"), Table.tokens("差距（百分点）"));
        assertEquals(List.of("精", "确", "到", "0.01", "个", "百分点", "的"), Table.tokens("精确到0.01个百分点的"));
        List<String> scenario = Table.tokens("数字贸易加速（digital-push）");
        assertEquals("（digital-push）", scenario.get(scenario.size() - 1));
        // a long group breaks inside, but its opening bracket stays with the character after it
        List<String> group = Table.tokens("（按拟合趋势延续，剔除疫情年份的影响）");
        assertEquals("（按", group.get(0));
        assertEquals(
                "）",
                group.get(group.size() - 1)
                        .substring(group.get(group.size() - 1).length() - 1));
        assertEquals(List.of("alpha", " beta"), Table.tokens("alpha beta"), "Latin words as before");
    }

    @Test
    void aNarrowPdfCellNeverSplitsATermOrLeavesABracketAtALineEnd() throws IOException {
        try (PDDocument doc = new PDDocument();
                PdfFonts fonts = PdfFonts.load(doc, Lang.ZH)) {
            for (String header : List.of("差距（百分点）", "区间评分（百分点）", "数字贸易加速（digital-push）")) {
                float group = PdfReport.width(header.substring(header.indexOf('（')), fonts.bold(), SIZE);
                for (float max = group; max < group * 3; max += group / 4) {
                    List<String> lines = PdfReport.wrap(header, fonts.bold(), SIZE, max);
                    assertEquals(header, String.join("", lines));
                    for (String line : lines) {
                        assertFalse(line.endsWith("（") || line.endsWith("百"), max + ": " + lines);
                        assertFalse(line.startsWith("）") || line.startsWith("分点"), max + ": " + lines);
                    }
                }
            }
        }
    }

    @Test
    void aColumnIsNeverNarrowerThanItsWidestUnbreakablePiece() {
        float[] natural = {60, 400, 200, 90};
        float[] least = {30, 50, 40, 80};
        float[] w = PdfReport.columnWidths(natural, least, 400);
        float sum = 0;
        for (int c = 0; c < w.length; c++) {
            assertTrue(w[c] >= least[c] - 1e-3, c + ": " + w[c]);
            sum += w[c];
        }
        assertEquals(400, sum, 1e-2, "the page's width, no more");
        assertArrayEquals(
                new float[] {40, 300, 60},
                PdfReport.columnWidths(new float[] {40, 300, 60}, new float[] {10, 20, 30}, 400),
                "columns that fit keep their width");
    }
}
