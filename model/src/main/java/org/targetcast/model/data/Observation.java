package org.targetcast.model.data;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.targetcast.model.ModelException;

/**
 * One published figure: a level (or a share) of one series for one economy and year, with its source.
 *
 * <p>A level has {@code measure = "level"}. A share has a measure naming its denominator, such as
 * {@code share_of_trade} (total services trade, exports + imports) or {@code share_of_exports}; its
 * {@code flow} is the flow of the numerator ({@code total} or {@code exports}) and its unit is
 * {@code percent}, at most 100. A published growth rate has {@code measure = "growth"}: the year-on-year
 * change of the series' US-dollar level in percent, above −100 (it may be negative).
 *
 * <p>Tags in the note are read case-insensitively: {@code ROUNDED}/{@code rounded}/{@code APPROX} mark a
 * rounded figure, {@code LOWER BOUND} a figure the source gives as "more than".
 *
 * @param economy the economy, e.g. {@code China}, {@code World}
 * @param year calendar year, 1900–2100
 * @param series what is measured, e.g. {@code digitally_deliverable_mofcom}
 * @param flow {@code total} (exports + imports), {@code exports} or {@code imports}
 * @param measure {@code level}, or {@code share_of_...} naming the denominator of a share
 * @param unit {@code USD_100m}, {@code CNY_100m} or {@code percent}
 * @param value the figure as published (after power-of-ten unit conversion only), finite and ≥ 0
 * @param sourceId the source's id, e.g. {@code S24}
 * @param quality the source's grade
 * @param note free text: the original wording and tags; may be empty, never null
 */
public record Observation(
        String economy,
        int year,
        String series,
        String flow,
        String measure,
        String unit,
        double value,
        String sourceId,
        Quality quality,
        String note) {

    /** The measure of a level. */
    public static final String LEVEL = "level";
    /** The measure of a published year-on-year growth rate, in percent. */
    public static final String GROWTH = "growth";
    /** The prefix of every share measure. */
    public static final String SHARE_PREFIX = "share_of_";
    /** The units an observation may have. */
    public static final Set<String> UNITS = Set.of("USD_100m", "CNY_100m", "percent");
    /** The flows an observation may have. */
    public static final Set<String> FLOWS = Set.of("total", "exports", "imports");
    /** First year accepted. */
    public static final int MIN_YEAR = 1900;
    /** Last year accepted. */
    public static final int MAX_YEAR = 2100;

    /** Validates every field; messages name the field and the value. */
    public Observation {
        requireText("economy", economy);
        requireText("series", series);
        requireText("flow", flow);
        requireText("measure", measure);
        requireText("unit", unit);
        requireText("source_id", sourceId);
        if (quality == null) {
            throw ModelException.of("quality of %s %s %d is missing", economy, series, year);
        }
        note = note == null ? "" : note;
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ModelException.of("year = %d is outside %d-%d", year, MIN_YEAR, MAX_YEAR);
        }
        if (!FLOWS.contains(flow)) {
            throw ModelException.of("flow = '%s' is not one of total, exports, imports", flow);
        }
        if (!UNITS.contains(unit)) {
            throw ModelException.of("unit = '%s' is not one of USD_100m, CNY_100m, percent", unit);
        }
        if (!measure.equals(LEVEL)
                && !measure.equals(GROWTH)
                && !(measure.startsWith(SHARE_PREFIX) && measure.length() > SHARE_PREFIX.length())) {
            throw ModelException.of(
                    "measure = '%s' is neither 'level', 'growth' nor 'share_of_<denominator>'", measure);
        }
        boolean growth = measure.equals(GROWTH);
        if (!Double.isFinite(value) || (growth ? value <= -100 : value < 0)) {
            throw ModelException.of(
                    "value for %s %s %d = %s; a finite number %s is expected",
                    economy, series, year, value, growth ? "above -100" : ">= 0");
        }
        boolean share = measure.startsWith(SHARE_PREFIX);
        if ((share || growth) && !unit.equals("percent")) {
            throw ModelException.of(
                    "unit = '%s' for the %s %s %d; it is in percent",
                    unit, growth ? "growth rate" : "share", series, year);
        }
        if (!share && !growth && unit.equals("percent")) {
            throw ModelException.of(
                    "unit = 'percent' for the level %s %d; a level is in USD_100m or CNY_100m", series, year);
        }
        if (share && value > 100) {
            throw ModelException.of("value for the share %s %s %d = %s is above 100", economy, series, year, value);
        }
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ModelException.of("%s = '%s'; a non-blank value is expected", field, text == null ? "" : text);
        }
    }

    /** @return whether this is a level (not a share) */
    public boolean isLevel() {
        return measure.equals(LEVEL);
    }

    /** @return whether the note marks the figure as rounded or approximate */
    public boolean isRounded() {
        String n = note.toLowerCase(Locale.ROOT);
        return n.contains("rounded") || n.contains("approx");
    }

    /** @return whether the note marks the figure as a lower bound ("exceeded ...") */
    public boolean isLowerBound() {
        return note.toLowerCase(Locale.ROOT).contains("lower bound");
    }

    /** @return whether the figure is second-hand (grade D) */
    public boolean isSecondary() {
        return quality == Quality.D;
    }

    /** @return the flags a history built from this figure carries: {@code SECONDARY}, {@code ROUNDED} */
    public Set<ValueFlag> flags() {
        EnumSet<ValueFlag> f = EnumSet.noneOf(ValueFlag.class);
        if (isSecondary()) {
            f.add(ValueFlag.SECONDARY);
        }
        if (isRounded()) {
            f.add(ValueFlag.ROUNDED);
        }
        return f;
    }

    /** @return {@code economy year series flow measure unit = value (source, grade)}, for messages */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%s %d %s %s %s %s = %s (%s, %s)",
                economy,
                year,
                series,
                flow,
                measure,
                unit,
                value,
                sourceId,
                quality);
    }
}
