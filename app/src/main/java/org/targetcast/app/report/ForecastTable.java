package org.targetcast.app.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.QuantileLevels;

/**
 * A scenario's forecast, year by year, as forecast tables show it (R's {@code forecast} with its Lo/Hi
 * columns, the Bank of England's fan-chart tables): for each projected year and each of the share, digital
 * and other services trade, the central path and the ranges that hold the middle 50 %, 80 % and 95 % of the
 * probability (the quantiles 25–75 %, 10–90 % and 2.5–97.5 %).
 *
 * <p>Every number is read from the run's own result, never projected again: the central value is the
 * scenario's projection (the {@code share}, {@code digital} and {@code other} of {@code trajectories.csv},
 * the {@code projected} of {@code summary.csv}); the share's 50 % and 80 % ranges are the outlook's share
 * quantiles that the fan chart and {@code trajectories.csv} show ({@code share_q25}, {@code share_q75},
 * {@code share_q10}, {@code share_q90}); the share's 95 % range and every range of the components are the
 * outlook's fine quantiles ({@link Outlook#projected()}), from the same closed form or paths.
 *
 * <p>The ranges are widened, where needed, to hold each other, so that {@code lo95 ≤ lo80 ≤ lo50} and
 * {@code hi50 ≤ hi80 ≤ hi95} hold, and still hold after rounding. The central path is not forced into them:
 * a model average's central path is its own model's, and bands made from the other economies' errors take
 * the side those errors leaned to, so the central value can lie outside the middle 50 %.
 */
public final class ForecastTable {
    /** The ranges' central probabilities, in the order of the columns. */
    public static final double[] COVERAGE = {0.5, 0.8, 0.95};

    private ForecastTable() {}

    /** A quantity the table shows. */
    public enum Quantity {
        /** The share of digitally deliverable services in total services trade (a fraction). */
        SHARE,
        /** Digitally deliverable services trade, in the data's unit. */
        DIGITAL,
        /** Other services trade, in the data's unit. */
        OTHER;

        /** @return its key in {@code forecast.csv} */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One row: a quantity in a projected year.
     *
     * @param scenario the scenario's name
     * @param year the projected year
     * @param quantity what the numbers are
     * @param central the central path's value
     * @param low the lower ends of the 50 %, 80 % and 95 % ranges (empty without an outlook)
     * @param high the upper ends, in the same order
     */
    public record Row(
            String scenario, int year, Quantity quantity, double central, List<Double> low, List<Double> high) {
        /** Copies the ends and checks that they pair. */
        public Row {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(quantity, "quantity");
            low = List.copyOf(low);
            high = List.copyOf(high);
            if (low.size() != high.size() || !low.isEmpty() && low.size() != COVERAGE.length) {
                throw new IllegalArgumentException("forecast row " + scenario + " " + year + " " + quantity.key() + ": "
                        + low.size() + " lower and " + high.size() + " upper ends; " + COVERAGE.length
                        + " of each, or none, are needed");
            }
        }

        /** @return whether the row has ranges (the run computed an outlook) */
        public boolean hasRanges() {
            return !low.isEmpty();
        }
    }

    /**
     * @param r a scenario's result
     * @return its rows: every projected year, share then digital then other
     */
    public static List<Row> of(ScenarioResult r) {
        Projection p = r.projection();
        Outlook o = r.outlook();
        List<Row> rows = new ArrayList<>();
        for (int y = p.lastObservedYear() + 1; y <= p.horizon(); y++) {
            double d = p.digital(y);
            double other = p.other(y);
            // the share as trajectories.csv computes it from the same two levels
            rows.add(row(r.name(), y, Quantity.SHARE, d / (d + other), o));
            rows.add(row(r.name(), y, Quantity.DIGITAL, d, o));
            rows.add(row(r.name(), y, Quantity.OTHER, other, o));
        }
        return rows;
    }

    /**
     * @param r a scenario's result
     * @param year a projected year
     * @return the share's row in that year
     * @throws IllegalArgumentException if the year is not projected
     */
    public static Row share(ScenarioResult r, int year) {
        return of(r).stream()
                .filter(x -> x.year() == year && x.quantity() == Quantity.SHARE)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(year + " is not a projected year of " + r.name()));
    }

