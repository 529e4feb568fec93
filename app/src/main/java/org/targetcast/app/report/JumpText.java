package org.targetcast.app.report;

import java.util.Locale;
import java.util.stream.Collectors;
import org.targetcast.model.calibration.BlockBootstrap;
import org.targetcast.model.calibration.JumpComponent;

/**
 * The notation of the panel's jumps ({@link JumpComponent}), shared by {@code backtest --calibrate --panel}
 * and the report: a frequency in whole percent ({@code 7% [4–10]}; one decimal below 1 %), a size on the
 * yearly log change in log points, a hundredth of a log change ({@code -25 [-32–-18]}), the years with most
 * jumps with their expected number ({@code 2020 (53), 2022 (34)}).
 */
public final class JumpText {
    private JumpText() {}

    /**
     * @param i a frequency with its interval
     * @param dash the range's dash: {@code -} in the terminal, an en dash in the report
     * @return e.g. {@code 7% [4-10]}
     */
    public static String frequency(BlockBootstrap.Interval i, String dash) {
        return percent(i.estimate()) + " [" + number(100 * i.lower(), i) + dash + number(100 * i.upper(), i) + "]";
    }

    /**
     * @param i a size with its interval, on the log change
     * @param dash the range's dash
     * @return e.g. {@code -25 [-32–-18]} (log points)
     */
    public static String points(BlockBootstrap.Interval i, String dash) {
        return String.format(
                Locale.ROOT, "%.0f [%.0f%s%.0f]", 100 * i.estimate(), 100 * i.lower(), dash, 100 * i.upper());
    }

    /**
     * @param x a log change
     * @return it in log points, e.g. {@code 11}
     */
    public static String points(double x) {
        return String.format(Locale.ROOT, "%.0f", 100 * x);
    }

    /**
     * @param c a component's jumps
     * @param n how many years
     * @param separator between years
     * @return the n years with most expected jumps, e.g. {@code 2020 (53), 2022 (34)}
     */
    public static String years(JumpComponent c, int n, String separator) {
        return c.busiestYears(n).stream()
                .map(e -> String.format(Locale.ROOT, "%d (%.0f)", e.getKey(), e.getValue()))
                .collect(Collectors.joining(separator));
    }

    /** @return the estimate in whole percent, or with one decimal below 1 % */
    private static String percent(double x) {
        return x < 0.01 ? String.format(Locale.ROOT, "%.1f%%", 100 * x) : String.format(Locale.ROOT, "%.0f%%", 100 * x);
    }

    /** @return an interval end in whole percent, or with one decimal where the estimate is below 1 % */
    private static String number(double pct, BlockBootstrap.Interval i) {
        return i.estimate() < 0.01 ? String.format(Locale.ROOT, "%.1f", pct) : String.format(Locale.ROOT, "%.0f", pct);
    }
}
