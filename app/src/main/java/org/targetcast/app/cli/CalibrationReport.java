package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.targetcast.app.report.Table;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.EconomyNames;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.text.ModelText;
import org.targetcast.model.calibration.PanelCalibration;
import org.targetcast.model.calibration.RealTimeCalibration;
import org.targetcast.model.calibration.RefusedHistory;
import org.targetcast.model.calibration.ShareCalibration;
import org.targetcast.model.calibration.ShareCalibrationResult;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;

/** Prints what {@code backtest --calibrate} found: coverage before and after the variance correction. */
final class CalibrationReport {
    private static final double[] LEVELS = {0.80, 0.95};

    private CalibrationReport() {}

    static void header(
            PrintWriter out,
            String what,
            String scenarioFile,
            Scenario template,
            ShareCalibration calibration,
            Lang lang) {
        out.println(Glossary.term(
                "cal.header",
                lang,
                what,
                scenarioFile,
                describe(template.digital(), lang),
                describe(template.other(), lang)));
        out.println(Glossary.term(
                "cal.method",
                lang,
                calibration.minimumTraining(),
                calibration.minimumFitPoints(),
                calibration.maxHorizon()));
        out.println();
    }

    /**
     * @param history a history of the data, or a pooled result's name
     * @param lang the language
     * @return its name: the id in English, the Chinese name of the economy or 面板（合计） in Chinese
     */
    static String name(String history, Lang lang) {
        if (history.equals("panel (pooled)")) {
            return Glossary.term("cal.panel.pooled", lang);
        }
        if (history.equals("pooled")) {
            return Glossary.term("cal.pooled", lang);
        }
        return history.equals("china@unctad") && lang == Lang.ZH
                ? Glossary.term("panel.china.unctad", lang)
                : EconomyNames.history(history, lang);
    }

    /**
     * Who is in the panel: how many economies besides China, and every history refused with its reason.
     *
     * @param keys the histories of the panel (China on its basis and every UNCTAD economy kept)
     * @param refused the histories refused, with their reasons
     */
    static void panelMembers(PrintWriter out, List<String> keys, List<RefusedHistory> refused, Lang lang) {
        long others = keys.stream()
                .map(PanelCalibration::economy)
                .filter(e -> !e.equals("china"))
                .distinct()
                .count();
        out.println(Glossary.term(
                "cal.members",
                lang,
                keys.size(),
                others,
                refused.isEmpty() ? Glossary.term("cal.refused.none", lang) : ""));
        for (RefusedHistory r : refused) {
            out.println("  " + name(r.history(), lang) + (lang == Lang.ZH ? "：" : ": ") + Glossary.refusal(r, lang));
        }
        out.println();
    }

    /**
     * The histories refused from the panel, each with its reason, or a line saying none was; for
     * {@code backtest --panel}, whose series are the panel's.
     *
     * @param refused the histories refused, with their reasons
     */
    static void refusals(PrintWriter out, List<RefusedHistory> refused, Lang lang) {
        out.println(
                refused.isEmpty()
                        ? Glossary.term("panel.refused.none", lang)
                        : Glossary.term("panel.refused", lang, refused.size()));
        for (RefusedHistory r : refused) {
            out.println("  " + EconomyNames.history(r.history(), lang) + (lang == Lang.ZH ? "：" : ": ")
                    + Glossary.refusal(r, lang));
        }
        out.println();
    }

