package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class YearTicksTest {

    @Test
    void labelsTheTargetYearsAndDropsRegularYearsTooCloseToThem() {
        // labels 20 points wide, 1.6 widths apart: 10 points a year give a step of 5 (3.2 years at least),
        // 30 points a step of 2 (1.07 years at least)
        assertArrayEquals(
                new int[] {2010, 2015, 2020, 2025, 2029, 2035},
                YearTicks.labelled(2010, 2035, List.of(2029, 2035), 10, 20),
                "a step of 5: 2030 gives way to 2029");
        assertArrayEquals(
                new int[] {2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026, 2029, 2032, 2035},
                YearTicks.labelled(2010, 2035, List.of(2029, 2035), 30, 20),
                "a step of 2: 2028 and 2030 give way to 2029, 2034 to 2035");
    }

    @Test
    void ignoresTargetsOutsideTheYearsLabelled() {
        assertArrayEquals(new int[] {2010, 2015, 2020, 2025}, YearTicks.labelled(2010, 2025, List.of(2029), 10, 20));
    }

    @Test
    void stepIsTheSmallestOneTwoFiveMultipleAtLeastTheLeastDistance() {
        assertEquals(1, YearTicks.step(0.3));
        assertEquals(2, YearTicks.step(1.2));
        assertEquals(5, YearTicks.step(2.5));
        assertEquals(10, YearTicks.step(5.1));
        assertEquals(20, YearTicks.step(11));
    }

    /** The years XChart labels after laying the chart out, blanks left out. */
    static List<String> yearsLabelled(XYChart chart, double from, double to) {
        Function<Double, String> f = chart.getStyler().getxAxisTickLabelsFormattingFunction();
        List<String> labels = new ArrayList<>();
        for (int y = (int) from; y <= to; y++) {
            String label = f.apply((double) y);
            if (!label.replace("\u200B", "").isEmpty()) {
                labels.add(label);
            }
        }
        return labels;
    }

    @Test
    void everyTimeAxisChartLabelsTheTargetYearsInEveryPreset() {
        for (ChartPreset preset : ChartPreset.values()) {
            List<XYChart> charts = List.of(
                    TestShares.chart().toXChart(preset),
                    TestFan.chart().toXChart(preset),
                    TestSweeps.overlay().toXChart(preset),
                    TestComponents.components()
                            .withTargetYears(List.of(2029, 2035))
                            .toXChart(preset));
            for (XYChart chart : charts) {
                List<String> years = yearsLabelled(chart, 2005, 2045);
                assertTrue(
                        years.contains("2029") && years.contains("2035"),
                        preset + " " + chart.getTitle() + ": " + years);
            }
        }
    }
}
