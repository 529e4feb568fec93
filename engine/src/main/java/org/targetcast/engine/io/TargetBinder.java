package org.targetcast.engine.io;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.engine.io.ScenarioKeys.Place;
import org.targetcast.engine.io.YamlTree.Entry;
import org.targetcast.engine.io.YamlTree.YList;
import org.targetcast.engine.io.YamlTree.YMap;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * Reads {@code targets:}, a list of share targets ({@code {year: 2029, share: 0.45, reached_by: true}}) and
 * growth targets ({@code {from: 2025, to: 2029, digital_growth_at_least: 0}}). Without the key, the policy
 * targets: a share of at least 45 % in 2029, at least 50 % in 2035, digital growth at least 0 every year
 * 2025–2029.
 */
final class TargetBinder {
    private final TreeReads reads;

    TargetBinder(TreeReads reads) {
        this.reads = reads;
    }

    List<Target> targets(YMap top, int horizon) {
        Entry e = reads.entry(top, Place.TOP, "", "targets");
        if (e == null) {
            return List.of(ShareTarget.in(2029, 0.45), ShareTarget.in(2035, 0.50), new GrowthTarget(2025, 2029, 0.0));
        }
        if (!(e.value() instanceof YList list)) {
            reads.problems.add(e.value()
                    .where()
                    .problem(
                            "targets",
                            "expected a list of targets, found " + e.value().describe()));
            return List.of();
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String path = "targets[" + (i + 1) + "]";
            reads.locations.put(path, list.items().get(i).where());
            if (!(list.items().get(i) instanceof YMap t)) {
                reads.problems.add(list.items()
                        .get(i)
                        .where()
                        .problem(
                                path,
                                "expected a mapping such as {year: 2029, share: 0.45}, found "
                                        + list.items().get(i).describe()));
                continue;
            }
            Target target = t.entries().containsKey("digital_growth_at_least")
                    ? growth(t, path, horizon)
                    : share(t, path, horizon);
            if (target != null) {
                out.add(target);
            }
        }
        return out;
    }

    private Target growth(YMap t, String path, int horizon) {
        Place place = Place.GROWTH_TARGET;
        reads.checkKeys(t, path, place);
        Integer from = reads.requiredYear(t, place, path, "from", ScenarioBinder.MIN_YEAR, horizon);
        Integer to = reads.requiredYear(t, place, path, "to", ScenarioBinder.MIN_YEAR, horizon);
        Entry ge = reads.entry(t, place, path, "digital_growth_at_least");
        Double g = reads.values.rate(ge.value(), path + ".digital_growth_at_least");
        if (from != null && to != null && from > to) {
            reads.problems.add(t.entries()
                    .get("to")
                    .value()
                    .where()
                    .problem(path + ".to", "expected a year not before from = " + from + ", found " + to));
            return null;
        }
        Entry re = reads.entry(t, place, path, "reading");
        Boolean average = Boolean.FALSE;
        if (re != null) {
            String word = reads.values.word(re.value(), path + ".reading");
            if ("average".equals(word)) {
                average = Boolean.TRUE;
            } else if (word != null && !"every_year".equals(word)) {
                reads.problems.add(re.value()
                        .where()
                        .problem(
                                path + ".reading",
                                "unknown reading '" + word + "'"
                                        + Suggestions.didYouMean(word, List.of("every_year", "average"))
                                        + "; expected every_year (growth at least the rate in each year) or average"
                                        + " (compound growth at least the rate a year over the years)"));
                average = null;
            }
        }
        return from != null && to != null && g != null && average != null
                ? new GrowthTarget(from, to, g, average)
                : null;
    }

    private Target share(YMap t, String path, int horizon) {
        Place place = Place.SHARE_TARGET;
        reads.checkKeys(t, path, place);
        Integer year = reads.requiredYear(t, place, path, "year", ScenarioBinder.MIN_YEAR, horizon);
        Entry s = reads.entry(t, place, path, "share");
        Double share = s == null
                ? reads.missing(t, path, "share", "a share between 0 and 1 such as 0.45 or \"45%\"")
                : reads.values.fraction(s.value(), path + ".share", 0, 1, true);
        Entry rb = reads.entry(t, place, path, "reached_by");
        Boolean reachedBy = rb == null ? Boolean.FALSE : reads.values.bool(rb.value(), path + ".reached_by");
        return year != null && share != null && reachedBy != null ? new ShareTarget(year, share, reachedBy) : null;
    }
}
