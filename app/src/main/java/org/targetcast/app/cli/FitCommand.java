package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.targetcast.app.report.Table;
import org.targetcast.charts.Lang;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.ModelException;
import org.targetcast.model.scenario.FitWindow;
import org.targetcast.model.series.AnnualSeries;
import org.targetcast.model.trend.Intervention;
import org.targetcast.model.trend.PredictionInterval;
import org.targetcast.model.trend.Scale;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendFit;
import org.targetcast.model.trend.TrendModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetcast fit}: every trend family fitted to one series, side by side. */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        header = "Fit every trend family to one series and compare them.",
        description = {
            "Fit every trend family to a series and compare: parameters with standard errors, residual sigma, "
                    + "AICc (comparable within a family and between families on the same scale only) and the forecast. For "
                    + "a level series <history>.digital, the logistic family is fitted to <history>.share."
        })
public final class FitCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..1",
            paramLabel = "SERIES",
            defaultValue = "china.digital",
            description = "<history>.<digital|other|total|share>, e.g. china.other (default: ${DEFAULT-VALUE}).")
    String series;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year fitted.")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year fitted.")
    Integer to;

    @Option(names = "--exclude", paramLabel = "YEAR", split = ",", description = "Years left out, e.g. 2020,2021,2022.")
    List<Integer> exclude;

    @Option(
            names = "--outliers",
            paramLabel = "YEAR",
            split = ",",
            description = "Years modelled as additive outliers; each family is then shown without and with the shocks.")
    List<Integer> outliers;

    @Option(
            names = "--level-shifts",
            paramLabel = "YEAR",
            split = ",",
            description = "Years modelled as level shifts (a step from that year on), shown like --outliers.")
    List<Integer> levelShifts;

    @Option(
            names = "--ahead",
            paramLabel = "N",
            defaultValue = "5",
            description = "Years of forecast shown (default: ${DEFAULT-VALUE}).")
    int ahead;

    @Option(
            names = "--wide",
            description = "Also each model's parameters with their standard errors, and the notes in the table.")
    boolean wide;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (ahead < 1 || ahead > 50) {
            throw InputException.at("--ahead", 0, 0, "", "expected 1 to 50 years, found " + ahead);
        }
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws = data.workspace();
        series = ws.onBasis(series);
        FitWindow window;
        AnnualSeries full;
        try {
            window = new FitWindow(from, to, new TreeSet<>(exclude == null ? List.of() : exclude));
            full = ws.builder().series(series);
        } catch (ModelException e) {
            throw InputException.at(series, 0, 0, "", e.getMessage());
        }
        AnnualSeries shareSeries = null;
        boolean isShare = series.endsWith(".share");
        if (series.endsWith(".digital")) {
            shareSeries = window.apply(
                    ws.builder().series(series.substring(0, series.length() - ".digital".length()) + ".share"));
        }
        AnnualSeries fitted = window.apply(full);
        String unit = isShare ? "percent of total services trade" : unitOf(ws, series);
        out.printf(Locale.ROOT, "%s, %d points (%s), %s%n%n", series, fitted.size(), describe(fitted), unit);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "model",
            "parameters (estimate ± s.e.)",
            "sigma",
            "AICc",
            "n",
            "forecast " + (fitted.isEmpty() ? "" : (fitted.lastYear() + 1) + "-" + (fitted.lastYear() + ahead)),
            "note",
            "80% interval " + (fitted.isEmpty() ? "" : String.valueOf(fitted.lastYear() + ahead))
        });
        List<Intervention> shocks = new ArrayList<>();
        (outliers == null ? List.<Integer>of() : outliers).forEach(y -> shocks.add(Intervention.outlier(y)));
        (levelShifts == null ? List.<Integer>of() : levelShifts).forEach(y -> shocks.add(Intervention.levelShift(y)));
        String component = series.substring(series.lastIndexOf('.') + 1);
        // pooled pools over the same component of every history of the data
        Function<TrendFamily, TrendModel> models = BacktestCommand.modelsPooledOver(
                isShare
                        ? List.of()
                        : PanelSeries.around(ws.builder(), series, component).series());
        List<String> levelOnly = new ArrayList<>();
        for (TrendFamily f : TrendFamily.values()) {
            AnnualSeries target =
                    f.scale() == Scale.SHARE ? (isShare ? fitted : shareSeries) : (isShare ? null : fitted);
            if (target == null && isShare) {
                levelOnly.add(f.key());
                continue;
            }
            if (target == null) {
                rows.add(new String[] {
                    f.key(),
                    "",
                    "",
                    "",
                    "",
                    "",
                    f.scale() == Scale.SHARE
                            ? "fits a share; try " + series.replaceAll("\\.[a-z]+$", ".share")
                            : "fits a level, not a share",
                    ""
                });
                continue;
            }
            rows.add(row(models.apply(f), f.key(), target, List.of(), target == shareSeries));
            if (!shocks.isEmpty()) {
                rows.add(row(
                        models.apply(f),
                        f.key() + " + "
                                + shocks.stream().map(Intervention::label).collect(Collectors.joining(", ")),
                        target,
                        shocks,
                        target == shareSeries));
            }
        }
        if (wide) {
            Table.print(rows, out);
        } else {
            printNarrow(rows, out);
        }
        List<String> footer = new ArrayList<>();
        footer.add(
                isShare
                        ? "sigma: residual standard deviation in logit(share)."
                        : "sigma: residual standard deviation, in log " + component
                                + " for every family but linear (in its unit) and logistic (in logit(share)).");
        footer.add("80% interval: the model's own prediction interval where it has a closed form; n/a otherwise"
                + " (the scenarios' bands come from the simulation, docs/uncertainty.md).");
        if (!levelOnly.isEmpty()) {
            String history = series.substring(0, series.lastIndexOf('.'));
            footer.add(String.join(", ", levelOnly) + ": fit levels, not a share; fit " + history + ".digital or "
                    + history + ".other (the logistic of " + history + ".digital is fitted to this share).");
        }
        out.println();
        footer.forEach(line -> wrap(line, NARROW, "  ").forEach(out::println));
        return ExitCodes.OK;
    }

    /** Width of the default view, in columns. */
    static final int NARROW = 120;

    /**
     * The default view, within {@link #NARROW} columns: model, sigma, AICc, n and forecast in the table, each
     * model's note below it, wrapped; the parameters only with {@code --wide}.
     */
    private static void printNarrow(List<String[]> rows, PrintWriter out) {
        List<String[]> narrow = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            narrow.add(new String[] {r[0], r[2], r[3], r[4], r[5], r[7]});
            if (i > 0 && !r[6].isEmpty()) {
                notes.add(r[0] + ": " + r[6]);
            }
        }
        Table.print(narrow, out);
        if (!notes.isEmpty()) {
            out.println();
            for (String note : notes) {
                wrap(note, NARROW, "  ").forEach(out::println);
            }
        }
        out.println();
        out.println("Parameters with standard errors: --wide.");
    }

    /** @return the text in lines of at most {@code width} columns, broken at spaces, continuation lines indented */
    static List<String> wrap(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > 0 && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private String[] row(
            TrendModel model, String name, AnnualSeries target, List<Intervention> shocks, boolean onShare) {
        {
            try {
                TrendFamily f = model.family();
                TrendFit fit = model.fit(target, shocks);
                String params = fit.parameters().stream()
                        .map(p -> p.name() + " " + num(p.estimate())
                                + (Double.isNaN(p.standardError()) ? "" : " ± " + num(p.standardError())))
                        .collect(Collectors.joining(", "));
                List<String> values = java.util.Arrays.stream(fit.forecast(ahead))
                        .mapToObj(v -> f.scale() == Scale.SHARE
                                ? String.format(Locale.ROOT, "%.1f%%", 100 * v)
                                : String.format(Locale.ROOT, "%.0f", v))
                        .toList();
                // more than six years: the first and the last, so the column keeps its width
                String fc = values.size() <= 6 || wide
                        ? String.join(" ", values)
                        : values.get(0) + " … " + values.get(values.size() - 1);
                String note = (onShare ? "fitted to the share; " : "") + fit.note();
                return new String[] {
                    name,
                    params,
                    num(fit.sigma()),
                    Double.isNaN(fit.aicc()) ? "n/a" : String.format(Locale.ROOT, "%.2f", fit.aicc()),
                    String.valueOf(fit.data().size()),
                    fc,
                    note.replaceAll("; $", ""),
                    interval(fit, f.scale() == Scale.SHARE)
                };
            } catch (ModelException e) {
                return new String[] {name, "", "", "", "", "", "cannot fit: " + e.getMessage(), ""};
            }
        }
    }

    /** @return the 80 % prediction interval of the last year shown, or n/a where the family has none */
    private String interval(TrendFit fit, boolean share) {
        try {
            PredictionInterval i = fit.interval(ahead, 0.8);
            double lo = i.lower()[ahead - 1];
            double hi = i.upper()[ahead - 1];
            return share
                    ? String.format(Locale.ROOT, "%.1f–%.1f%%", 100 * lo, 100 * hi)
                    : String.format(Locale.ROOT, "%.0f–%.0f", lo, hi);
        } catch (ModelException e) {
            return "n/a";
        }
    }

    /** @return the unit of a level series' history, as the glossary names it */
    private static String unitOf(Workspace ws, String series) {
        try {
            return Glossary.unit(
                    ws.history(series.substring(0, series.lastIndexOf('.'))).unit(), Lang.EN);
        } catch (RuntimeException e) {
            return "in the data's unit";
        }
    }

    private static String describe(AnnualSeries s) {
        if (s.isEmpty()) {
            return "no years";
        }
        return s.firstYear() + "-" + s.lastYear() + (s.isContiguous() ? "" : ", with gaps");
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e6)
                ? String.format(Locale.ROOT, "%.3e", v)
                : String.format(Locale.ROOT, "%.4g", v);
    }
}
