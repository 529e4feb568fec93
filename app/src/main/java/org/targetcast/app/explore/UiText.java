package org.targetcast.app.explore;

import java.util.Locale;
import java.util.Map;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.target.Target;

/** The explorer window's words, in English and Chinese. */
final class UiText {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("title", new String[] {"targetcast explorer - %s", "targetcast 情景探索 - %s"}),
            Map.entry("assumptions", new String[] {"Assumptions", "假设"}),
            Map.entry("reset", new String[] {"Reset", "重置"}),
            Map.entry("reset.tip", new String[] {"Back to the scenario's value", "恢复情景中的取值"}),
            Map.entry("scenario.value", new String[] {"scenario: %s", "情景：%s"}),
            Map.entry("reset.all", new String[] {"Reset all", "全部重置"}),
            Map.entry("export", new String[] {"Export chart...", "导出图表..."}),
            Map.entry("save", new String[] {"Save as scenario...", "另存为情景..."}),
            Map.entry("col.target", new String[] {Glossary.term("target", Lang.EN), Glossary.term("target", Lang.ZH)}),
            Map.entry(
                    "col.projected",
                    new String[] {Glossary.term("projected", Lang.EN), Glossary.term("projected", Lang.ZH)}),
            Map.entry("col.gap", new String[] {Glossary.term("gap", Lang.EN), Glossary.term("gap", Lang.ZH)}),
            Map.entry("col.probability", new String[] {Glossary.term("p.in", Lang.EN), Glossary.term("p.in", Lang.ZH)}),
            Map.entry(
                    "col.reached",
                    new String[] {Glossary.term("p.reached", Lang.EN), Glossary.term("p.reached", Lang.ZH)}),
            Map.entry(
                    "col.verdict", new String[] {Glossary.term("verdict", Lang.EN), Glossary.term("verdict", Lang.ZH)}),
            Map.entry("exact", new String[] {"exact", "解析解"}),
            Map.entry("computing", new String[] {"Computing...", "计算中..."}),
            Map.entry("redrawn", new String[] {"%s · %s · computed in %d ms", "%s · %s · 用时 %d 毫秒"}),
            Map.entry("closed.form", new String[] {"closed form", "解析解"}),
            Map.entry("simulated", new String[] {"%,d simulated paths", "%,d 条模拟路径"}),
            Map.entry("reloaded", new String[] {"Reloaded %s", "已重新读取 %s"}),
            Map.entry("invalid", new String[] {
                "%s does not read; the last good version stays in use: %s", "%s 无法读取，继续使用上一个有效版本：%s"
            }),
            Map.entry("failed", new String[] {"Cannot compute: %s", "无法计算：%s"}),
            Map.entry("saved", new String[] {"Saved %s", "已保存 %s"}),
            Map.entry("exported", new String[] {"Exported %s", "已导出 %s"}),
            Map.entry("preset", new String[] {"Export preset", "导出规格"}),
            Map.entry("preset.web", new String[] {"web", "网页"}),
            Map.entry("preset.slides", new String[] {"slides", "幻灯片"}),
            Map.entry("preset.print", new String[] {"print", "打印"}));

    private final Lang lang;

    private UiText(Lang lang) {
        this.lang = lang;
    }

    static UiText of(Lang lang) {
        return new UiText(lang);
    }

    Lang lang() {
        return lang;
    }

    String text(String key, Object... args) {
        String[] t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no explorer text '" + key + "'");
        }
        return String.format(Locale.ROOT, t[lang == Lang.ZH ? 1 : 0], args);
    }

    String assumption(Assumption a) {
        return Glossary.assumption(a, lang);
    }

    String target(Target t) {
        return Glossary.target(t, lang);
    }
}
