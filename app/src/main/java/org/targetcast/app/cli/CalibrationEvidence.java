package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.targetcast.app.report.JumpText;
import org.targetcast.app.report.Table;
import org.targetcast.model.calibration.BandEvidence;
import org.targetcast.model.calibration.BlockBootstrap;
import org.targetcast.model.calibration.JumpComponent;
import org.targetcast.model.calibration.PanelJumps;
import org.targetcast.model.calibration.ScoredCheck;

/**
 * Prints and tabulates the evidence of {@code backtest --calibrate --panel}: for the bands as a run makes
 * them, the real-time calibration and the model's own bands, coverage at 50/80/95 % per horizon, the
 * one-sided miss rates, the mean interval score and the PIT histogram, each rate with its block-bootstrap
 * interval over origin years ({@link BandEvidence}); the rare events of each component ({@link PanelJumps});
 * and which economies' errors dominate.
 */
final class CalibrationEvidence {
    /** The header of the CSV. */
    static final String CSV_HEADER = "bands,measure,level,horizon,n,estimate,lower,upper,interval_level";

    private CalibrationEvidence() {}

    /**
     * @param out where to print
     * @param named each kind of band (e.g. "as run") with its evidence, in order
     * @param maxHorizon the last horizon
     */
    static void print(PrintWriter out, Map<String, BandEvidence> named, int maxHorizon) {
        BandEvidence first = named.values().iterator().next();
        BlockBootstrap b = first.bootstrap();
        int[] o = first.origins();
        out.printf(
                Locale.ROOT,
                "Evidence from the whole panel: %d checks from origins %s. Each rate with its %.0f%% interval from a"
                        + " moving-block bootstrap over origin years (blocks of %d consecutive origins, %,d replicates):"
                        + " checks from one origin, and from neighbouring ones, are not independent, so they are"
                        + " resampled together.%n",
                first.count(),
                o.length == 0 ? "none" : o[0] + "-" + o[1],
                100 * first.intervalLevel(),
                b.blockLength(),
                b.replicates());
        for (var e : named.entrySet()) {
            BandEvidence ev = e.getValue();
            out.println();
            out.println("Bands " + e.getKey() + ": coverage of the central bands (nominal 50 / 80 / 95%)");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"horizon", "n", "cover 50%", "cover 80%", "cover 95%"});
            for (int h = 1; h <= maxHorizon + 1; h++) {
                int horizon = h > maxHorizon ? 0 : h;
                if (ev.count(horizon) == 0) {
                    continue;
                }
                String[] row = new String[2 + BandEvidence.LEVELS.length];
                row[0] = horizon == 0 ? "pooled" : String.valueOf(horizon);
                row[1] = String.valueOf(ev.count(horizon));
                for (int i = 0; i < BandEvidence.LEVELS.length; i++) {
                    row[2 + i] = interval(ev.coverage(BandEvidence.LEVELS[i], horizon), true);
                }
                rows.add(row);
            }
            Table.print(rows, out);
            List<String[]> sides = new ArrayList<>();
            sides.add(new String[] {"band", "below (nominal)", "below", "above", "interval score (pp)"});
            for (double level : BandEvidence.LEVELS) {
                sides.add(new String[] {
                    pct(level),
                    pct((1 - level) / 2),
                    interval(ev.below(level), true),
                    interval(ev.above(level), true),
                    interval(ev.intervalScore(level), false)
                });
            }
            Table.print(sides, out);
            out.println("PIT deciles (counts; flat if calibrated): "
                    + Arrays.stream(ev.pitHistogram())
                            .mapToObj(c -> String.format(Locale.ROOT, "%3d", c))
                            .collect(Collectors.joining(" ")));
        }
        out.println();
        out.println("Interval score: the band's width plus 2/(1 - level) times the distance of a share outside it,"
                + " in percentage points of the share; lower is better (sharp bands that still cover).");
    }

    /**
     * Which economies' errors dominate: each economy's share of the sum of squared standardised errors of
     * the bands as run, with its misses of the 80 % band on each side; the largest first.
     *
     * @param out where to print
     * @param checks the checks of the bands as run
     * @param top how many economies to list
     */
    static void dominant(PrintWriter out, List<ScoredCheck> checks, int top) {
        Map<String, double[]> by = new LinkedHashMap<>();
        double total = 0;
        for (ScoredCheck c : checks) {
            double z = (c.actualLogRatio() - c.mean()) / c.scale();
            double[] a = by.computeIfAbsent(c.economy(), k -> new double[5]);
            a[0] += z * z;
            a[1]++;
            a[2] += c.below(0.8) ? 1 : 0;
            a[3] += c.above(0.8) ? 1 : 0;
            if (Math.abs(z) > Math.abs(a[4])) {
                a[4] = z;
            }
            total += z * z;
        }
        final double sum = total;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"economy", "n", "share of Σz²", "mean z²", "below 80%", "above 80%", "largest z"});
        by.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]))
                .limit(top)
                .forEach(e -> {
                    double[] a = e.getValue();
                    rows.add(new String[] {
                        e.getKey(),
                        String.valueOf((int) a[1]),
                        pct(a[0] / sum),
                        String.format(Locale.ROOT, "%.2f", a[0] / a[1]),
                        String.valueOf((int) a[2]),
                        String.valueOf((int) a[3]),
                        String.format(Locale.ROOT, "%+.2f", a[4])
                    });
                });
        out.printf(
                Locale.ROOT,
                "Which economies' errors dominate (bands as run; z = standardised error of ln(D/O); %d economies,"
                        + " the %d largest):%n",
                by.size(),
                Math.min(top, by.size()));
        Table.print(rows, out);
        out.println();
    }

    /**
     * The rare events of each component on the panel ({@link PanelJumps}), one line a component: the jump
     * frequency, the mean and sd of the jumps on the yearly log change (log points, a hundredth of a log
     * change), each with its interval, the ordinary volatility's median, and the years with most jumps.
     *
     * @param out where to print
     * @param j the jumps, or null (nothing printed)
     */
    static void jumps(PrintWriter out, PanelJumps j) {
        if (j == null) {
            return;
        }
        JumpComponent first = j.digital();
        out.printf(
                Locale.ROOT,
                "Rare events (jumps) in the panel, %s left out: %d economies, %d economy-years of yearly log changes;"
                        + " each economy its own ordinary drift and volatility, a year ordinary or ordinary plus a jump;"
                        + " %.0f%% intervals from %,d parametric bootstrap replicates over economies. Sizes in log points"
                        + " (a hundredth of a log change: -25 is a fall of 22%%).%n",
                j.leftOut().equals(PanelJumps.CHINA) ? "China" : j.leftOut(),
                first.economies(),
                first.economyYears(),
                100 * first.frequency().level(),
                first.replicates());
        for (JumpComponent c : List.of(j.other(), j.digital())) {
            out.printf(
                    Locale.ROOT,
                    "  %s: jumps in %s of economy-years, mean size %s, sd %s; ordinary volatility median %s a year;"
                            + " most in %s%n",
                    c.component().equals("other") ? "other services" : c.component(),
                    JumpText.frequency(c.frequency(), "-"),
                    JumpText.points(c.sizeMean(), ", "),
                    JumpText.points(c.sizeSd(), "-"),
                    JumpText.points(c.medianVolatility()),
                    JumpText.years(c, 3, ", "));
        }
        out.println("Jumps cluster in years (a common shock hits many economies at once): the intervals treat economies"
                + " as independent and do not count that. An estimate outside its interval means refits of panels"
                + " simulated from the fit find fewer jumps than were simulated: jumps that close to ordinary years are"
                + " weakly identified.");
        out.println();
    }

    /**
     * @param j the panel's jumps, or null
     * @return the CSV lines of the jumps (no header): per component ({@code jumps_digital}, {@code jumps_other}),
     *     {@code jump_frequency} (n = economy-years), {@code jump_size_mean} and {@code jump_size_sd} (on the
     *     yearly log change), each with its interval, and {@code ordinary_volatility_median} (n = economies);
     *     horizon 1 (a year)
     */
    static List<String> jumpsCsv(PanelJumps j) {
        List<String> lines = new ArrayList<>();
        if (j == null) {
            return lines;
        }
        for (JumpComponent c : j.components()) {
            String bands = "jumps_" + c.component();
            lines.add(line(bands, "jump_frequency", 1, c.economyYears(), c.frequency()));
            lines.add(line(bands, "jump_size_mean", 1, c.economyYears(), c.sizeMean()));
            lines.add(line(bands, "jump_size_sd", 1, c.economyYears(), c.sizeSd()));
            lines.add(String.format(
                    Locale.ROOT,
                    "%s,ordinary_volatility_median,,1,%d,%s,,,",
                    bands,
                    c.economies(),
                    num(c.medianVolatility())));
        }
        return lines;
    }

    private static String line(String bands, String measure, int h, int n, BlockBootstrap.Interval i) {
        return String.format(
                Locale.ROOT,
                "%s,%s,,%d,%d,%s,%s,%s,%s",
                bands,
                measure,
                h,
                n,
                num(i.estimate()),
                num(i.lower()),
                num(i.upper()),
                i.level());
    }

    /**
     * @param named each kind of band with its evidence
     * @param maxHorizon the last horizon
     * @return the CSV lines, header first
     */
    static List<String> csv(Map<String, BandEvidence> named, int maxHorizon) {
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        for (var e : named.entrySet()) {
            String bands = e.getKey().replace(' ', '_');
            BandEvidence ev = e.getValue();
            for (double level : BandEvidence.LEVELS) {
                for (int h = 0; h <= maxHorizon; h++) {
                    if (ev.count(h) > 0) {
                        lines.add(line(bands, "coverage", level, h, ev.count(h), ev.coverage(level, h)));
                    }
                }
                lines.add(line(bands, "below", level, 0, ev.count(), ev.below(level)));
                lines.add(line(bands, "above", level, 0, ev.count(), ev.above(level)));
                lines.add(line(bands, "interval_score_pp", level, 0, ev.count(), ev.intervalScore(level)));
            }
            int[] pit = ev.pitHistogram();
            for (int i = 0; i < pit.length; i++) {
                lines.add(String.format(Locale.ROOT, "%s,pit_bin_%d,,0,%d,%d,,,", bands, i + 1, ev.count(), pit[i]));
            }
        }
        return lines;
    }

    private static String line(String bands, String measure, double level, int h, int n, BlockBootstrap.Interval i) {
        return String.format(
                Locale.ROOT,
                "%s,%s,%s,%d,%d,%s,%s,%s,%s",
                bands,
                measure,
                level,
                h,
                n,
                num(i.estimate()),
                num(i.lower()),
                num(i.upper()),
                i.level());
    }

    private static String interval(BlockBootstrap.Interval i, boolean percent) {
        return org.targetcast.app.report.Formats.interval(i, percent);
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.12g", x);
    }
}
