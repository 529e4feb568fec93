package org.targetcast.model.trend;

import java.util.Objects;

/**
 * A one-off event in a given year that a trend fit should not mistake for trend: an additive outlier
 * (that year alone is off the trend) or a level shift (the level moves from that year on, the trend's
 * growth is unchanged).
 *
 * <p>How each family treats it: the regressions add a dummy regressor (a pulse, 1 in that year and 0
 * elsewhere, for an additive outlier; a step, 0 before and 1 from that year on, for a level shift), so
 * that R's {@code lm(z ~ t + dummies)} gives the same coefficients; the random walk with drift drops the
 * log changes the event touches (both changes around an outlier year, the change into a shift year). The
 * other families accept no interventions. See {@link TrendModel#fit(org.targetcast.model.series.AnnualSeries,
 * java.util.List)}.
 *
 * @param year the calendar year of the event
 * @param kind additive outlier or level shift
 */
public record Intervention(int year, Kind kind) {
    /** The two kinds of intervention. */
    public enum Kind {
        /** That year alone is off the trend (a pulse). */
        ADDITIVE_OUTLIER("AO"),
        /** The level moves from that year on (a step). */
        LEVEL_SHIFT("LS");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return the short label used in parameter names, {@code AO} or {@code LS} */
        public String label() {
            return label;
        }
    }

    /** Validates the kind. */
    public Intervention {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * @param year the year
     * @return an additive outlier in that year
     */
    public static Intervention outlier(int year) {
        return new Intervention(year, Kind.ADDITIVE_OUTLIER);
    }

    /**
     * @param year the first year at the new level
     * @return a level shift from that year on
     */
    public static Intervention levelShift(int year) {
        return new Intervention(year, Kind.LEVEL_SHIFT);
    }

    /** @return the parameter name of its effect, e.g. {@code AO 2020} or {@code LS 2021} */
    public String label() {
        return kind.label() + " " + year;
    }
}
