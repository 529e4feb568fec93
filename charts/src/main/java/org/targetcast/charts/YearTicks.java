package org.targetcast.charts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;
import java.util.function.Function;
import org.knowm.xchart.style.XYStyler;

/**
 * The years a time axis labels: every target year, and between them years at a regular step of 1, 2, 5,
 * 10, 20 … years, the smallest that keeps two neighbouring labels at least {@value #SPACING} label widths
 * apart (centre to centre). A regular year closer than that to a target year is left out, so 2030 gives
 * way to 2029: on 2010–2035 with targets 2029 and 2035 the axis reads 2010, 2015, 2020, 2025, 2029, 2035.
 *
 * <p>XChart is made to place a tick at every year (its own step of 2 or 5 years skips 2029 and 2035): at
 * every year of an axis whose data are whole, evenly spaced years, and otherwise at the step its tick
 * spacing hint gives, set under a year's width. Years not chosen, and positions between years, are
 * labelled blank ({@link ChartStyle#blanksAllowed}). The
 * space between years is not known before XChart lays the chart out, so it is taken from the share of
 * the chart's width a plot gets: {@value #PLOT_SHARE_LEGEND_RIGHT} beside a legend at the right,
 * {@value #PLOT_SHARE} otherwise, both below what the presets give, so the labels err towards fewer.
 * Not API.
 */
final class YearTicks {
    /** Least distance between the centres of two year labels, in label widths. */
    static final double SPACING = 1.6;
    /** Share of the chart's width taken by the plot when the legend is below it. */
    static final double PLOT_SHARE = 0.78;
    /** Share of the chart's width taken by the plot when the legend is at its right. */
    static final double PLOT_SHARE_LEGEND_RIGHT = 0.5;

    /** XChart's tick spacing hint as a share of the space estimated for a year. */
    private static final double HINT_SHARE = 0.8;

    private static final int[] MULTIPLES = {1, 2, 5};

    private YearTicks() {}

    /**
     * @param first first year labelled
     * @param last last year labelled
     * @param targets target years, labelled whenever they lie in [first, last]
     * @param pointsPerYear the space between two years on the axis, points
     * @param labelWidth width of a year's label, points
     * @return the years labelled, in increasing order: the targets and the regular years that keep their
     *     distance from every target
     */
    static int[] labelled(int first, int last, Collection<Integer> targets, double pointsPerYear, double labelWidth) {
        double minYears = SPACING * labelWidth / pointsPerYear;
        int step = step(minYears);
        TreeSet<Integer> years = new TreeSet<>();
        for (int t : targets) {
            if (t >= first && t <= last) {
                years.add(t);
            }
        }
        TreeSet<Integer> kept = new TreeSet<>(years);
        for (int y = Math.floorDiv(first + step - 1, step) * step; y <= last; y += step) {
            int year = y;
            if (years.stream().noneMatch(t -> t != year && Math.abs(t - year) < minYears)) {
                kept.add(year);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * @param minYears the least number of years between two labels
     * @return the smallest of 1, 2 or 5 times a power of ten at least {@code minYears}; 1 below that
     */
    static int step(double minYears) {
        for (int magnitude = 1; ; magnitude *= 10) {
            for (int m : MULTIPLES) {
                if (m * magnitude >= minYears - 1e-9) {
                    return m * magnitude;
                }
            }
        }
    }

    /**
     * Labels the years of an axis from {@code first} to {@code last}, the axis itself running to
     * {@code axisMax} (room at the right for labels at the ends of lines).
     *
     * @param s the chart's styler, whose tick font and legend position are read
     * @param preset the preset the chart is laid out for
     * @param first first year labelled, the axis's minimum
     * @param last last year labelled
     * @param axisMax the axis's maximum, at least {@code last}
     * @param targets target years
     */
    static void apply(
            XYStyler s, ChartPreset preset, int first, int last, double axisMax, Collection<Integer> targets) {
        double share = s.getLegendPosition() == org.knowm.xchart.style.Styler.LegendPosition.OutsideE
                ? PLOT_SHARE_LEGEND_RIGHT
                : PLOT_SHARE;
        double pointsPerYear = preset.canvas().width() * share / Math.max(1, axisMax - first);
        Font font = s.getAxisTickLabelsFont();
        double labelWidth = font.getStringBounds(Integer.toString(last), new FontRenderContext(null, true, true))
                .getWidth();
        int[] years = labelled(first, last, targets, pointsPerYear, labelWidth);
        s.setxAxisTickLabelsFormattingFunction(formatter(years));
        // XChart's own step, from this hint, must be a year or a fraction of one, so that every year labelled
        // gets a tick: the hint is under the space estimated for a year.
        s.setXAxisTickMarkSpacingHint((int) Math.max(1, Math.floor(pointsPerYear * HINT_SHARE)));
    }

    /**
     * @param years the years labelled, increasing
     * @return tick labels: a labelled year as itself, any other position blank
     */
    static Function<Double, String> formatter(int[] years) {
        int[] sorted = years.clone();
        return ChartStyle.blanksAllowed(v -> {
            double r = Math.rint(v);
            return Math.abs(v - r) < 1e-9 && Arrays.binarySearch(sorted, (int) r) >= 0
                    ? Integer.toString((int) r)
                    : null;
        });
    }
}
