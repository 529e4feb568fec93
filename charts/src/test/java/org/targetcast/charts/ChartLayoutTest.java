package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.XYChart;

/**
 * Every chart kind, in every preset and both languages, fits its frame: measured as drawn
 * ({@link TextBounds}), no text (title, subtitle, axis titles, tick labels, legend entries, labels at the
 * ends of lines, source line, footer) is cut by the edge of the picture or runs into the outer half of
 * its padding, and no two texts overlap.
 */
class ChartLayoutTest {
    /** Overlap below this, points, is the anti-aliased edge of two glyphs that merely touch. */
    private static final double TOUCH = 0.5;

    /** Scenario names as long as the shipped scenarios' Chinese titles. */
    private static final List<String> ZH_SCENARIOS = List.of(
            "基准情景：按拟合趋势延续，剔除疫情年份",
            "数字贸易加速：2026年起每年增长10%",
            "近期增速：两部分保持2022–2025年的增速",
            "旅行反弹：其他服务贸易至2028年每年增长10%",
            "疫情前趋势：两部分均按2010–2019年趋势");

    /** A tornado whose assumption names are as long as the application's, which widen the y axis. */
    private static final List<SensitivityBar> LONG_NAMES = List.of(
            new SensitivityBar("Model choice (trend family)", "drift", 0.30, "log-linear", 0.43),
            new SensitivityBar("Other services trade growth a year", "4.3%", 0.30, "8.3%", 0.23),
            new SensitivityBar(
                    "Band calibration (panel or none)", "uncalibrated", 0.309, "calibrated on the panel", 0.344),
            new SensitivityBar("Data basis (MOFCOM or UNCTAD)", "MOFCOM basis", 0.344, "UNCTAD basis", 0.358));

    private static final Set<Integer> ESTIMATED = Set.of(2011, 2013, 2021);

    static Stream<Arguments> charts() {
        List<Arguments> all = new ArrayList<>();
        for (ChartPreset preset : ChartPreset.values()) {
            for (Lang lang : Lang.values()) {
                kinds(lang).forEach((name, draw) -> all.add(Arguments.of(name, preset, lang, draw)));
            }
        }
        return all.stream();
    }

    private static java.util.Map<String, Function<ChartPreset, XYChart>> kinds(Lang lang) {
        boolean zh = lang == Lang.ZH;
        String subtitle = zh ? "基准情景：按拟合趋势延续，剔除疫情年份" : "Baseline - fitted trends, pandemic years left out";
        Function<ChartFrame, ChartFrame> frame = f -> f.withLang(lang).with(ChartFrame.Text.SUBTITLE, subtitle);
        java.util.Map<String, Function<ChartPreset, XYChart>> kinds = new java.util.LinkedHashMap<>();
        kinds.put(
                "share",
                p -> estimated(TestShares.chart().withFrame(frame::apply).toXChart(p), lang, p));
        kinds.put("fan", p -> estimated(TestFan.chart().withFrame(frame::apply).toXChart(p), lang, p));
        kinds.put(
                "compare", p -> estimated(overlay(lang).withFrame(frame::apply).toXChart(p), lang, p));
        kinds.put("components", p -> TestComponents.components()
                .withTargetYears(List.of(2029, 2035))
                .withFrame(frame::apply)
                .toXChart(p));
        kinds.put("tornado", p -> (zh ? TestSweeps.tornadoZh() : TestSweeps.tornado())
                .withFrame(frame::apply)
                .toXChart(p));
        kinds.put(
                "tornado-long-names",
                p -> TornadoChart.of(LONG_NAMES, 0.344).withFrame(frame::apply).toXChart(p));
        kinds.put("map", p -> (zh ? TestSweeps.mapZh() : TestSweeps.map())
                .withFrame(frame::apply)
                .toXChart(p));
        kinds.put(
                "histogram",
                p -> TestComponents.histogram().withFrame(frame::apply).toXChart(p));
        kinds.put(
                "backtest",
                p -> TestComponents.backtest().withFrame(frame::apply).toXChart(p));
        kinds.put(
                "decomposition",
                p -> TestComponents.decompositionChart().withFrame(frame::apply).toXChart(p));
        kinds.put(
                "panel",
                p -> PanelSharesChartTest.chart().withFrame(frame::apply).toXChart(p));
        return kinds;
    }

    private static ScenarioOverlayChart overlay(Lang lang) {
        List<ScenarioPath> paths = new ArrayList<>();
        List<ScenarioPath> test = TestSweeps.scenarios();
        for (int i = 0; i < test.size(); i++) {
            ScenarioPath p = test.get(i);
            String name = lang == Lang.ZH ? ZH_SCENARIOS.get(i % ZH_SCENARIOS.size()) : p.name();
            paths.add(new ScenarioPath(name, p.projectedShare(), p.lower(), p.upper()));
        }
        return ScenarioOverlayChart.of(TestShares.HISTORY, paths).withTargets(TestShares.TARGETS);
    }

    /** Marks the estimated years as the application does: one more, long, legend entry. */
    private static XYChart estimated(XYChart chart, Lang lang, ChartPreset preset) {
        return EstimatedYears.mark(chart, TestShares.HISTORY, ESTIMATED, lang, preset);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("charts")
    void noTextIsCutByTheFrameAndNoTwoTextsOverlap(
            String kind, ChartPreset preset, Lang lang, Function<ChartPreset, XYChart> draw) {
        XYChart chart = draw.apply(preset);
        TextBounds.Drawn drawn = TextBounds.drawn(chart);
        List<TextBounds.Box> boxes = drawn.texts();
        // Everything is laid out inside the padding; a text may reach into its outer half, no further.
        double margin = preset.padding() / 2.0;
        Rectangle2D frame =
                new Rectangle2D.Double(margin, margin, chart.getWidth() - 2 * margin, chart.getHeight() - 2 * margin);
        List<String> problems = new ArrayList<>();
        for (TextBounds.Box b : boxes) {
            if (!frame.contains(b.box())) {
                problems.add("cut by the frame or in its margin: " + b);
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rectangle2D both =
                        boxes.get(i).box().createIntersection(boxes.get(j).box());
                if (both.getWidth() > TOUCH && both.getHeight() > TOUCH) {
                    problems.add("overlap: " + boxes.get(i) + " and " + boxes.get(j));
                }
            }
        }
        // The legend's box (its symbols and texts) is clear of every other text and inside the frame.
        boolean hasLegend = chart.getStyler().isLegendVisible()
                && chart.getSeriesMap().values().stream().anyMatch(x -> x.isShowInLegend());
        assertEquals(hasLegend, drawn.legend().isPresent(), "legend found where the chart has one");
        drawn.legend().ifPresent(legend -> {
            if (!frame.contains(legend)) {
                problems.add(String.format(
                        "legend cut by the frame or in its margin: [%.1f, %.1f – %.1f, %.1f]",
                        legend.getMinX(), legend.getMinY(), legend.getMaxX(), legend.getMaxY()));
            }
            for (TextBounds.Box b : boxes) {
                Rectangle2D both = legend.createIntersection(b.box());
                if (!drawn.legendEntries().contains(b) && both.getWidth() > TOUCH && both.getHeight() > TOUCH) {
                    problems.add("over the legend: " + b);
                }
            }
        });
        assertTrue(problems.isEmpty(), kind + " " + preset + " " + lang + ":\n  " + String.join("\n  ", problems));
    }
}
