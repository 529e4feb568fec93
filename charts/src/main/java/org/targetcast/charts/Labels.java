package org.targetcast.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every text a reader sees, in one language: the charts' labels and the words of the terminal, the report and
 * the explorer, one key per concept. The texts live in {@code labels_en.properties} and
 * {@code labels_zh.properties} beside this class (read as UTF-8); both files hold the same keys. Values are
 * {@link java.util.Formatter} templates ({@code %%} for a percent sign) formatted in {@link Locale#ROOT}, so
 * years print as {@code 2029}, never {@code 2,029}. The constants below name the keys the charts use; the
 * engine's {@code Glossary} reads the rest through {@link #text} and {@link #template}.
 */
public final class Labels {
    /** Chart title of the share trajectory. */
    public static final String SHARE_TITLE = "share.title";
    /** Default subtitle of the share trajectory. */
    public static final String SHARE_SUBTITLE = "share.subtitle";
    /** Y axis title: the share in percent. */
    public static final String AXIS_SHARE = "axis.share";
    /** X axis title: the calendar year. */
    public static final String AXIS_YEAR = "axis.year";
    /** Legend entry of the observed series. */
    public static final String LEGEND_HISTORY = "legend.history";
    /** Legend entry of the years of a history that are estimated, not published. */
    public static final String LEGEND_ESTIMATED = "legend.estimated";
    /** Legend entry of the projected series. */
    public static final String LEGEND_PROJECTION = "legend.projection";
    /** Legend entry of a target: arguments are the share in percent (text) and the year. */
    public static final String LEGEND_TARGET = "legend.target";
    /**
     * Legend entry of a target with the probability of reaching it: arguments are the share in percent
     * (text), the year and the probability in percent (text).
     */
    public static final String LEGEND_TARGET_PROBABILITY = "legend.target.probability";
    /** Chart title of the fan chart. */
    public static final String FAN_TITLE = "fan.title";
    /** Legend entry of the median projection. */
    public static final String LEGEND_MEDIAN = "legend.median";
    /** Legend entry of a central probability band: argument is its coverage in percent (text). */
    public static final String LEGEND_BAND = "legend.band";
    /** A tick label in percent: argument is the number (text), e.g. {@code 6 %} or {@code 6%}. */
    public static final String TICK_PERCENT = "tick.percent";
    /** Chart title of the probability map: argument is the target (text), e.g. {@code 45 % by 2029}. */
    public static final String MAP_TITLE = "map.title";
    /** Legend entry of a probability class: arguments are its bounds in percent (text), e.g. 10 and 20. */
    public static final String LEGEND_PROBABILITY_CLASS = "legend.probability.class";
    /** Legend entry of a probability contour: argument is its level in percent (text). */
    public static final String LEGEND_CONTOUR = "legend.contour";
    /** Legend entry of the scenario's own point on a probability map. */
    public static final String LEGEND_SCENARIO_POINT = "legend.scenario.point";
    /**
     * Legend entry of the scenario's own point where a swept growth is its mean over years: argument is
     * the years (text), e.g. {@code 2026–2035}.
     */
    public static final String LEGEND_SCENARIO_POINT_MEAN = "legend.scenario.point.mean";
    /** Chart title of the tornado chart. */
    public static final String TORNADO_TITLE = "tornado.title";
    /** Value axis title of the tornado chart: the probability in percent. */
    public static final String TORNADO_AXIS = "tornado.axis";
    /** Tornado bar of the choice between trend families (a choice, not an assumption's range). */
    public static final String SENSITIVITY_MODEL_CHOICE = "sensitivity.model_choice";
    /** Tornado bar of the choice between data bases, MOFCOM's and UNCTAD's. */
    public static final String SENSITIVITY_DATA_BASIS = "sensitivity.data_basis";
    /** Legend entry of the bars for the low value of each assumption. */
    public static final String LEGEND_LOW = "legend.low";
    /** Legend entry of the bars for the high value of each assumption. */
    public static final String LEGEND_HIGH = "legend.high";
    /** Legend entry of the base value line: argument is the value in percent (text). */
    public static final String LEGEND_BASE = "legend.base";
    /** Chart title of the scenario overlay. */
    public static final String OVERLAY_TITLE = "overlay.title";
    /** Legend entry explaining the scenario bands. */
    public static final String LEGEND_SCENARIO_BANDS = "legend.scenario.bands";
    /**
     * Value axis title of levels when the caller gives none: the shipped data's unit, the same key as that
     * unit's name elsewhere ({@code unit.USD_100m}).
     */
    public static final String AXIS_LEVEL = "unit.USD_100m";
    /** Value axis title of the decomposition: the change in percentage points. */
    public static final String AXIS_POINTS = "axis.points";
    /** Chart title of the backtest. */
    public static final String BACKTEST_TITLE = "backtest.title";
    /** Subtitle of the backtest naming its model: argument is the model name. */
    public static final String BACKTEST_SUBTITLE = "backtest.subtitle";
    /** Legend entry of one past forecast: argument is its origin year. */
    public static final String LEGEND_FORECAST_FROM = "legend.forecast.from";
    /** Legend entry of many past forecasts: arguments are the first and last origin years. */
    public static final String LEGEND_FORECAST_RANGE = "legend.forecast.range";
    /** Chart title of the component levels. */
    public static final String COMPONENTS_TITLE = "components.title";
    /** Legend entry of the digitally deliverable component. */
    public static final String LEGEND_DIGITAL = "legend.digital";
    /** Legend entry of the other services component. */
    public static final String LEGEND_OTHER = "legend.other";
    /** Legend entry of total services trade. */
    public static final String LEGEND_TOTAL = "legend.total";
    /** Chart title of the share histogram: argument is the year. */
    public static final String HISTOGRAM_TITLE = "histogram.title";
    /** Y axis title of the share histogram: probability per percentage point, in percent. */
    public static final String HISTOGRAM_AXIS = "histogram.axis";
    /** X axis title: the share in one year, in percent; argument is the year. */
    public static final String AXIS_SHARE_IN = "axis.share.in";
    /** Legend entry of the histogram below the target. */
    public static final String LEGEND_BELOW_TARGET = "legend.below.target";
    /** Legend entry of the histogram at or above the target. */
    public static final String LEGEND_AT_OR_ABOVE_TARGET = "legend.at.or.above.target";
    /** Chart title of the decomposition of the share's change. */
    public static final String DECOMPOSITION_TITLE = "decomposition.title";
    /** Legend entry of the contribution of digital services growth. */
    public static final String LEGEND_CONTRIBUTION_DIGITAL = "legend.contribution.digital";
    /** Legend entry of the contribution of other services growth. */
    public static final String LEGEND_CONTRIBUTION_OTHER = "legend.contribution.other";
    /** Legend entry of the total change of the share. */
    public static final String LEGEND_TOTAL_CHANGE = "legend.total.change";
    /** A band's upper bound as a series of a slide chart: argument is the band's legend entry. */
    public static final String DECK_UPPER = "deck.upper";
    /** A band's lower bound as a series of a slide chart: argument is the band's legend entry. */
    public static final String DECK_LOWER = "deck.lower";
    /** Source line used when a chart is given none. */
    public static final String SOURCE_DEFAULT = "source.default";
    /** Chart title of the panel's share histories: argument is the number of other economies. */
    public static final String PANEL_TITLE = "panel.title";
    /** Legend entry of the panel's grey lines: argument is their number. */
    public static final String LEGEND_PANEL = "legend.panel";

    private static final Map<Lang, Labels> CACHE = loadAll();

    private final Lang lang;
    private final Map<String, String> texts;

    private Labels(Lang lang, Map<String, String> texts) {
        this.lang = lang;
        this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    /**
     * @param lang a language
     * @return the labels of that language
     */
    public static Labels of(Lang lang) {
        return CACHE.get(lang);
    }

    /** @return the language of these labels */
    public Lang lang() {
        return lang;
    }

    /** @return every key, sorted */
    public Set<String> keys() {
        return texts.keySet();
    }

    /**
     * @param key a key
     * @return whether this language has a text under it
     */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * The text under a key as written, not formatted: for a caller that formats it itself.
     *
     * @param key a key
     * @return its template, e.g. {@code %1$s%% band}
     * @throws ChartException if the key is unknown
     */
    public String template(String key) {
        String template = texts.get(key);
        if (template == null) {
            throw ChartException.of("no %s label for key '%s'", lang.code(), key);
        }
        return template;
    }

    /**
     * @param key a label key, e.g. {@link #AXIS_YEAR}
     * @param args template arguments, if the label has any
     * @return the label in this language
     * @throws ChartException if the key is unknown or the arguments do not fit the template
     */
    public String text(String key, Object... args) {
        String template = template(key);
        try {
            return String.format(Locale.ROOT, template, args);
        } catch (IllegalFormatException e) {
            throw new ChartException(
                    String.format(
                            Locale.ROOT,
                            "%s label '%s' = \"%s\" does not fit its arguments: %s",
                            lang.code(),
                            key,
                            template,
                            e.getMessage()),
                    e);
        }
    }

    /**
     * The name of one tornado bar: an assumption or a choice, under {@code sensitivity.<key>}.
     *
     * @param key the bar's key, e.g. {@code digital_growth} or {@code model_choice}
     * @return its label
     * @throws ChartException if there is none
     */
    public String factor(String key) {
        return text("sensitivity." + key);
    }

    /**
     * The name of one option of a choice shown as a tornado bar: a trend family or a data basis, under
     * {@code option.<key>}.
     *
     * @param key the option's key, e.g. {@code loglinear} or {@code unctad}
     * @return its label, or the key itself where none is defined
     */
    public String option(String key) {
        String label = texts.get("option." + key);
        return label == null ? key : label;
    }

    /**
     * The legend entry of a target, e.g. {@code Target 45 % by 2029} or {@code 2029年目标 45%}.
     *
     * @param share the target share as a fraction, e.g. 0.45
     * @param year the target year
     * @return the label
     */
    public String target(double share, int year) {
        return text(LEGEND_TARGET, percentText(share), year);
    }

    /**
     * The legend entry of a target with the probability of reaching it, e.g.
     * {@code Target 45 % by 2029: P = 23 %} or {@code 2029年目标 45%：概率 23%}.
     *
     * @param share the target share as a fraction, e.g. 0.45
     * @param year the target year
     * @param probability the probability of reaching it, a fraction in [0, 1]
     * @return the label
     */
    public String target(double share, int year, double probability) {
        return text(LEGEND_TARGET_PROBABILITY, percentText(share), year, probabilityText(probability));
    }

    /**
     * The legend entry of a central band, e.g. {@code 80 % band} or {@code 80% 区间}.
     *
     * @param coverage the probability the band covers, a fraction, e.g. 0.8
     * @return the label
     */
    public String band(double coverage) {
        return text(LEGEND_BAND, percentText(coverage));
    }

    /**
     * A probability as percent text, in whole percent ({@code 0.234} gives {@code 23}), except that a
     * probability strictly between 0 and 1 never prints as {@code 0} or {@code 100}: below 0.5 % and
     * above 99.5 % one decimal is kept ({@code 0.004} gives {@code 0.4}), and beyond that the text is
     * {@code <0.1} or {@code >99.9}.
     *
     * @param p a fraction in [0, 1]
     * @return the percent
     */
    static String probabilityText(double p) {
        BigDecimal pct = BigDecimal.valueOf(p).movePointRight(2);
        BigDecimal whole = pct.setScale(0, java.math.RoundingMode.HALF_UP);
        boolean inside = p > 0 && p < 1;
        if (!inside || (whole.signum() > 0 && whole.compareTo(BigDecimal.valueOf(100)) < 0)) {
            return whole.toPlainString();
        }
        BigDecimal tenth = pct.setScale(1, java.math.RoundingMode.HALF_UP);
        if (tenth.signum() == 0) {
            return "<0.1";
        }
        if (tenth.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return ">99.9";
        }
        return tenth.toPlainString();
    }

    /**
     * A share as percent text without trailing zeros: 0.45 gives {@code 45}, 0.475 gives {@code 47.5}.
     *
     * @param share a fraction
     * @return the percent, at most two decimals
     */
    static String percentText(double share) {
        BigDecimal pct = BigDecimal.valueOf(share)
                .movePointRight(2)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return pct.scale() < 0 ? pct.setScale(0).toPlainString() : pct.toPlainString();
    }

    private static Map<Lang, Labels> loadAll() {
        Map<Lang, Labels> all = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            all.put(lang, new Labels(lang, load(lang)));
        }
        return all;
    }

    private static Map<String, String> load(Lang lang) {
        String resource = "labels_" + lang.code() + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw ChartException.of("label file %s is missing from the charts module", resource);
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return texts;
        } catch (IOException e) {
            throw new ChartException("cannot read label file " + resource + ": " + e.getMessage(), e);
        }
    }
}
