package org.targetcast.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.targetcast.app.report.AtomicFile;
import org.targetcast.app.report.BacktestReport;
import org.targetcast.app.report.OutputGuard;
import org.targetcast.app.report.Table;
import org.targetcast.charts.Lang;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.ScenarioReader;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.text.ModelText;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.ModelException;
import org.targetcast.model.backtest.Evaluation;
import org.targetcast.model.backtest.OutlierDetector;
import org.targetcast.model.backtest.RollingOrigin;
import org.targetcast.model.calibration.BandEvidence;
import org.targetcast.model.calibration.PanelCalibration;
import org.targetcast.model.calibration.PanelEvidence;
import org.targetcast.model.calibration.RealTimeCalibration;
import org.targetcast.model.calibration.RefusedHistory;
import org.targetcast.model.calibration.ScoredCheck;
import org.targetcast.model.calibration.ShareCalibration;
import org.targetcast.model.calibration.ShareCalibrationResult;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.data.HistoryBuilder;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.selection.AutoModel;
import org.targetcast.model.selection.TrendModels;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.PooledDriftTrend;
import org.targetcast.model.trend.Scale;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code targetcast backtest}: rolling-origin forecast accuracy of every trend family, auto and combo. */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        header = "How well each model would have forecast in the past.",
        description = {
            "Rolling-origin backtest: each model is fitted to the data up to an origin year (from the eighth "
                    + "observation on) and its forecasts 1-6 years ahead are compared with what happened. MAE, RMSE, MAPE, "
                    + "MASE (Hyndman & Koehler 2006), coverage of the 80%% and 95%% prediction intervals and the Winkler "
                    + "score. A .share series is forecast through its two components.",
            "--calibrate checks the uncertainty engine's share bands instead (coverage, z, PIT) and estimates a "
                    + "variance scale k that would correct them."
        })
public final class BacktestCommand implements Callable<Integer> {
    /** The origins of the "would it have called it" table. */
    static final List<Integer> CALLED_IT_ORIGINS = List.of(2014, 2017, 2019);

    private static final Pattern HORIZONS = Pattern.compile("(\\d+)(?:-(\\d+))?");

    @Option(
            names = "--series",
            paramLabel = "KEY",
            defaultValue = "china.digital",
            description =
                    "<history>.<digital|other|total|share>, e.g. unctad:India.digital (default: ${DEFAULT-VALUE}).")
    String series;

