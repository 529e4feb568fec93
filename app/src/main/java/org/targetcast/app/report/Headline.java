package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.targetcast.app.ScenarioResult;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Verdict;

/**
 * The answer in words, one sentence per share target of a scenario: the central projection against the
 * target, the probability, and the digital growth it takes against the growth the scenario assumes.
 */
public final class Headline {
    private Headline() {
    }

    /**
     * @param r a scenario result
     * @param chinese whether to write in Chinese
     * @return one sentence per single-year share target
     */
    public static List<String> of(ScenarioResult r, boolean chinese) {
        List<String> out = new ArrayList<>();
        Projection p = r.projection();
        int c = p.lastObservedYear();
        for (int i = 0; i < r.verdicts().size(); i++) {
            Verdict v = r.verdicts().get(i);
            if (!(v.target() instanceof ShareTarget t) || t.reachedBy()) {
                continue;
            }
            TargetOutlook o = r.outlook() == null ? null : r.outlook().targets().get(i);
            double assumed = Math.pow(p.digital(t.year()) / p.digital(c), 1.0 / (t.year() - c)) - 1;
            String name = r.loaded().scenario().name();
            if (chinese) {
                out.add(String.format(Locale.ROOT, "%s：%d年占比预测为%.1f%%，目标%s%%%s；要实现目标，%d年起数字贸易须年均增长%.1f%%，情景假设为%.1f%%。",
                        name, t.year(), 100 * v.projected(), pct(t.share()),
                        o == null ? "" : String.format(Locale.ROOT, "，实现概率%.0f%%", 100 * o.probability()),
                        c, 100 * v.requiredGrowth(), 100 * assumed));
            } else {
                out.add(String.format(Locale.ROOT, "%s: the share is projected at %.1f %% in %d against the %s %% target%s;"
                        + " meeting it takes digital trade growing %.1f %% a year from %d, against %.1f %% in the scenario.",
                        name, 100 * v.projected(), t.year(), pct(t.share()),
                        o == null ? "" : String.format(Locale.ROOT, " (probability %.0f %%)", 100 * o.probability()),
                        100 * v.requiredGrowth(), c, 100 * assumed));
            }
        }
        return out;
    }

    private static String pct(double share) {
        return java.math.BigDecimal.valueOf(100 * share).stripTrailingZeros().toPlainString();
    }
}
