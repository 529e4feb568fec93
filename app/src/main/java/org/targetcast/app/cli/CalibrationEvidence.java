package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.targetcast.app.report.JumpText;
import org.targetcast.app.report.Table;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.EconomyNames;
import org.targetcast.engine.text.Glossary;
import org.targetcast.model.calibration.BandEvidence;
import org.targetcast.model.calibration.BlockBootstrap;
import org.targetcast.model.calibration.JumpComponent;
import org.targetcast.model.calibration.PanelCalibration;
import org.targetcast.model.calibration.PanelJumps;
import org.targetcast.model.calibration.ScoredCheck;
import org.targetcast.model.calibration.ShareCalibrationResult;
import org.targetcast.model.calibration.ShareCheck;

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

    /** Header of {@code --checks}: one row per check. */
    static final String CHECKS_HEADER = "history,economy,origin,horizon,year,actual_share,actual_log_ratio,"
            + "model_mean,model_shock_variance,model_parameter_variance,model_df,"
            + "run_scale,run_df,run_pit,run_lower_80,run_upper_80,run_interval_score_80";

    private CalibrationEvidence() {}

    /**
     * @param out where to print
     * @param named each kind of band (e.g. "as run") with its evidence, in order
     * @param maxHorizon the last horizon
     */
    static void print(PrintWriter out, Map<String, BandEvidence> named, int maxHorizon, Lang lang) {
        String na = Glossary.term("backtest.na", lang);
        BandEvidence first = named.values().iterator().next();
        BlockBootstrap b = first.bootstrap();
        int[] o = first.origins();
        out.println(Glossary.term(
                "cal.evidence",
                lang,
                first.count(),
                o.length == 0 ? Glossary.term("backtest.none", lang) : o[0] + (lang == Lang.ZH ? "–" : "-") + o[1],
                100 * first.intervalLevel(),
                b.blockLength(),
                b.replicates()));
        for (var e : named.entrySet()) {
            BandEvidence ev = e.getValue();
            out.println();
            out.println(Glossary.term("cal.bands", lang, Glossary.term("cal.bands." + e.getKey(), lang)));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {
                Glossary.term("cal.horizon", lang),
                Glossary.term("cal.n", lang),
                Glossary.term("backtest.cover", lang, "50%"),
                Glossary.term("backtest.cover", lang, "80%"),
                Glossary.term("backtest.cover", lang, "95%")
            });
            for (int h = 1; h <= maxHorizon + 1; h++) {
                int horizon = h > maxHorizon ? 0 : h;
                if (ev.count(horizon) == 0) {
                    continue;
                }
                String[] row = new String[2 + BandEvidence.LEVELS.length];
                row[0] = horizon == 0 ? Glossary.term("cal.pooled", lang) : String.valueOf(horizon);
                row[1] = String.valueOf(ev.count(horizon));
                for (int i = 0; i < BandEvidence.LEVELS.length; i++) {
                    row[2 + i] = interval(ev.coverage(BandEvidence.LEVELS[i], horizon), true, na);
                }
                rows.add(row);
            }
            Table.print(rows, out);
            List<String[]> sides = new ArrayList<>();
            sides.add(new String[] {
                Glossary.term("evidence.band", lang),
                Glossary.term("cal.below.nominal", lang),
                Glossary.term("cal.below.word", lang),
                Glossary.term("cal.above.word", lang),
                Glossary.term("evidence.score", lang)
            });
            for (double level : BandEvidence.LEVELS) {
                sides.add(new String[] {
                    pct(level),
                    pct((1 - level) / 2),
                    interval(ev.below(level), true, na),
                    interval(ev.above(level), true, na),
                    interval(ev.intervalScore(level), false, na)
                });
            }
            Table.print(sides, out);
            out.println(Glossary.term("cal.pit", lang)
                    + Arrays.stream(ev.pitHistogram())
                            .mapToObj(c -> String.format(Locale.ROOT, "%3d", c))
                            .collect(Collectors.joining(" ")));
        }
        out.println();
        out.println(Glossary.term("evidence.score.note", lang));
    }

    /**
     * Which economies' errors dominate: each economy's share of the sum of squared standardised errors of
     * the bands as run, with its misses of the 80 % band on each side; the largest first.
     *
     * @param out where to print
     * @param checks the checks of the bands as run
     * @param top how many economies to list
     */
    static void dominant(PrintWriter out, List<ScoredCheck> checks, int top, Lang lang) {
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
        rows.add(new String[] {
            Glossary.term("cal.economy", lang),
            Glossary.term("cal.n", lang),
            Glossary.term("cal.share.z2", lang),
            Glossary.term("cal.mean.z2", lang),
            Glossary.term("cal.below", lang, "80%"),
            Glossary.term("cal.above", lang, "80%"),
            Glossary.term("cal.largest.z", lang)
        });
        by.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]))
                .limit(top)
                .forEach(e -> {
                    double[] a = e.getValue();
                    rows.add(new String[] {
                        economy(e.getKey(), lang),
                        String.valueOf((int) a[1]),
                        pct(a[0] / sum),
                        String.format(Locale.ROOT, "%.2f", a[0] / a[1]),
                        String.valueOf((int) a[2]),
                        String.valueOf((int) a[3]),
                        String.format(Locale.ROOT, "%+.2f", a[4])
                    });
                });
        out.println(Glossary.term("cal.dominant", lang, by.size(), Math.min(top, by.size())));
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
     * @param lang the language
     */
    static void jumps(PrintWriter out, PanelJumps j, Lang lang) {
        if (j == null) {
            return;
        }
        boolean zh = lang == Lang.ZH;
        String dash = "–";
        JumpComponent first = j.digital();
        out.println(Glossary.term("evidence.jumps", lang)
                + (zh ? "。" : ". ")
                + String.format(
                        Locale.ROOT,
                        Glossary.term("evidence.jumps.intro", lang),
                        first.economies(),
                        first.economyYears(),
                        100 * first.frequency().level(),
                        first.replicates()));
        for (JumpComponent c : List.of(j.other(), j.digital())) {
            String name = Glossary.term(c.component().equals("other") ? "evidence.other" : "evidence.digital", lang);
            out.println("  " + name + (zh ? "：" : ": ")
                    + String.join(
                            zh ? "；" : "; ",
                            Glossary.term("evidence.jump.frequency", lang) + " "
                                    + JumpText.frequency(c.frequency(), dash),
                            Glossary.term("evidence.jump.mean", lang) + " "
                                    + JumpText.points(c.sizeMean(), zh ? "，" : ", "),
                            Glossary.term("evidence.jump.sd", lang) + " " + JumpText.points(c.sizeSd(), dash),
                            Glossary.term("evidence.ordinary", lang) + " " + JumpText.points(c.medianVolatility()),
                            Glossary.term("evidence.jump.years", lang) + " " + JumpText.years(c, 3, zh ? "，" : ", ")));
        }
        out.println(Glossary.term("evidence.jumps.note", lang));
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

    /**
     * Every check behind the evidence, for an analysis of its own: the outcome, the model's predictive of
     * ln(D/O) before any calibration (its mean, the shock and parameter parts of its variance, its degrees of
     * freedom) and the predictive as a run makes it (around the same mean: the other economies' errors at the
     * check's horizon, or a calibrated scale and degrees of freedom), with that predictive's PIT, 80 % share band
     * and interval score.
     *
     * @param histories each history's checks as run and, where the template calibrates on the panel, its
     *     model's own
     * @param asRun the same checks, in the same order, scored as a run makes the bands
     *     ({@link org.targetcast.model.calibration.PanelEvidence#of})
     * @return the CSV lines, {@link #CHECKS_HEADER} first
     */
    static List<String> checksCsv(List<HistoryCalibration> histories, List<ScoredCheck> asRun) {
        List<String> lines = new ArrayList<>();
        lines.add(CHECKS_HEADER);
        int next = 0;
        for (HistoryCalibration hc : histories) {
            ShareCalibrationResult run = hc.calibrated();
            ShareCalibrationResult own = hc.raw() == null ? run : hc.raw();
            String economy = PanelCalibration.economy(run.name());
            Map<String, ShareCheck> model = new HashMap<>();
            own.checks().forEach(c -> model.put(c.origin() + "/" + c.horizon(), c));
            for (ShareCheck c : run.checks()) {
                ScoredCheck s = asRun.get(next++);
                if (s.origin() != c.origin()
                        || s.horizon() != c.horizon()
                        || !s.economy().equals(economy)) {
                    throw new IllegalStateException("the checks as run are not in the order of the histories");
                }
                ShareCheck m = model.get(c.origin() + "/" + c.horizon());
                if (m == null) {
                    continue;
                }
                lines.add(String.join(
                        ",",
                        org.targetcast.app.report.Formats.csvText(run.name()),
                        org.targetcast.app.report.Formats.csvText(economy),
                        Integer.toString(c.origin()),
                        Integer.toString(c.horizon()),
                        Integer.toString(c.year()),
                        num(c.actualShare()),
                        num(c.actualLogRatio()),
                        num(m.meanLogRatio()),
                        num(m.shockVariance()),
                        num(m.parameterVariance()),
                        num(m.df()),
                        num(s.scale()),
                        num(s.df()),
                        num(s.pit()),
                        num(s.shareQuantile(0.1)),
                        num(s.shareQuantile(0.9)),
                        num(s.intervalScore(0.8))));
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

    private static String interval(BlockBootstrap.Interval i, boolean percent, String na) {
        return Double.isNaN(i.estimate()) ? na : org.targetcast.app.report.Formats.interval(i, percent);
    }

    /** @return an economy of the panel as the calibration keys it ({@code china}, {@code united states}): 中国, 美国 */
    private static String economy(String economy, Lang lang) {
        return EconomyNames.economy(economy, lang);
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.12g", x);
    }
}