    /**
     * The template's panel calibration as each history gets it in a run: the errors of every other economy,
     * and the coverage without and with them.
     */
    static void panelCalibration(PrintWriter out, List<HistoryCalibration> checks, Lang lang) {
        String na = Glossary.term("backtest.na", lang);
        out.println(Glossary.term("cal.panel.intro", lang));
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            Glossary.term("cal.history", lang),
            Glossary.term("cal.others", lang),
            Glossary.term("backtest.cover", lang, "80%"),
            Glossary.term("backtest.cover", lang, "95%"),
            Glossary.term("cal.uncalibrated", lang, "80%"),
            Glossary.term("cal.uncalibrated", lang, "95%")
        });
        for (HistoryCalibration check : checks) {
            ShareCalibrationResult r = check.calibrated();
            ShareCalibrationResult u = check.raw();
            ErrorCalibration c = check.fitted();
            rows.add(new String[] {
                name(r.name(), lang),
                String.valueOf(c.checks()),
                pct(r.coverage(0.8, 1), na),
                pct(r.coverage(0.95, 1), na),
                pct(u.coverage(0.8, 1), na),
                pct(u.coverage(0.95, 1), na)
            });
        }
        List<ShareCalibrationResult> results =
                checks.stream().map(HistoryCalibration::calibrated).toList();
        List<ShareCalibrationResult> raw =
                checks.stream().map(HistoryCalibration::raw).toList();
        if (results.size() > 1) {
            ShareCalibrationResult pooled = ShareCalibrationResult.pool("pooled", results);
            ShareCalibrationResult pooledRaw = ShareCalibrationResult.pool("pooled", raw);
            rows.add(new String[] {
                Glossary.term("cal.pooled", lang),
                "",
                pct(pooled.coverage(0.8, 1), na),
                pct(pooled.coverage(0.95, 1), na),
                pct(pooledRaw.coverage(0.8, 1), na),
                pct(pooledRaw.coverage(0.95, 1), na)
            });
        }
        Table.print(rows, out);
        if (results.size() > 1) {
            double[] realTime = RealTimeCalibration.coverage(raw, PanelCalibration::economy, 0.8, 0.95);
            out.println(Glossary.term("cal.realtime", lang, pct(realTime[0], na), pct(realTime[1], na)));
        }
        out.println();
    }

    static void perSeries(PrintWriter out, List<ShareCalibrationResult> results, Lang lang) {
        String na = Glossary.term("backtest.na", lang);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            Glossary.term("cal.history", lang),
            Glossary.term("cal.origins", lang),
            Glossary.term("cal.n", lang),
            Glossary.term("backtest.cover", lang, "80%"),
            Glossary.term("backtest.cover", lang, "95%"),
            Glossary.term("cal.mean.z2", lang)
        });
        for (ShareCalibrationResult r : results) {
            rows.add(new String[] {
                name(r.name(), lang),
                origins(r, lang),
                String.valueOf(r.count()),
                pct(r.coverage(0.8, 1), na),
                pct(r.coverage(0.95, 1), na),
                num(r.meanSquaredZ(), na)
            });
        }
        Table.print(rows, out);
        out.println();
    }

    static void sensitivity(PrintWriter out, ShareCalibrationResult r, Scenario template, Lang lang) {
        String na = Glossary.term("backtest.na", lang);
        String sep = Glossary.term("list.separator", lang);
        TreeSet<Integer> years = new TreeSet<>(template.digital().fit().excluded());
        years.addAll(template.other().fit().excluded());
        if (years.isEmpty() || r.count() == 0) {
            return;
        }
        ShareCalibrationResult into = r.forecastingInto(years, true);
        ShareCalibrationResult rest = r.forecastingInto(years, false);
        if (into.count() > 0) {
            out.println(Glossary.term(
                    "cal.split",
                    lang,
                    into.count(),
                    years.first(),
                    years.stream().map(String::valueOf).collect(Collectors.joining(sep)),
                    pct(into.coverage(0.8, 1), na),
                    pct(into.coverage(0.95, 1), na),
                    rest.count(),
                    pct(rest.coverage(0.8, 1), na),
                    pct(rest.coverage(0.95, 1), na)));
        }
        ShareCalibrationResult calm = r.withoutSpanning(years);
        String span = years.stream().map(String::valueOf).collect(Collectors.joining(sep));
        if (calm.count() == 0) {
            out.println(Glossary.term("cal.spans.all", lang, span));
            return;
        }
        out.println(Glossary.term(
                "cal.spans.calm",
                lang,
                calm.count(),
                span,
                pct(calm.coverage(0.8, 1), na),
                pct(calm.coverage(0.95, 1), na),
                calm.meanSquaredZ()));
    }

    static void summary(PrintWriter out, ShareCalibrationResult r, int maxHorizon, Lang lang) {
        String na = Glossary.term("backtest.na", lang);
        if (r.count() == 0) {
            out.println(Glossary.term("cal.none.scored", lang, String.join("; ", r.skipped())));
            return;
        }
        out.println(Glossary.term("cal.checks", lang, name(r.name(), lang), r.count(), origins(r, lang)));
        if (!r.skipped().isEmpty()) {
            out.println(Glossary.term(
                    "cal.skipped", lang, skipped(r.skipped()), r.skipped().size()));
        }
        out.println();
        double k = r.varianceScale();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            Glossary.term("cal.horizon", lang),
            Glossary.term("cal.n", lang),
            Glossary.term("backtest.cover", lang, "80%"),
            Glossary.term("backtest.cover", lang, "95%"),
            Glossary.term("cal.cover.k", lang, "80%"),
            Glossary.term("cal.cover.k", lang, "95%")
        });
        int[] n = r.countByHorizon(maxHorizon);
        double[][] c = new double[4][];
        for (int i = 0; i < LEVELS.length; i++) {
            c[i] = r.coverageByHorizon(LEVELS[i], 1, maxHorizon);
            c[i + 2] = r.coverageByHorizon(LEVELS[i], k, maxHorizon);
        }
        for (int h = 1; h <= maxHorizon; h++) {
            if (n[h - 1] > 0) {
                rows.add(new String[] {
                    String.valueOf(h),
                    String.valueOf(n[h - 1]),
                    pct(c[0][h - 1], na),
                    pct(c[1][h - 1], na),
                    pct(c[2][h - 1], na),
                    pct(c[3][h - 1], na)
                });
            }
        }
        rows.add(new String[] {
            Glossary.term("cal.pooled", lang),
            String.valueOf(r.count()),
            pct(r.coverage(0.8, 1), na),
            pct(r.coverage(0.95, 1), na),
            pct(r.coverage(0.8, k), na),
            pct(r.coverage(0.95, k), na)
        });
        Table.print(rows, out);
        out.println();
        String pit = Glossary.term("cal.pit", lang);
        String withK = Glossary.term("cal.pit.k", lang);
        // the second row's numbers under the first's: "with k:" indented as in English, padded to the same width
        String indent = lang == Lang.ZH ? "" : "              ";
        out.println(pit + histogram(r.pitHistogram(1)));
        out.println(indent
                + withK
                + " ".repeat(Math.max(1, Table.displayWidth(pit) - Table.displayWidth(indent + withK)))
                + histogram(r.pitHistogram(k)));
        out.println(Glossary.term("cal.z2", lang, r.meanSquaredZ(), k, Math.sqrt(k)));
        var loo = r.leaveOneOriginOutScales().values().stream()
                .mapToDouble(Double::doubleValue)
                .summaryStatistics();
        out.println(Glossary.term(
                "cal.coverage",
                lang,
                pct(r.coverage(0.8, 1), na),
                pct(r.coverage(0.95, 1), na),
                pct(r.coverage(0.8, k), na),
                pct(r.coverage(0.95, k), na),
                pct(r.leaveOneOriginOutCoverage(0.8), na),
                pct(r.leaveOneOriginOutCoverage(0.95), na),
                loo.getCount() == 0 ? na : num(loo.getMin(), na),
                loo.getCount() == 0 ? na : num(loo.getMax(), na)));
        if (!r.notes().isEmpty()) {
            out.println(
                    Glossary.term("cal.notes", lang, r.notes().size(), r.notes().get(0)));
        }
    }

    /**
     * Leave-one-series-out: each history scored with the coverage-matching factor of the other economies' checks,
     * then the pooled coverage over all of them; an out-of-sample check of calibrating the shock variance on
     * the panel.
     */
    static void leaveOneSeriesOut(PrintWriter out, List<ShareCalibrationResult> results, boolean ownBands, Lang lang) {
        String na = Glossary.term("backtest.na", lang);
        List<ShareCalibrationResult.HeldOut> loo =
                ShareCalibrationResult.leaveOneSeriesOut(results, PanelCalibration::economy, 0.8);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            Glossary.term("cal.history", lang),
            Glossary.term("cal.n", lang),
            Glossary.term("cal.loo.k", lang),
            Glossary.term("backtest.cover", lang, "80%"),
            Glossary.term("backtest.cover", lang, "95%")
        });
        double c80 = 0;
        double c95 = 0;
        double n = 0;
        for (ShareCalibrationResult.HeldOut r : loo) {
            int checks = r.part().count();
            rows.add(new String[] {
                name(r.part().name(), lang),
                String.valueOf(checks),
                num(r.factor(), na),
                pct(r.cover80(), na),
                pct(r.cover95(), na)
            });
            if (checks > 0) {
                c80 += r.cover80() * checks;
                c95 += r.cover95() * checks;
                n += checks;
            }
        }
        rows.add(new String[] {
            Glossary.term("cal.pooled", lang), String.valueOf((int) n), "", pct(c80 / n, na), pct(c95 / n, na)
        });
        out.println();
        out.println(Glossary.term("cal.loo.intro", lang));
        if (ownBands) {
            out.println(Glossary.term("cal.loo.own", lang));
        }
        Table.print(rows, out);
    }

    /**
     * @param skipped lines "history origin: reason" (pooled) or "origin: reason"
     * @return the lines with one reason for several histories said once, naming how many (and which, up to
     *     five): "2017: a fit window has 3 points, fewer than 4 (64 histories)"
     */
    static String skipped(List<String> skipped) {
        java.util.Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^(.+) (\\d{4}: .*)$");
        for (String line : skipped) {
            var m = p.matcher(line);
            String reason = m.matches() ? m.group(2) : line;
            String who = m.matches() ? m.group(1) : "";
            byReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(who);
        }
        List<String> out = new ArrayList<>();
        byReason.forEach((reason, who) -> {
            if (who.size() == 1) {
                out.add(who.get(0).isEmpty() ? reason : who.get(0) + " " + reason);
            } else {
                out.add(reason + " (" + who.size() + " histories"
                        + (who.size() <= 5 ? ": " + String.join(", ", who) : "") + ")");
            }
        });
        return String.join("; ", out);
    }

    private static String describe(ComponentSpec c, Lang lang) {
        var f = c.fit();
        StringBuilder sb = new StringBuilder(ModelText.family(c.model(), lang));
        if (f.from() != null || f.to() != null) {
            sb.append(Glossary.term("cal.fitted", lang))
                    .append(
                            f.from() == null
                                    ? ""
                                    : (lang == Lang.ZH ? "" : " ") + Glossary.term("cal.from", lang, f.from()))
                    .append(f.to() == null ? "" : Glossary.term("cal.to", lang, f.to()));
        }
        if (!f.excluded().isEmpty()) {
            sb.append(Glossary.term(
                    "cal.excluding",
                    lang,
                    f.excluded().stream()
                            .map(String::valueOf)
                            .collect(Collectors.joining(Glossary.term("list.separator", lang)))));
        }
        return sb.toString();
    }

    private static String origins(ShareCalibrationResult r, Lang lang) {
        List<Integer> o = r.origins();
        return o.isEmpty()
                ? Glossary.term("backtest.none", lang)
                : o.get(0) + (lang == Lang.ZH ? "–" : "-") + o.get(o.size() - 1);
    }

    private static String histogram(int[] bins) {
        return Arrays.stream(bins)
                .mapToObj(b -> String.format(Locale.ROOT, "%3d", b))
                .collect(Collectors.joining(" "));
    }

    private static String pct(double x, String na) {
        return Double.isNaN(x) ? na : String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    private static String num(double x, String na) {
        return Double.isNaN(x) ? na : String.format(Locale.ROOT, "%.3f", x);
    }
}
