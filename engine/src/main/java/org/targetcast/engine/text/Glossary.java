package org.targetcast.engine.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.targetcast.charts.Labels;
import org.targetcast.charts.Lang;
import org.targetcast.model.calibration.RefusedHistory;
import org.targetcast.model.data.PublishedShareCheck;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.Likelihood;
import org.targetcast.model.target.OnTrackCategory;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * The words a reader of the run's outputs sees, in English and Chinese, for the terminal, the report (HTML and
 * PDF) and the explorer. Terms are looked up by key in the one store of texts the charts use too
 * ({@link Labels}, {@code labels_en.properties} and {@code labels_zh.properties}): one key per concept. This
 * class adds the texts built from model values (targets, likelihoods, probabilities' names, refusals). The
 * Chinese column is the project's glossary (占比 for the share, 当年 for the in-year reading, 截至…年曾达到 for
 * the reached-by reading, 解析 for the closed form, 中心路径 for the central projection).
 */
public final class Glossary {
    private Glossary() {}

    /**
     * The term of a concept, from the one store of texts ({@link Labels}). A term given arguments is formatted
     * in {@link Locale#ROOT}; one given none is formatted too (so {@code %%} prints as {@code %}), unless its
     * template takes arguments: then it comes back as written, for a caller that formats it itself.
     *
     * @param key a concept
     * @param lang the language
     * @param args values for the term's placeholders
     * @return the term
     * @throws IllegalArgumentException for an unknown concept
     */
    public static String term(String key, Lang lang, Object... args) {
        Labels labels = Labels.of(lang);
        if (!labels.has(key)) {
            throw new IllegalArgumentException("no term '" + key + "'");
        }
        String template = labels.template(key);
        return args.length == 0 && takesArguments(template) ? template : labels.text(key, args);
    }

    /** @return whether a Formatter template holds a conversion other than {@code %%} and {@code %n} */
    private static boolean takesArguments(String template) {
        return template.replace("%%", "").replace("%n", "").indexOf('%') >= 0;
    }

    /**
     * @param unit a unit of levels as the data name it, e.g. {@code USD_100m}
     * @param lang the language
     * @return its name for people ({@code USD 100 million}, {@code 亿美元}); the data's own name for a unit
     *     without one
     */
    public static String unit(String unit, Lang lang) {
        return Labels.of(lang).has("unit." + unit) ? term("unit." + unit, lang) : unit;
    }

    /**
     * @param l a likelihood
     * @param lang the language
     * @return its word, under {@code likelihood.<name>} (Chinese after the IPCC's own Chinese reports: 很可能,
     *     可能, 可能性相当, 不太可能, 很不可能)
     */
    public static String likelihood(Likelihood l, Lang lang) {
        return term("likelihood." + l.name().toLowerCase(Locale.ROOT), lang);
    }

    /**
     * @param a an assumption a planner moves
     * @param lang the language
     * @return its name, capitalised in English: under {@code assumption.<key>}, or the tornado chart's
     *     {@code sensitivity.<key>} where the words are the same
     */
    public static String assumption(org.targetcast.model.analysis.Assumption a, Lang lang) {
        String own = "assumption." + a.key();
        return term(Labels.of(lang).has(own) ? own : "sensitivity." + a.key(), lang);
    }

    /**
     * @param c an on-track category
     * @param lang the language
     * @return its words, under {@code on_track.<name>}
     */
    public static String onTrack(OnTrackCategory c, Lang lang) {
        return term("on_track." + c.name().toLowerCase(Locale.ROOT), lang);
    }

    /**
     * @param t a target
     * @param lang the language
     * @return its label with a typographic ≥, e.g. {@code share ≥ 45% in 2029}, {@code 2029年占比 ≥ 45%}
     */
    public static String target(Target t, Lang lang) {
        if (t instanceof ShareTarget s) {
            return lang == Lang.ZH
                    ? (s.reachedBy() ? "截至" + s.year() + "年占比曾达到 ≥ " : s.year() + "年占比 ≥ ") + percent(s.share()) + "%"
                    : "share ≥ " + percent(s.share()) + "% " + (s.reachedBy() ? "by " : "in ") + s.year();
        }
        GrowthTarget g = (GrowthTarget) t;
        if (g.average()) {
            return lang == Lang.ZH
                    ? g.from() + "–" + g.to() + "年数字贸易年均增长 ≥ " + percent(g.atLeast()) + "%"
                    : "digital growth ≥ " + percent(g.atLeast()) + "% a year on average " + g.from() + "–" + g.to();
        }
        return lang == Lang.ZH
                ? g.from() + "–" + g.to() + "年数字贸易每年增长 ≥ " + percent(g.atLeast()) + "%"
                : "digital growth ≥ " + percent(g.atLeast()) + "% each year " + g.from() + "–" + g.to();
    }

    /**
     * @param t a target
     * @param lang the language
     * @return its label for narrow tables: a share target as in {@link #target}, a growth target without
     *     "each year" ({@code digital ≥ 0% a year, 2025–2029})
     */
    public static String shortTarget(Target t, Lang lang) {
        if (t instanceof GrowthTarget g) {
            return lang == Lang.ZH
                    ? g.from() + "–" + g.to() + "年数字贸易年增长 ≥ " + percent(g.atLeast()) + "%"
                    : "digital ≥ " + percent(g.atLeast()) + "% a year, " + g.from() + "–" + g.to();
        }
        return target(t, lang);
    }

