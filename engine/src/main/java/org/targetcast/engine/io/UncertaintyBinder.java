package org.targetcast.engine.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.targetcast.engine.io.ScenarioKeys.Place;
import org.targetcast.engine.io.YamlTree.Entry;
import org.targetcast.engine.io.YamlTree.YMap;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.UncertaintySpec;
import org.targetcast.model.trend.TrendFamily;

/**
 * Reads {@code uncertainty:} and the components' {@code volatility}. Absent keys take the defaults of
 * {@link UncertaintySpec#defaults()}; volatilities and correlation absent mean "estimated from the fit
 * residuals".
 */
final class UncertaintyBinder {
    private static final List<String> METHODS = List.of("auto", "analytic", "montecarlo");
    private static final List<String> SOURCES = List.of("fit_window", "history");
    private static final List<String> CALIBRATIONS = List.of("none", "panel");
    private static final List<TrendFamily> AVERAGEABLE = List.of(
            TrendFamily.DRIFT, TrendFamily.LOG_LINEAR, TrendFamily.DAMPED, TrendFamily.LINEAR, TrendFamily.POOLED);

    private final TreeReads reads;

    UncertaintyBinder(TreeReads reads) {
        this.reads = reads;
    }

    UncertaintySpec uncertainty(YMap top, YMap comps) {
        UncertaintySpec d = UncertaintySpec.defaults();
        Double volD = volatility(comps, "digital");
        Double volO = volatility(comps, "other");
        YMap u = reads.map(top, Place.TOP, "", "uncertainty");
        if (u == null) {
            return new UncertaintySpec(d.method(), d.paths(), d.seed(), volD, volO, null, 0, false, null);
        }
        Place place = Place.UNCERTAINTY;
        String path = "uncertainty";
        reads.checkKeys(u, path, place);
        UncertaintySpec.Method method = d.method();
        Entry m = reads.entry(u, place, path, "method");
        if (m != null) {
            String word = reads.values.word(m.value(), "uncertainty.method");
            if (word != null && METHODS.contains(word.toLowerCase(Locale.ROOT))) {
                method = UncertaintySpec.Method.valueOf(word.toUpperCase(Locale.ROOT));
            } else if (word != null) {
                reads.problems.add(m.value()
                        .where()
                        .problem(
                                "uncertainty.method",
                                "unknown method '" + word + "'" + Suggestions.didYouMean(word, METHODS)
                                        + "; expected one of auto, analytic, montecarlo"));
            }
        }
        ScalarParser values = reads.values;
        Long paths = values.integer(reads.entry(u, place, path, "paths"), "uncertainty.paths", 1_000, 100_000_000);
        Long seed =
                values.integer(reads.entry(u, place, path, "seed"), "uncertainty.seed", Long.MIN_VALUE, Long.MAX_VALUE);
        Double correlation =
                values.number(reads.entry(u, place, path, "correlation"), "uncertainty.correlation", -1, 1);
        Double persistence =
                values.number(reads.entry(u, place, path, "persistence"), "uncertainty.persistence", 0, 0.99);
        Entry pu = reads.entry(u, place, path, "parameter_uncertainty");
        Boolean parameter = pu == null ? Boolean.FALSE : values.bool(pu.value(), "uncertainty.parameter_uncertainty");
        Entry tail = reads.entry(u, place, path, "tail_df");
        Double df = values.number(tail, "uncertainty.tail_df", 2.01, 1e6);
        Double scale = values.number(
                reads.entry(u, place, path, "variance_scale"), "uncertainty.variance_scale", 0.0001, 10_000);
        UncertaintySpec.ShockSource source = UncertaintySpec.ShockSource.FIT_WINDOW;
        Entry sh = reads.entry(u, place, path, "shocks");
        if (sh != null) {
            String word = values.word(sh.value(), "uncertainty.shocks");
            if (word != null && SOURCES.contains(word.toLowerCase(Locale.ROOT))) {
                source = UncertaintySpec.ShockSource.valueOf(word.toUpperCase(Locale.ROOT));
            } else if (word != null) {
                reads.problems.add(sh.value()
                        .where()
                        .problem(
                                "uncertainty.shocks",
                                "unknown shock source '" + word + "'" + Suggestions.didYouMean(word, SOURCES)
                                        + "; expected fit_window or history"));
            }
        }
        List<TrendFamily> families = new ArrayList<>();
        Entry fe = reads.entry(u, place, path, "families");
        if (fe != null) {
            if (fe.value() instanceof YamlTree.YList list) {
                for (YamlTree.YNode item : list.items()) {
                    String word = values.word(item, "uncertainty.families");
                    var family = word == null
                            ? java.util.Optional.<TrendFamily>empty()
                            : TrendFamily.fromKey(word.toLowerCase(Locale.ROOT));
                    if (family.isPresent() && AVERAGEABLE.contains(family.get()) && !families.contains(family.get())) {
                        families.add(family.get());
                    } else if (word != null) {
                        reads.problems.add(
                                item.where()
                                        .problem(
                                                "uncertainty.families",
                                                "'" + word + "' cannot be averaged"
                                                        + Suggestions.didYouMean(
                                                                word,
                                                                AVERAGEABLE.stream()
                                                                        .map(TrendFamily::key)
                                                                        .toList())
                                                        + "; expected distinct families among drift, loglinear, damped, linear, pooled"));
                    }
                }
            } else {
                reads.problems.add(fe.value()
                        .where()
                        .problem("uncertainty.families", "expected a list such as [drift, loglinear, damped]"));
            }
        }
        ErrorCalibration.Source calibration = ErrorCalibration.Source.NONE;
        Entry ce = reads.entry(u, place, path, "calibration");
        if (ce != null) {
            String word = values.word(ce.value(), "uncertainty.calibration");
            String key = word == null ? null : word.toLowerCase(Locale.ROOT);
            if (ErrorCalibration.Source.PANEL.key().equals(key)) {
                calibration = ErrorCalibration.Source.PANEL;
            } else if (word != null && !ErrorCalibration.Source.NONE.key().equals(key)) {
                reads.problems.add(ce.value()
                        .where()
                        .problem(
                                "uncertainty.calibration",
                                "unknown calibration '" + word + "'" + Suggestions.didYouMean(word, CALIBRATIONS)
                                        + "; expected none or panel"));
            }
        }
        if (method == UncertaintySpec.Method.ANALYTIC && df != null) {
            reads.problems.add(tail.value()
                    .where()
                    .problem(
                            "uncertainty.tail_df",
                            "method analytic needs Gaussian shocks; remove tail_df or use method auto"));
            df = null;
        }
        return new UncertaintySpec(
                method,
                paths == null ? d.paths() : paths.intValue(),
                seed == null ? d.seed() : seed,
                volD,
                volO,
                correlation,
                persistence == null ? 0 : persistence,
                parameter != null && parameter,
                df,
                scale == null ? 1.0 : scale,
                source,
                families,
                calibration);
    }

    private Double volatility(YMap comps, String key) {
        if (comps == null
                || !(comps.entries().get(key) != null
                        && comps.entries().get(key).value() instanceof YMap c)) {
            return null;
        }
        return reads.values.number(
                reads.entry(c, Place.COMPONENT, "components." + key, "volatility"),
                "components." + key + ".volatility",
                0,
                2);
    }
}
