package org.targetcast.app.io;

import java.util.List;

/**
 * Every key a scenario file may use, by place. The single list the reader checks against and the
 * documentation is tested against.
 */
final class ScenarioKeys {
    static final List<String> TOP = List.of("name", "extends", "title", "description", "data", "horizon",
            "baseline_year", "components", "targets", "uncertainty");
    static final List<String> COMPONENTS = List.of("digital", "other");
    static final List<String> COMPONENT = List.of("model", "fit", "growth", "level_shocks", "volatility");
    static final List<String> FIT = List.of("from", "to", "exclude");
    static final List<String> SHARE_TARGET = List.of("year", "share", "reached_by");
    static final List<String> UNCERTAINTY = List.of("method", "paths", "seed", "correlation", "persistence",
            "parameter_uncertainty", "tail_df", "variance_scale");
    static final List<String> GROWTH_TARGET = List.of("from", "to", "digital_growth_at_least");

    private ScenarioKeys() {
    }
}
