package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.targetcast.app.report.Table;
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
            PrintWriter out, String what, String scenarioFile, Scenario template, ShareCalibration calibration) {
        out.printf(
                Locale.ROOT,
                "Calibration of the share bands: %s; template %s (digital %s, other %s)%n",
                what,
                scenarioFile,
                describe(template.digital()),
                describe(template.other()));
        out.printf(
                Locale.ROOT,
                "Closed form with the shocks as the engine estimates them (Student-t where the volatility is estimated"
                        + " or the bands are calibrated); explicit growth paths, level shocks "
                        + "and targets of the template dropped (fitted trends used). Origins from the %dth observation where every fit "
                        + "window holds at least %d points; horizons 1-%d.%n%n",
                calibration.minimumTraining(),
                calibration.minimumFitPoints(),
                calibration.maxHorizon());
    }

    /**
     * Who is in the panel: how many economies besides China, and every history refused with its reason.
     *
     * @param keys the histories of the panel (China on its basis and every UNCTAD economy kept)
     * @param refused the histories refused, with their reasons
     */
    static void panelMembers(PrintWriter out, List<String> keys, List<RefusedHistory> refused) {
        long others = keys.stream()
                .map(PanelCalibration::economy)
                .filter(e -> !e.equals("china"))
                .distinct()
                .count();
        out.printf(
                Locale.ROOT,
                "Panel: %d histories, %d economies besides China (china and unctad:China are China on two bases)."
                        + " Refused: %s%n",
                keys.size(),
                others,
                refused.isEmpty() ? "none (no gap, no year with digital at or above total, no vintage break)." : "");
        for (RefusedHistory r : refused) {
            out.println("  " + r.history() + ": " + r.reason());
        }
        out.println();
    }

    /**
     * The histories refused from the panel, each with its reason, or a line saying none was; for
     * {@code backtest --panel}, whose series are the panel's.
     *
     * @param refused the histories refused, with their reasons
     */
    static void refusals(PrintWriter out, List<RefusedHistory> refused) {
        out.println("Refused from the panel: "
                + (refused.isEmpty()
                        ? "none (no gap, no year with digital at or above total, no vintage break)."
                        : refused.size() + " histories, not backtested:"));
        for (RefusedHistory r : refused) {
            out.println("  " + r.history() + ": " + r.reason());
        }
        out.println();
    }

    /**
     * The template's panel calibration as each history gets it in a run: the variance factor and tail fitted
     * on every other economy's errors, and the coverage without and with it.
     */
    static void panelCalibration(PrintWriter out, List<HistoryCalibration> checks) {
        out.println("The template calibrates its bands on the panel (uncertainty.calibration: panel): for each history,"
                + " a Student-t fitted by maximum likelihood to the share forecast errors of every other economy"
                + " (china and unctad:China are one economy and leave together), as a run fits it. No factor is"
                + " fitted to the checks it is scored on: the coverage below is leave-one-economy-out. k is the t's"
                + " scale squared, the factor on the predictive variance of ln(D/O); t df its degrees of freedom.");
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "history",
            "others' errors",
            "k (var. factor)",
            "t df",
            "cover 80%",
            "cover 95%",
            "uncalibrated 80%",
            "uncalibrated 95%"
        });
        for (HistoryCalibration check : checks) {
            ShareCalibrationResult r = check.calibrated();
            ShareCalibrationResult u = check.raw();
            ErrorCalibration c = check.fitted();
            rows.add(new String[] {
                r.name(),
                String.valueOf(c.checks()),
                c.applies() ? num(c.varianceFactor()) : "n/a",
                c.applies() ? String.format(Locale.ROOT, "%.2f", c.degreesOfFreedom()) : "n/a",
                pct(r.coverage(0.8, 1)),
                pct(r.coverage(0.95, 1)),
                pct(u.coverage(0.8, 1)),
                pct(u.coverage(0.95, 1))
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
                "pooled",
                "",
                "",
                "",
                pct(pooled.coverage(0.8, 1)),
                pct(pooled.coverage(0.95, 1)),
                pct(pooledRaw.coverage(0.8, 1)),
                pct(pooledRaw.coverage(0.95, 1))
            });
        }
        Table.print(rows, out);
        if (results.size() > 1) {
            double[] realTime = RealTimeCalibration.coverage(raw, PanelCalibration::economy, 0.8, 0.95);
            out.printf(
                    Locale.ROOT,
                    "Calibrated in real time instead (each check with the other economies' errors up to its origin"
                            + " only, so no pandemic year before 2020): pooled %s / %s.%n",
                    pct(realTime[0]),
                    pct(realTime[1]));
        }
        out.println();
    }

    static void perSeries(PrintWriter out, List<ShareCalibrationResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"history", "origins", "n", "cover 80%", "cover 95%", "mean z²"});
        for (ShareCalibrationResult r : results) {
            rows.add(new String[] {
                r.name(),
                origins(r),
                String.valueOf(r.count()),
                pct(r.coverage(0.8, 1)),
                pct(r.coverage(0.95, 1)),
                num(r.meanSquaredZ())
            });
        }
        Table.print(rows, out);
        out.println();
    }

    static void sensitivity(PrintWriter out, ShareCalibrationResult r, Scenario template) {
        TreeSet<Integer> years = new TreeSet<>(template.digital().fit().excluded());
        years.addAll(template.other().fit().excluded());
        if (years.isEmpty() || r.count() == 0) {
            return;
        }
        ShareCalibrationResult into = r.forecastingInto(years, true);
        ShareCalibrationResult rest = r.forecastingInto(years, false);
        if (into.count() > 0) {
            out.printf(
                    Locale.ROOT,
                    "split: the %d check(s) made before %d that score one of %s cover 80%% / 95%% %s / %s;"
                            + " the other %d cover %s / %s%n",
                    into.count(),
                    years.first(),
                    years.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    pct(into.coverage(0.8, 1)),
                    pct(into.coverage(0.95, 1)),
                    rest.count(),
                    pct(rest.coverage(0.8, 1)),
                    pct(rest.coverage(0.95, 1)));
        }
        ShareCalibrationResult calm = r.withoutSpanning(years);
        String span = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (calm.count() == 0) {
            out.println("sensitivity: every check spans one of the template's excluded years (" + span + ")");
            return;
        }
        out.printf(
                Locale.ROOT,
                "sensitivity: the %d check(s) whose origin-to-year span avoids the template's excluded years (%s):"
                        + " cover 80%% / 95%% %s / %s, mean z² = %.3f%n",
                calm.count(),
                span,
                pct(calm.coverage(0.8, 1)),
                pct(calm.coverage(0.95, 1)),
                calm.meanSquaredZ());
    }

    static void summary(PrintWriter out, ShareCalibrationResult r, int maxHorizon) {
        if (r.count() == 0) {
            out.println("No origin could be scored: " + String.join("; ", r.skipped()));
            return;
        }
        out.printf(Locale.ROOT, "%s: %d checks from origins %s%n", r.name(), r.count(), origins(r));
        if (!r.skipped().isEmpty()) {
            out.println("skipped: " + skipped(r.skipped()));
        }
        out.println();
        double k = r.varianceScale();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"horizon", "n", "cover 80%", "cover 95%", "cover 80% with k", "cover 95% with k"});
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
                    pct(c[0][h - 1]),
                    pct(c[1][h - 1]),
                    pct(c[2][h - 1]),
                    pct(c[3][h - 1])
                });
            }
        }
        rows.add(new String[] {
            "pooled",
            String.valueOf(r.count()),
            pct(r.coverage(0.8, 1)),
            pct(r.coverage(0.95, 1)),
            pct(r.coverage(0.8, k)),
            pct(r.coverage(0.95, k))
        });
        Table.print(rows, out);
        out.println();
        out.println("PIT deciles (counts; flat if calibrated): " + histogram(r.pitHistogram(1)));
        out.println("              with k:                     " + histogram(r.pitHistogram(k)));
        out.printf(
                Locale.ROOT,
                "mean z² = %.3f; k = mean z² = %.3f is the factor on the shock variance that would make the mean"
                        + " squared standardised error 1, fitted in sample on these checks (sd of the ln(D/O) shocks x"
                        + " %.3f; uncertainty.variance_scale multiplies the scenario's own); the coverage \"with k\" is"
                        + " therefore optimistic, the leave-one-origin-out coverage less so%n",
                r.meanSquaredZ(),
                k,
                Math.sqrt(k));
        var loo = r.leaveOneOriginOutScales().values().stream()
                .mapToDouble(Double::doubleValue)
                .summaryStatistics();
        out.printf(
                Locale.ROOT,
                "coverage 80%% / 95%%: before %s / %s; with k in sample %s / %s; with k leave-one-origin-out %s / %s"
                        + " (k without one origin: %s-%s)%n",
                pct(r.coverage(0.8, 1)),
                pct(r.coverage(0.95, 1)),
                pct(r.coverage(0.8, k)),
                pct(r.coverage(0.95, k)),
                pct(r.leaveOneOriginOutCoverage(0.8)),
                pct(r.leaveOneOriginOutCoverage(0.95)),
                loo.getCount() == 0 ? "n/a" : num(loo.getMin()),
                loo.getCount() == 0 ? "n/a" : num(loo.getMax()));
        if (!r.notes().isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "shock estimator notes (%d), first: %s%n",
                    r.notes().size(),
                    r.notes().get(0));
        }
    }

    /**
     * Leave-one-series-out: each history scored with the coverage-matching factor of the other economies' checks,
     * then the pooled coverage over all of them; an out-of-sample check of calibrating the shock variance on
     * the panel.
     */
    static void leaveOneSeriesOut(PrintWriter out, List<ShareCalibrationResult> results, boolean ownBands) {
        List<ShareCalibrationResult.HeldOut> loo =
                ShareCalibrationResult.leaveOneSeriesOut(results, PanelCalibration::economy, 0.8);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"history", "n", "k from the others", "cover 80%", "cover 95%"});
        double c80 = 0;
        double c95 = 0;
        double n = 0;
        for (ShareCalibrationResult.HeldOut r : loo) {
            int checks = r.part().count();
            rows.add(new String[] {
                r.part().name(), String.valueOf(checks), num(r.factor()), pct(r.cover80()), pct(r.cover95())
            });
            if (checks > 0) {
                c80 += r.cover80() * checks;
                c95 += r.cover95() * checks;
                n += checks;
            }
        }
        rows.add(new String[] {"pooled", String.valueOf((int) n), "", pct(c80 / n), pct(c95 / n)});
        out.println();
        out.println(
                "Leave one series out: each history's bands with the factor on the shock variance that gives 80% coverage"
                        + " on every other economy's checks (china and unctad:China are one economy and leave together)");
        if (ownBands) {
            out.println("Applied to the model's own, uncalibrated bands: one Gaussian factor, the alternative to the"
                    + " template's Student-t calibration (whose coverage above is already leave-one-economy-out).");
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

    private static String describe(ComponentSpec c) {
        var f = c.fit();
        StringBuilder sb = new StringBuilder(c.model().key());
        if (f.from() != null || f.to() != null) {
            sb.append(" fitted ")
                    .append(f.from() == null ? "" : "from " + f.from())
                    .append(f.to() == null ? "" : " to " + f.to());
        }
        if (!f.excluded().isEmpty()) {
            sb.append(" excluding ")
                    .append(f.excluded().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }

    private static String origins(ShareCalibrationResult r) {
        List<Integer> o = r.origins();
        return o.isEmpty() ? "none" : o.get(0) + "-" + o.get(o.size() - 1);
    }

    private static String histogram(int[] bins) {
        return Arrays.stream(bins)
                .mapToObj(b -> String.format(Locale.ROOT, "%3d", b))
                .collect(Collectors.joining(" "));
    }

    private static String pct(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3f", x);
    }
}