    /**
     * @param t a target
     * @param lang the language
     * @return the name of its headline probability: P(share in 2029 ≥ 45%), P(every year 2025–2029 ≥ 0%)
     */
    public static String probabilityName(Target t, Lang lang) {
        if (t instanceof ShareTarget s) {
            if (s.reachedBy()) {
                return reachedName(s, lang);
            }
            return lang == Lang.ZH
                    ? "P(" + s.year() + "年当年占比 ≥ " + percent(s.share()) + "%)"
                    : "P(share in " + s.year() + " ≥ " + percent(s.share()) + "%)";
        }
        GrowthTarget g = (GrowthTarget) t;
        if (g.average()) {
            return lang == Lang.ZH
                    ? g.from() + "–" + g.to() + "年数字贸易年均增长 ≥ " + percent(g.atLeast()) + "%"
                    : "digital growth ≥ " + percent(g.atLeast()) + "% a year on average " + g.from() + "–" + g.to();
        }
        return lang == Lang.ZH
                ? "P(" + g.from() + "–" + g.to() + "年逐年增长 ≥ " + percent(g.atLeast()) + "%)"
                : "P(growth ≥ " + percent(g.atLeast()) + "% every year " + g.from() + "–" + g.to() + ")";
    }

    /**
     * @param s a share target
     * @param lang the language
     * @return the name of its reached-by probability: P(reached 45% by 2029)
     */
    public static String reachedName(ShareTarget s, Lang lang) {
        return lang == Lang.ZH
                ? "P(截至" + s.year() + "年曾达到" + percent(s.share()) + "%)"
                : "P(reached " + percent(s.share()) + "% by " + s.year() + ")";
    }

    /**
     * @param name the scenario's name (its file's name)
     * @param titleZh its {@code title_zh}, or empty
     * @param lang the language
     * @return how a table names it: in English its name; in Chinese the short form of its Chinese title (the part
     *     before a full-width colon, 基准情景 for 基准情景：按拟合趋势延续…), its name where the file gives no title
     */
    public static String scenarioName(String name, String titleZh, Lang lang) {
        if (lang != Lang.ZH || titleZh.isBlank()) {
            return name;
        }
        int colon = titleZh.indexOf('：');
        return colon > 0 ? titleZh.substring(0, colon) : titleZh;
    }

    /**
     * @param name the scenario's name (its file's name)
     * @param titleZh its {@code title_zh}, or empty
     * @param lang the language
     * @return how a heading names it: in English its name; in Chinese the short form of its Chinese title with
     *     the name the reader typed after it (基准情景（baseline）), its name where the file gives no title
     */
    public static String scenarioHeading(String name, String titleZh, Lang lang) {
        String shown = scenarioName(name, titleZh, lang);
        return shown.equals(name) ? name : shown + "（" + name + "）";
    }

    /**
     * @param lang the language
     * @param files file names
     * @return them as a list in running text: {@code a.csv, b.csv}; {@code a.csv、b.csv}
     */
    public static String files(Lang lang, List<String> files) {
        return String.join(term("list.separator", lang), files);
    }

    /**
     * @param series a series id of the data, e.g. {@code knowledge_intensive_mofcom}
     * @param lang the language
     * @return its name for people in Chinese (知识密集型服务贸易（商务部）); the id in English, or for a series
     *     without a name
     */
    public static String series(String series, Lang lang) {
        return Labels.of(lang).has("series." + series) ? term("series." + series, lang) : series;
    }

    /**
     * @param c a published share checked against the history
     * @param lang the language
     * @return why the history misses it: {@code reproduced}, or the history's division and what the published
     *     share needs instead (the check's own English text where it carries no figures)
     */
    public static String publishedGap(PublishedShareCheck c, Lang lang) {
        if (c.reproduced()) {
            return term("bases.reproduced", lang);
        }
        PublishedShareCheck.Arithmetic a = c.arithmetic();
        if (lang != Lang.ZH) {
            return c.explanation();
        }
        if (a == null) {
            return term("bases.differs", lang) + "，" + term("bases.undefined", lang);
        }
        String why = term(
                "bases.arithmetic",
                lang,
                a.digital(),
                a.digitalSources(),
                a.total(),
                a.totalSources(),
                c.computed(),
                c.published(),
                a.totalNeeded(),
                100 * (a.totalNeeded() / a.total() - 1),
                a.digitalNeeded(),
                100 * (a.digitalNeeded() / a.digital() - 1));
        return Double.isNaN(a.unctadShare()) ? why : why + term("bases.unctad.share", lang, a.unctadShare());
    }

    /**
     * @param r a history refused from the calibration panel
     * @param lang the language
     * @return why: in English the screen's own words; in Chinese the cause, with the sources and years of a
     *     vintage break (数据版本断点：可数字化交付服务贸易数据分别来自S24 (2010–2019)、S28 (2020–2023))
     */
    public static String refusal(RefusedHistory r, Lang lang) {
        if (lang != Lang.ZH) {
            return r.reason();
        }
        if (r.cause() == RefusedHistory.Cause.UNBUILT) {
            return term("refused.unbuilt", lang);
        }
        List<String> parts = new java.util.ArrayList<>();
        if (r.vintage().digital() != null) {
            parts.add(term("refused.vintage.digital", lang, vintages(r.vintage().digital())));
        }
        if (r.vintage().total() != null) {
            parts.add(term("refused.vintage.total", lang, vintages(r.vintage().total())));
        }
        return term("refused.vintage", lang, String.join("；", parts));
    }

    /** @return the sources of a vintage break as a Chinese list, their years joined by an en dash: S24 (2010–2019)、S28 */
    private static String vintages(String sources) {
        return sources.replace(", ", "、").replaceAll("(\\d{4})-(\\d{4})", "$1–$2");
    }

    /** @return a fraction as a short percent number: 0.45 gives 45, 0.075 gives 7.5 */
    public static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }
}