    private static Row row(String scenario, int year, Quantity q, double central, Outlook o) {
        if (o == null) {
            return new Row(scenario, year, q, central, List.of(), List.of());
        }
        double[] low = new double[COVERAGE.length];
        double[] high = new double[COVERAGE.length];
        for (int i = 0; i < COVERAGE.length; i++) {
            double tail = (1 - COVERAGE[i]) / 2;
            low[i] = quantile(o, q, year, tail);
            high[i] = quantile(o, q, year, 1 - tail);
        }
        // widen from the inside out: each wider range holds the narrower. The central path is not forced into
        // the ranges: where the bands are the other economies' errors, which leaned to one side, it can lie
        // outside the 50 % range, and the table says so rather than hide it
        for (int i = 1; i < COVERAGE.length; i++) {
            low[i] = Math.min(low[i], low[i - 1]);
            high[i] = Math.max(high[i], high[i - 1]);
        }
        return new Row(scenario, year, q, central, boxed(low), boxed(high));
    }

    /**
     * The quantity's quantile at a level: for the share at a level of {@link QuantileLevels}, the very number
     * the fan chart and {@code trajectories.csv} show; else the outlook's fine quantiles.
     */
    static double quantile(Outlook o, Quantity q, int year, double level) {
        long percent = Math.round(level * 1000);
        boolean outlookLevel = percent % 50 == 0 && percent > 0 && percent < 1000;
        return switch (q) {
            case SHARE ->
                outlookLevel
                        ? o.quantile(year, QuantileLevels.indexOf(level))
                        : o.projected().share().quantile(year, level);
            case DIGITAL -> o.projected().digital().quantile(year, level);
            case OTHER -> o.projected().other().quantile(year, level);
        };
    }

    private static List<Double> boxed(double[] v) {
        List<Double> out = new ArrayList<>();
        for (double x : v) {
            out.add(x);
        }
        return out;
    }

    /**
     * Writes {@code forecast.csv}: one row per scenario, projected year and quantity ({@code share},
     * {@code digital}, {@code other}), with the unit ({@code fraction} for the share, the data's unit such as
     * {@code USD_100m} for the components), the central value and the ends of the 50 %, 80 % and 95 % ranges
     * (empty without an outlook). Rounded as {@code trajectories.csv} is: the share to
     * {@value Formats#FRACTION_DECIMALS} decimals ({@link Formats#csvFraction}), the levels to
     * {@value RunFiles#LEVEL_DIGITS} significant digits ({@link Formats#csvSignificant}); rounding is monotone,
     * so the order of the ends survives it.
     *
     * @param results scenario results
     * @param file where to write
     * @throws IOException on a write failure
     */
    public static void csv(List<ScenarioResult> results, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scenario,year,quantity,unit,central,lo50,hi50,lo80,hi80,lo95,hi95\n");
            for (ScenarioResult r : results) {
                String unit = r.history().unit();
                for (Row row : of(r)) {
                    List<String> cells = new ArrayList<>(List.of(
                            Formats.csvText(row.scenario()),
                            String.valueOf(row.year()),
                            row.quantity().key(),
                            row.quantity() == Quantity.SHARE ? "fraction" : Formats.csvText(unit),
                            csvValue(row.quantity(), row.central())));
                    for (int i = 0; i < COVERAGE.length; i++) {
                        cells.add(
                                row.hasRanges()
                                        ? csvValue(row.quantity(), row.low().get(i))
                                        : "");
                        cells.add(
                                row.hasRanges()
                                        ? csvValue(row.quantity(), row.high().get(i))
                                        : "");
                    }
                    w.write(String.join(",", cells));
                    w.write('\n');
                }
            }
        }
    }

    /**
     * @param q a quantity
     * @param v its value
     * @return the value as {@code forecast.csv} and {@code trajectories.csv} write it
     */
    static String csvValue(Quantity q, double v) {
        return q == Quantity.SHARE ? Formats.csvFraction(v) : Formats.csvSignificant(v, RunFiles.LEVEL_DIGITS);
    }
}
