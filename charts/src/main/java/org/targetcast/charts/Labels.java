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
 * Every text a chart shows, in one language. The texts live in {@code labels_en.properties} and
 * {@code labels_zh.properties} beside this class (read as UTF-8); both files hold the same keys. Values
 * are {@link java.util.Formatter} templates formatted in {@link Locale#ROOT}, so years print as
 * {@code 2029}, never {@code 2,029}.
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
    /** Legend entry of the projected series. */
    public static final String LEGEND_PROJECTION = "legend.projection";
    /** Legend entry of a target: arguments are the share in percent (text) and the year. */
    public static final String LEGEND_TARGET = "legend.target";
    /** Source line used when a chart is given none. */
    public static final String SOURCE_DEFAULT = "source.default";

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
     * @param key a label key, e.g. {@link #AXIS_YEAR}
     * @param args template arguments, if the label has any
     * @return the label in this language
     * @throws ChartException if the key is unknown or the arguments do not fit the template
     */
    public String text(String key, Object... args) {
        String template = texts.get(key);
        if (template == null) {
            throw ChartException.of("no %s label for key '%s'", lang.code(), key);
        }
        try {
            return String.format(Locale.ROOT, template, args);
        } catch (IllegalFormatException e) {
            throw new ChartException(String.format(Locale.ROOT, "%s label '%s' = \"%s\" does not fit its arguments: %s",
                    lang.code(), key, template, e.getMessage()), e);
        }
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
     * A share as percent text without trailing zeros: 0.45 gives {@code 45}, 0.475 gives {@code 47.5}.
     *
     * @param share a fraction
     * @return the percent, at most two decimals
     */
    static String percentText(double share) {
        BigDecimal pct = BigDecimal.valueOf(share).movePointRight(2)
                .setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
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
