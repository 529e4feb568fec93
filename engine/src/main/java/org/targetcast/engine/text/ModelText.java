package org.targetcast.engine.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.targetcast.charts.Lang;
import org.targetcast.model.selection.AutoFit;
import org.targetcast.model.selection.AutoModel;
import org.targetcast.model.selection.DieboldMariano;
import org.targetcast.model.selection.ModelRanking;
import org.targetcast.model.trend.TrendFamily;

/**
 * The words of the backtest in each language: trend families, series keys of the data and what {@code auto} chose,
 * built from the model's values (its English notes are the English text, never parsed for the Chinese).
 */
public final class ModelText {
    /** Trend families in Chinese; the sensitivity chart's names where it has them (labels_zh.properties). */
    private static final Map<TrendFamily, String> FAMILIES_ZH = Map.of(
            TrendFamily.LOG_LINEAR, "对数线性",
            TrendFamily.LINEAR, "线性",
            TrendFamily.DRIFT, "漂移",
            TrendFamily.DAMPED, "阻尼趋势",
            TrendFamily.POOLED, "面板合并漂移",
            TrendFamily.THETA, "Theta法",
            TrendFamily.LOGISTIC, "逻辑斯蒂",
            TrendFamily.AUTO, "自动选择",
            TrendFamily.COMBO, "组合预测");

    private static final Map<String, String> COMPONENTS_ZH = Map.of(
            "digital", "可数字化交付服务贸易",
            "other", "其他服务贸易",
            "total", "服务贸易总额",
            "share", "可数字化交付服务贸易占比");

    private static final Pattern NEEDS = Pattern.compile("needs at least (\\d+) years of data, found (\\d+)");

    private ModelText() {}

    /**
     * @param f a trend family
     * @param lang the language
     * @return its name: the key in English ({@code loglinear}), the Chinese name (对数线性)
     */
    public static String family(TrendFamily f, Lang lang) {
        return lang == Lang.ZH ? FAMILIES_ZH.get(f) : f.key();
    }

    /**
     * @param key a series of the data as {@code <history>.<component>}: {@code china.digital},
     *     {@code unctad:India.share}
     * @param lang the language
     * @return in English the key; in Chinese the history's name and the component's
     *     (中国（商务部口径）可数字化交付服务贸易), the key itself where either has no name
     */
    public static String series(String key, Lang lang) {
        int dot = key.lastIndexOf('.');
        if (lang != Lang.ZH || dot < 0) {
            return key;
        }
        String history = key.substring(0, dot);
        String component = COMPONENTS_ZH.get(key.substring(dot + 1));
        String name = history.equals("china@unctad")
                ? Glossary.term("panel.china.unctad", lang)
                : EconomyNames.history(history, lang);
        return component == null || name.equals(history) ? key : name + component;
    }

    /**
     * @param key a series of the data as {@code <history>.<component>}
     * @param lang the language
     * @return in English the key; in Chinese the history's name alone (印度, 中国（商务部口径）), for a table whose
     *     series are all of one component; the key itself where the history has no name
     */
    public static String history(String key, Lang lang) {
        int dot = key.lastIndexOf('.');
        if (lang != Lang.ZH || dot < 0) {
            return key;
        }
        String history = key.substring(0, dot);
        String name = history.equals("china@unctad")
                ? Glossary.term("panel.china.unctad", lang)
                : EconomyNames.history(history, lang);
        return name.equals(history) ? key : name;
    }

    /**
     * @param failure the first origin's failure of a backtest, as the model words it
     * @param lang the language
     * @return why no forecast was formed: the years of data needed and found where the failure says them,
     *     otherwise "could not be fitted"
     */
    public static String failure(String failure, Lang lang) {
        Matcher m = NEEDS.matcher(failure);
        if (lang != Lang.ZH) {
            return m.find() ? failure.substring(m.start()) : Glossary.term("backtest.unfitted", lang);
        }
        return m.find()
                ? Glossary.term("backtest.needs", lang, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : Glossary.term("backtest.unfitted", lang);
    }

    /**
     * @param fit auto's fit to a whole series
     * @param lang the language
     * @return in English the fit's own note; in Chinese the family chosen, the backtest ranking and, where a
     *     family ranked above drift, the Diebold-Mariano test that kept or left drift
     */
    public static String autoChoice(AutoFit fit, Lang lang) {
        if (lang != Lang.ZH) {
            return fit.note();
        }
        ModelRanking ranking = fit.ranking();
        String ranked = ranking(ranking, lang);
        List<TrendFamily> order =
                ranking.ranked().stream().map(ModelRanking.Entry::family).toList();
        if (!order.contains(fit.chosenFamily())) {
            return Glossary.term("backtest.auto.fell", lang, family(fit.chosenFamily(), lang), ranked);
        }
        String evidence = "";
        TrendFamily best = order.isEmpty() ? null : order.get(0);
        if (best != null && best != AutoModel.FALLBACK && order.contains(AutoModel.FALLBACK)) {
            DieboldMariano dm = ranking.test(AutoModel.FALLBACK, best).orElseThrow();
            evidence = Glossary.term(
                    "backtest.dm",
                    lang,
                    family(best, lang),
                    family(AutoModel.FALLBACK, lang),
                    dm.statistic(),
                    dm.pValue(),
                    dm.origins());
            if (!dm.challengerBetter(AutoModel.SIGNIFICANCE)) {
                evidence += Glossary.term(
                        "backtest.dm.kept",
                        lang,
                        Glossary.percent(AutoModel.SIGNIFICANCE) + "%",
                        family(AutoModel.FALLBACK, lang));
            }
        }
        return Glossary.term("backtest.auto.chose", lang, family(fit.chosenFamily(), lang), ranked + evidence);
    }

    private static String ranking(ModelRanking r, Lang lang) {
        if (r.isEmpty()) {
            return Glossary.term("backtest.unranked", lang, r.reason());
        }
        String list = r.ranked().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.3f", family(e.family(), lang), e.mase()))
                .collect(Collectors.joining(Glossary.term("list.separator", lang)));
        String text =
                Glossary.term("backtest.ranking", lang, list, r.ranked().get(0).forecasts());
        return r.excluded().isEmpty()
                ? text
                : text
                        + Glossary.term(
                                "backtest.too.few",
                                lang,
                                r.excluded().stream()
                                        .map(k -> familyByKey(k, lang))
                                        .collect(Collectors.joining(Glossary.term("list.separator", lang))));
    }

    /** @return the family of an excluded entry ({@code damped (2 of 8 forecasts)}) by its name */
    private static String familyByKey(String entry, Lang lang) {
        int space = entry.indexOf(' ');
        String key = space < 0 ? entry : entry.substring(0, space);
        for (TrendFamily f : TrendFamily.values()) {
            if (f.key().equals(key)) {
                return family(f, lang);
            }
        }
        return entry;
    }
}
