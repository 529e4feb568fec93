package org.targetcast.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.targetcast.app.report.Formats;
import org.targetcast.app.report.Table;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.data.Basis;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.data.ValueFlag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code targetcast data}: the history a scenario starts from, by year, with flags and the share. */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        header = "Show a history by year with its flags and the share.",
        description =
                "Print a history by year: digital, other and total services trade, the share, and a flag on every value that is not a plain published level.")
public final class DataCommand implements Callable<Integer> {
    @Option(
            names = "--history",
            paramLabel = "KEY",
            defaultValue = "china",
            description = "china (default, MOFCOM's basis), china@unctad (UNCTAD's basis), unctad:<Economy> or "
                    + "unctad:<Economy>/exports|imports, e.g. unctad:India.")
    String history;

    @Option(names = "--list", description = "List the histories the data support.")
    boolean list;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws = data.workspace();
        if (list) {
            ws.builder().historyNames().forEach(out::println);
            return ExitCodes.OK;
        }
        ComponentHistory h = ws.history(history, "--history");
        String flow = history.endsWith("/exports")
                ? "exports"
                : history.endsWith("/imports") ? "imports" : "exports + imports";
        out.printf(
                Locale.ROOT,
                "%s: services trade, %s (%s), %d-%d%n%n",
                h.economy(),
                unitName(h.unit()),
                flow,
                h.firstYear(),
                h.lastYear());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "year", "digital", "other", "total", "share", "value", "flags", "sources (digital / total)"
        });
        for (int y = h.firstYear(); y <= h.lastYear(); y++) {
            double d = h.digital().valueAt(y).getAsDouble();
            double t = h.total().valueAt(y).getAsDouble();
            rows.add(new String[] {
                String.valueOf(y),
                String.format(Locale.ROOT, "%.1f", d),
                String.format(Locale.ROOT, "%.1f", t - d),
                String.format(Locale.ROOT, "%.1f", t),
                Formats.pct(d / t),
                h.isEstimated(y) ? "estimated" : "published",
                h.flagsOf(y).stream().map(ValueFlag::code).sorted().collect(Collectors.joining()),
                h.sourcesOf(y)
            });
        }
        Table.print(rows, out);
        out.println();
        out.println("sources: ids in " + java.nio.file.Path.of(ws.dataFile()).resolveSibling("sources.csv")
                + "; an estimated value lists every figure it was built from");
        out.println("flags:");
        for (ValueFlag f : ValueFlag.values()) {
            out.println("  " + f.code() + "  " + f.description() + (f.estimated() ? " (estimated)" : ""));
        }
        if (Basis.ofHistory(h.economy()) != null) {
            HistoryChecks.print(ws, h, out);
        }
        return ExitCodes.OK;
    }

    private static String unitName(String unit) {
        return switch (unit) {
            case "USD_100m" -> "USD 100 million (亿美元)";
            case "CNY_100m" -> "CNY 100 million (亿元)";
            default -> unit;
        };
    }
}
