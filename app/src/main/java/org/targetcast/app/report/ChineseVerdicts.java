package org.targetcast.app.report;

import java.util.Locale;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.OnTrackCategory;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;
import org.targetcast.model.target.Verdict;

/** The verdict table's cells in Chinese, for the report with {@code --lang zh}. */
final class ChineseVerdicts {
    private ChineseVerdicts() {
    }

    static String[] header() {
        return new String[] {"情景", "目标", "预测值", "差距（百分点）", "实现概率", "首次达到", "所需数字贸易增速", "进度评估"};
    }

    static String[] row(String scenario, Verdict v, TargetOutlook o, int lastObserved) {
        boolean share = v.target() instanceof ShareTarget;
        String projected = share ? Formats.pct(v.projected()) : "最低 " + Formats.growth(v.projected());
        String first = "";
        if (share) {
            first = v.firstYearReached().isPresent() ? v.firstYearReached().getAsInt() + "年" : "预测期内未达到";
            if (o != null) {
                int m = o.medianFirstYearOffset();
                first += "（" + (m < 0 ? "-" : (lastObserved + m) + "年") + "）";
            }
        }
        String probability = o == null ? "" : o.method().equals("analytic")
                ? String.format(Locale.ROOT, "%.1f%% 精确（模拟 %.2f ± %.2f）", 100 * o.probability(), 100 * o.simulated(), 100 * o.simulatedSe())
                : String.format(Locale.ROOT, "%.2f%% ± %.2f", 100 * o.probability(), 100 * o.standardError());
        String required = share ? "每年 " + Formats.growth(v.requiredGrowth()) : "";
        String onTrack = v.onTrack().map(t -> category(t.category())
                + (Double.isNaN(t.ratio()) ? "" : String.format(Locale.ROOT, "（%.2f）", t.ratio())))
                .orElse(v.met() ? "中心路径达到" : "中心路径未达到");
        return new String[] {scenario, label(v.target()), projected, Formats.points(v.gapPoints()), probability, first, required, onTrack};
    }

    static String label(Target t) {
        if (t instanceof ShareTarget s) {
            return s.year() + (s.reachedBy() ? "年前占比达到 ≥ " : "年占比 ≥ ") + Formats.pct(s.share()).replace(".0%", "%");
        }
        GrowthTarget g = (GrowthTarget) t;
        return g.from() + "—" + g.to() + "年数字贸易每年增长 ≥ " + Formats.pct(g.atLeast()).replace(".0%", "%");
    }

    static String category(OnTrackCategory c) {
        return switch (c) {
            case ACHIEVED -> "已实现";
            case ON_TRACK -> "进展顺利";
            case ACCELERATION_NEEDED -> "需加速";
            case LIMITED_PROGRESS -> "进展有限";
            case DETERIORATION -> "退步";
        };
    }
}
