package org.targetcast.app.explore;

import java.util.Locale;
import java.util.Map;
import org.targetcast.charts.Lang;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
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
            Map.entry("col.target", new String[] {"Target", "目标"}),
            Map.entry("col.projected", new String[] {"Central projection", "中心预测"}),
            Map.entry("col.gap", new String[] {"Gap (pp)", "差距（百分点）"}),
            Map.entry("col.probability", new String[] {"P(met)", "达成概率"}),
            Map.entry("exact", new String[] {"exact", "解析"}),
            Map.entry("computing", new String[] {"Computing...", "计算中..."}),
            Map.entry("redrawn", new String[] {"%s · %s · computed in %d ms", "%s · %s · 用时 %d 毫秒"}),
            Map.entry("closed.form", new String[] {"closed form", "解析解"}),
            Map.entry("simulated", new String[] {"%,d simulated paths", "%,d 条模拟路径"}),
            Map.entry("reloaded", new String[] {"Reloaded %s", "已重新读取 %s"}),
            Map.entry("invalid", new String[] {"%s does not read; the last good version stays in use: %s",
                "%s 无法读取，继续使用上一个有效版本：%s"}),
            Map.entry("failed", new String[] {"Cannot compute: %s", "无法计算：%s"}),
            Map.entry("saved", new String[] {"Saved %s", "已保存 %s"}),
            Map.entry("exported", new String[] {"Exported %s", "已导出 %s"}),
            Map.entry("preset", new String[] {"Export preset", "导出规格"}),
            Map.entry("growth.target", new String[] {"digital growth >= %s%% each year %d-%d", "%d-%d年数字贸易年增长 ≥ %s%%"}),
            Map.entry("share.target", new String[] {"share >= %s%% %s %d", "%3$d年%2$s份额 ≥ %1$s%%"}),
            Map.entry("in", new String[] {"in", ""}),
            Map.entry("by", new String[] {"by", "前"}));

    private static final Map<Assumption, String> ZH_ASSUMPTIONS = Map.of(
            Assumption.DIGITAL_GROWTH, "数字贸易年增长率",
            Assumption.OTHER_GROWTH, "其他服务贸易年增长率",
            Assumption.DIGITAL_VOLATILITY, "数字贸易增长波动率",
            Assumption.OTHER_VOLATILITY, "其他服务贸易增长波动率",
            Assumption.CORRELATION, "两类冲击的相关系数",
            Assumption.VARIANCE_SCALE, "冲击方差校准系数");

    private final Lang lang;

    /** @return a fraction as a short percent number: 0.45 gives 45, 0.075 gives 7.5 */
    private static String pct(double fraction) {
        return java.math.BigDecimal.valueOf(fraction * 100).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

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
        if (lang == Lang.ZH) {
            return ZH_ASSUMPTIONS.get(a);
        }
        String d = a.description();
        return Character.toUpperCase(d.charAt(0)) + d.substring(1);
    }

    String target(Target t) {
        if (t instanceof ShareTarget s) {
            return text("share.target", pct(s.share()), text(s.reachedBy() ? "by" : "in"), s.year());
        }
        GrowthTarget g = (GrowthTarget) t;
        return lang == Lang.ZH ? text("growth.target", g.from(), g.to(), pct(g.atLeast()))
                : text("growth.target", pct(g.atLeast()), g.from(), g.to());
    }
}