    @Option(
            names = "--panel",
            description = "Every UNCTAD economy's digital series and china.digital: MASE and coverage per family.")
    boolean panel;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "With --panel: worker threads (default: all processors); results do not depend on it.")
    Integer threads;

    @Option(
            names = "--horizons",
            paramLabel = "A-B",
            defaultValue = "1-6",
            description = "Horizons reported (default: ${DEFAULT-VALUE}).")
    String horizons;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write every forecast to this CSV file.")
    Path csv;

    @Option(
            names = "--checks",
            paramLabel = "FILE",
            description = "With --calibrate --panel: also write every check behind the evidence to this CSV file, one"
                    + " row each: the outcome, the model's own predictive of ln(D/O) and the 80%% band as run.")
    Path checksCsv;

    @Option(
            names = "--origins",
            paramLabel = "A-B",
            description = "With --calibrate --panel: also score the bands as run on the checks from these origins"
                    + " only, such as 2019-2023 (each band is still made from the other economies' errors of every"
                    + " origin).")
    String originSpan;

    @Option(
            names = "--called-it",
            description = "What each model projected from 2014, 2017 and 2019 against what happened.")
    boolean calledIt;

    @Option(
            names = "--calibrate",
            description = "Check the 80%% and 95%% share bands of the uncertainty engine on a history"
                    + " (--history, or --panel for china and every UNCTAD economy) with a scenario as template; coverage before and after"
                    + " scaling the shock variance by k = mean z².")
    boolean calibrate;

    @Option(
            names = "--leave-one-out",
            description =
                    "With --calibrate --panel: also score each history with a factor on the"
                            + " shock variance matched to 80%% coverage on every other economy's checks (china and unctad:China leave together).")
    boolean leaveOneOut;

    @Option(
            names = "--history",
            paramLabel = "KEY",
            description = "With --calibrate: china or unctad:<Economy> (default: china).")
    String history;

    @Option(
            names = "--scenario",
            paramLabel = "FILE",
            description = "With --calibrate: the template scenario (default: " + Workspace.DEFAULT_SCENARIOS
                    + "/baseline.yaml).")
    String scenario;

    @Option(
            names = "--chart",
            paramLabel = "DIR",
            description =
                    "Also draw, for every family, its past forecasts from each origin against the outcomes, into DIR.")
    Path chartDir;

    @Mixin
    ChartOptions charts;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int[] range = horizons();
        if (panel && calledIt) {
            throw InputException.at("--called-it", 0, 0, "", "works on one series; drop --panel");
        }
        if (panel && chartDir != null) {
            throw InputException.at("--chart", 0, 0, "", "works on one series; drop --panel");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw InputException.at("--threads", 0, 0, "", "expected 1 to 1024 threads, found " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (leaveOneOut && !calibrate) {
            throw InputException.at("--leave-one-out", 0, 0, "", "works with --calibrate --panel only");
        }
        if (checksCsv != null && !calibrate) {
            throw InputException.at("--checks", 0, 0, "", "works with --calibrate --panel only");
        }
        if (originSpan != null && !(calibrate && panel)) {
            throw InputException.at("--origins", 0, 0, "", "works with --calibrate --panel only");
        }
        int[] origins = originSpan == null ? null : origins();
        if (calibrate) {
            return calibrate(out, range[1], origins);
        }
        if (history != null || scenario != null) {
            throw InputException.at(
                    history != null ? "--history" : "--scenario", 0, 0, "", "works with --calibrate only");
        }
        Workspace onBasis = data.workspace();
        HistoryBuilder builder = onBasis.builder();
        series = onBasis.onBasis(series);
        RollingOrigin backtest = RollingOrigin.withDefaults().withMaxHorizon(range[1]);
        List<Evaluation> all = new ArrayList<>();
        if (panel) {
            // the histories the panel screen refuses (a gap, digital at or above total, a vintage break) are left
            // out here as in the calibration, and listed with their reasons
            List<RefusedHistory> refused = onBasis.calibrationRefusals();
            PanelSeries members = PanelSeries.of(builder, "digital", onBasis.onBasis(HistoryBuilder.CHINA))
                    .without(refused);
            PanelBacktest result = PanelBacktest.run(
                    members,
                    levelFamilies(),
                    backtest,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads);
            if (result.rows().isEmpty()) {
                throw InputException.at(
                        "--panel",
                        0,
                        0,
                        "",
                        "no series of the data can be backtested: " + String.join("; ", result.skipped()));
            }
            all.addAll(result.all());
            CalibrationReport.refusals(out, refused, charts.lang);
            PanelReport.print(out, result, range[0], range[1], charts.lang);
        } else {
            List<Evaluation> ev = evaluate(builder, series, backtest);
            all.addAll(ev);
            printSeries(out, builder, ev, range, backtest);
            if (calledIt) {
                out.println();
                CalledItTable.print(out, builder, series, isShare(series), charts.lang);
            }
            if (chartDir != null) {
                List<String> written = BacktestCharts.write(
                        builder,
                        series,
                        ev,
                        charts.output(),
                        chartDir,
                        data.workspace().inputs(List.of()));
                out.println();
                out.println(Glossary.term(
                        "backtest.charts",
                        charts.lang,
                        chartDir,
                        String.join(Glossary.term("list.separator", charts.lang), written)));
            }
        }
        if (csv != null) {
            writeCsv(all);
            out.println();
            out.println(Glossary.term("backtest.csv", charts.lang, csv));
        }
        return ExitCodes.OK;
    }

    /** The families evaluated on a level series, or through the components of a share. */
    static List<TrendFamily> levelFamilies() {
        return Arrays.stream(TrendFamily.values())
                .filter(f -> f.scale() == Scale.LEVEL)
                .toList();
    }

    static boolean isShare(String key) {
        return key.endsWith(".share");
    }

    static String history(String key) {
        return key.substring(0, key.lastIndexOf('.'));
    }

    static List<String> panelKeys(HistoryBuilder builder) {
        return panelKeys(builder, HistoryBuilder.CHINA);
    }

    /** The panel with China on the given history ({@code china} or {@code china@unctad}). */
    static List<String> panelKeys(HistoryBuilder builder, String china) {
        List<String> keys = new ArrayList<>();
        if (builder.historyNames().contains(china)) {
            keys.add(china + ".digital");
        }
        builder.historyNames().stream()
                .filter(h -> h.startsWith(HistoryBuilder.UNCTAD_PREFIX))
                .forEach(h -> keys.add(h + ".digital"));
        return keys;
    }

    /**
     * @param panel the series a pooled model pools over
     * @return the model of each family, the pooled one over {@code panel} (one instance, so that its
     *     cross-sections are computed once)
     */
    static Function<TrendFamily, TrendModel> modelsPooledOver(List<AnnualSeries> panel) {
        TrendModel pooled = PooledDriftTrend.over(panel);
        return f -> f == TrendFamily.POOLED ? pooled : TrendModels.of(f);
    }

    private List<Evaluation> evaluate(HistoryBuilder builder, String key, RollingOrigin backtest) {
        List<Evaluation> out = new ArrayList<>();
        try {
            if (isShare(key)) {
                AnnualSeries d = builder.series(history(key) + ".digital");
                AnnualSeries o = builder.series(history(key) + ".other");
                var digitalModels = modelsPooledOver(
                        PanelSeries.around(builder, key, "digital").series());
                var otherModels = modelsPooledOver(
                        PanelSeries.around(builder, key, "other").series());
                for (TrendFamily f : levelFamilies()) {
                    out.add(backtest.evaluateShare(d, o, digitalModels.apply(f), otherModels.apply(f)));
                }
                out.add(backtest.evaluate(RollingOrigin.share(d, o), TrendModels.of(TrendFamily.LOGISTIC)));
            } else {
                AnnualSeries s = builder.series(key);
                var models = modelsPooledOver(PanelSeries.around(builder, key, key.substring(key.lastIndexOf('.') + 1))
                        .series());
                for (TrendFamily f : levelFamilies()) {
                    out.add(backtest.evaluate(s, models.apply(f)));
                }
            }
        } catch (ModelException e) {
            throw InputException.at("--series", 0, 0, "", e.getMessage());
        }
        return out;
    }

    private void printSeries(
            PrintWriter out, HistoryBuilder builder, List<Evaluation> ev, int[] range, RollingOrigin backtest) {
        Lang lang = charts.lang;
        AnnualSeries target = builder.series(series);
        List<Integer> origins = backtest.origins(target);
        String dash = lang == Lang.ZH ? "–" : "-";
        out.println(Glossary.term(
                "backtest.intro",
                lang,
                ModelText.series(series, lang),
                target.firstYear(),
                target.lastYear(),
                target.size(),
                isShare(series) ? Glossary.term("backtest.through", lang) : "",
                origins.isEmpty()
                        ? Glossary.term("backtest.none", lang)
                        : origins.get(0) + dash + origins.get(origins.size() - 1),
                backtest.minimumTraining(),
                range[0],
                range[1]));
        out.println();
        Table.print(BacktestReport.metricsTable(ev, range[0], range[1], isShare(series), lang), out);
        out.println();
        out.println(Glossary.term(
                "backtest.mase.note",
                lang,
                isShare(series) ? Glossary.term("unit.pp", lang) : Glossary.unit("USD_100m", lang)));
        if (!isShare(series)) {
            out.println(Glossary.term(
                    "backtest.auto",
                    lang,
                    ModelText.autoChoice(AutoModel.create().fit(target), lang)));
            var flagged = OutlierDetector.withDefaults()
                    .detect(TrendModels.of(TrendFamily.LOG_LINEAR).fit(target).residuals());
            out.println(Glossary.term(
                    "backtest.outliers",
                    lang,
                    flagged.isEmpty()
                            ? Glossary.term("backtest.none", lang)
                            : String.join(
                                    Glossary.term("list.separator", lang),
                                    flagged.stream()
                                            .map(c -> Glossary.term("backtest.outlier", lang, c.year(), c.score()))
                                            .toList())));
        }
    }

    private int calibrate(PrintWriter out, int maxHorizon, int[] origins) {
        if (calledIt) {
            throw InputException.at("--called-it", 0, 0, "", "does not work with --calibrate");
        }
        if (csv != null && !panel) {
            throw InputException.at("--csv", 0, 0, "", "with --calibrate works with --panel only");
        }
        if (checksCsv != null && !panel) {
            throw InputException.at("--checks", 0, 0, "", "works with --calibrate --panel only; add --panel");
        }
        if (panel && history != null) {
            throw InputException.at("--history", 0, 0, "", "--panel calibrates every history; drop one of them");
        }
        if (leaveOneOut && !panel) {
            throw InputException.at("--leave-one-out", 0, 0, "", "leaves one series of the panel out; add --panel");
        }
        String file = scenario == null ? Workspace.DEFAULT_SCENARIOS + "/baseline.yaml" : scenario;
        Scenario template = ScenarioReader.read(org.targetcast.engine.io.ScenarioSets.byName(file), file);
        Workspace ws = data.workspace();
        List<String> keys = panel
                ? ws.calibrationPanel().stream().map(ComponentHistory::economy).toList()
                : List.of(ws.onBasis(history == null ? HistoryBuilder.CHINA : history));
        ShareCalibration calibration = ShareCalibration.withDefaults().withMaxHorizon(maxHorizon);
        boolean onPanel = template.uncertainty().calibration() == ErrorCalibration.Source.PANEL;
        Scenario uncalibrated =
                template.withUncertainty(template.uncertainty().withCalibration(ErrorCalibration.Source.NONE));
        List<HistoryCalibration> checks = new ArrayList<>();
        for (String key : keys) {
            ComponentHistory h = ws.history(key, "--history");
            try {
                // as a run makes them: the template's calibration fitted leaving this history's economy out
                ErrorCalibration asRun = ws.forecaster().calibration(template, h);
                checks.add(new HistoryCalibration(
                        asRun,
                        calibration.evaluate(h, template, asRun).named(key),
                        onPanel ? calibration.evaluate(h, uncalibrated).named(key) : null));
            } catch (ModelException e) {
                throw InputException.at(file, 0, 0, "", key + ": " + e.getMessage());
            }
        }
        List<ShareCalibrationResult> results =
                checks.stream().map(HistoryCalibration::calibrated).toList();
        Lang lang = charts.lang;
        CalibrationReport.header(
                out,
                panel ? Glossary.term("cal.panel.of", lang, keys.size()) : CalibrationReport.name(keys.get(0), lang),
                file,
                template,
                calibration,
                lang);
        if (panel) {
            CalibrationReport.panelMembers(out, keys, ws.calibrationRefusals(), lang);
        }
        if (onPanel) {
            CalibrationReport.panelCalibration(out, checks, lang);
        }
        if (panel) {
            Map<String, BandEvidence> evidence = new LinkedHashMap<>();
            // the bands as run, as the report shows them: one model value, rendered in both places
            PanelEvidence whole = PanelEvidence.of(keys, ws.calibrationRefusals(), results, maxHorizon, onPanel)
                    .withJumps(ws.panelJumps());
            List<ScoredCheck> asRun = whole.bands().checks();
            evidence.put("as run", whole.bands());
            if (onPanel) {
                List<ShareCalibrationResult> raw =
                        checks.stream().map(HistoryCalibration::raw).toList();
                evidence.put(
                        "calibrated in real time",
                        BandEvidence.of(RealTimeCalibration.scored(raw, PanelCalibration::economy)));
                List<ScoredCheck> own = new ArrayList<>();
                for (ShareCalibrationResult r : raw) {
                    String economy = PanelCalibration.economy(r.name());
                    r.checks().forEach(k -> own.add(ScoredCheck.asMade(economy, k)));
                }
                evidence.put("uncalibrated", BandEvidence.of(own));
            }
            CalibrationEvidence.print(out, evidence, maxHorizon, lang);
            out.println();
            if (origins != null) {
                List<ScoredCheck> inSpan = asRun.stream()
                        .filter(c -> c.origin() >= origins[0] && c.origin() <= origins[1])
                        .toList();
                if (inSpan.isEmpty()) {
                    int[] all = whole.bands().origins();
                    throw InputException.at(
                            "--origins",
                            0,
                            0,
                            "",
                            "no check has an origin in " + originSpan.strip() + "; the checks' origins are " + all[0]
                                    + "-" + all[1]);
                }
                out.println(Glossary.term("cal.origins.span", lang, origins[0], origins[1]));
                CalibrationEvidence.print(out, Map.of("as run", BandEvidence.of(inSpan)), maxHorizon, lang);
                out.println();
            }
            CalibrationEvidence.jumps(out, whole.jumps(), lang);
            CalibrationEvidence.dominant(out, asRun, 10, lang);
            if (csv != null) {
                List<String> lines = CalibrationEvidence.csv(evidence, maxHorizon);
                lines.addAll(CalibrationEvidence.jumpsCsv(whole.jumps()));
                writeLines(csv, "--csv", ws.inputs(List.of(file)), lines);
                out.println(Glossary.term("cal.written", lang, csv));
                out.println();
            }
            if (checksCsv != null) {
                List<String> lines = CalibrationEvidence.checksCsv(checks, asRun);
                writeLines(checksCsv, "--checks", ws.inputs(List.of(file)), lines);
                out.println(Glossary.term("cal.checks.written", lang, lines.size() - 1, checksCsv));
                out.println();
            }
            CalibrationReport.perSeries(out, results, lang);
            ShareCalibrationResult pooled = ShareCalibrationResult.pool("panel (pooled)", results);
            CalibrationReport.summary(out, pooled, maxHorizon, lang);
            CalibrationReport.sensitivity(out, pooled, template, lang);
            if (leaveOneOut) {
                // with a panel calibration the coverage above is already leave-one-economy-out: the alternative
                // shown is one Gaussian factor on the model's own bands, fitted the same way
                CalibrationReport.leaveOneSeriesOut(
                        out,
                        onPanel ? checks.stream().map(HistoryCalibration::raw).toList() : results,
                        onPanel,
                        lang);
            }
        } else {
            CalibrationReport.summary(out, results.get(0), maxHorizon, lang);
            CalibrationReport.sensitivity(out, results.get(0), template, lang);
        }
        return ExitCodes.OK;
    }

    private int[] origins() {
        Matcher m = HORIZONS.matcher(originSpan.strip());
        if (!m.matches()) {
            throw InputException.at(
                    "--origins", 0, 0, "", "expected A-B such as 2019-2023, found '" + originSpan + "'");
        }
        int a = Integer.parseInt(m.group(1));
        int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        if (b < a || a < 1900 || b > 2200) {
            throw InputException.at(
                    "--origins", 0, 0, "", "expected years 1900 <= A <= B <= 2200, found '" + originSpan + "'");
        }
        return new int[] {a, b};
    }

    private int[] horizons() {
        Matcher m = HORIZONS.matcher(horizons.strip());
        if (!m.matches()) {
            throw InputException.at("--horizons", 0, 0, "", "expected A-B such as 1-6, found '" + horizons + "'");
        }
        int a = Integer.parseInt(m.group(1));
        int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        if (a < 1 || b < a || b > 20) {
            throw InputException.at("--horizons", 0, 0, "", "expected 1 <= A <= B <= 20, found '" + horizons + "'");
        }
        return new int[] {a, b};
    }

    /**
     * Writes a CSV file the tool owns: refused over a folder, an input, or a file whose first line is not the
     * header the tool writes (so never over a user's file), then written whole or not at all.
     *
     * @param file the file
     * @param option the option that named it
     * @param inputs the files the command reads
     * @param lines the lines, the header first
     */
    private static void writeLines(Path file, String option, java.util.Collection<Path> inputs, List<String> lines) {
        try {
            OutputGuard.checkFile(file, option, inputs, lines.get(0));
            AtomicFile.write(file, w -> {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            });
        } catch (IOException e) {
            throw InputException.at(file.toString(), 0, 0, "", "cannot write: " + e.getMessage());
        }
    }

    private void writeCsv(List<Evaluation> all) {
        List<String> lines = new ArrayList<>();
        lines.add(BacktestReport.CSV_HEADER);
        for (Evaluation e : all) {
            lines.addAll(BacktestReport.csvLines(e));
        }
        writeLines(csv, "--csv", data.workspace().inputs(List.of()), lines);
    }
}
