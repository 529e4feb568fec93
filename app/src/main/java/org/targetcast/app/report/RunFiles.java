package org.targetcast.app.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.targetcast.engine.workspace.CalibrationUse;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.model.assessment.Provenance;
import org.targetcast.model.assessment.TargetAssessment;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.data.ValueFlag;
import org.targetcast.model.projection.Component;
import org.targetcast.model.projection.Projection;
import org.targetcast.model.scenario.ComponentSpec;
import org.targetcast.model.simulation.MonteCarlo;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.QuantileLevels;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Verdict;
import org.targetcast.model.trend.Parameter;
import org.targetcast.model.trend.TrendFit;

/** Writes {@code summary.csv}, {@code trajectories.csv} and {@code manifest.json} for a run. */
public final class RunFiles {
    /** Significant digits of a trade level (USD billions) in {@code trajectories.csv}: more than the data carry. */
    static final int LEVEL_DIGITS = 6;

    private RunFiles() {}

    /**
     * One row per scenario and target, rounded to what the model supports: probabilities, shares and growth
     * rates to {@value Formats#FRACTION_DECIMALS} decimals (0.01 percentage points), gaps to 0.01 points,
     * on-track ratios to 0.001; the range across families is widened to hold the headline after rounding
     * ({@code probability_low <= probability <= probability_high}). {@code probability} is the headline: for a
     * share target judged in its year, P(share in the year ≥ target); for a reached-by target, P(reached
     * in some year up to it); for a growth target, P(growth ≥ the minimum in every year of the range).
     * {@code probability_reached_by} is the reached-by reading of a share target beside it;
     * {@code probability_low} and {@code probability_high} the range across the trend families (equal to
     * the probability for a single model); {@code probability_exact}, {@code probability_simulated} and
     * {@code probability_simulated_se} the check of the closed form against the Monte Carlo;
     * {@code likelihood} the verdict word ({@link org.targetcast.model.target.Likelihood}).
     *
     * @param results scenario results
     * @param file where to write
     * @throws IOException on a write failure
     */
    public static void summary(List<ScenarioResult> results, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scenario,title,target,kind,year,threshold,projected,gap_pp,met,first_year_reached,"
                    + "required_digital_growth,on_track_baseline,on_track_ratio,on_track_category,"
                    + "probability,probability_se,probability_method,probability_exact,probability_simulated,probability_simulated_se,"
                    + "median_first_year,probability_reached_by,probability_low,probability_high,likelihood\n");
            for (ScenarioResult r : results) {
                for (TargetAssessment j : r.judged()) {
                    Verdict v = j.verdict();
                    TargetOutlook o = j.outlook().orElse(null);
                    String kind = v.target() instanceof ShareTarget st
                            ? (st.reachedBy() ? "share_reached_by" : "share_in_year")
                            : "digital_growth";
                    double threshold =
                            v.target() instanceof ShareTarget st ? st.share() : ((GrowthTarget) v.target()).atLeast();
                    w.write(String.join(
                            ",",
                            Formats.csvText(r.loaded().scenario().name()),
                            Formats.csvText(r.loaded().scenario().title()),
                            Formats.csvText(v.target().label()),
                            kind,
                            String.valueOf(v.target().year()),
                            Formats.csvFraction(threshold),
                            Formats.csvFraction(v.projected()),
                            Formats.csvFixed(v.gapPoints(), 2),
                            String.valueOf(v.met()),
                            v.firstYearReached().isPresent()
                                    ? String.valueOf(v.firstYearReached().getAsInt())
                                    : "",
                            v.target() instanceof ShareTarget ? Formats.csvFraction(v.requiredGrowth()) : "",
                            v.onTrack()
                                    .map(t -> String.valueOf(t.baselineYear()))
                                    .orElse(""),
                            v.onTrack().map(t -> Formats.csvFixed(t.ratio(), 3)).orElse(""),
                            v.onTrack()
                                    .map(t -> t.category().name().toLowerCase(Locale.ROOT))
                                    .orElse(""),
                            o == null ? "" : Formats.csvFraction(o.probability()),
                            o == null ? "" : Formats.csvFraction(o.standardError()),
                            o == null ? "" : o.method().key(),
                            o == null ? "" : Formats.csvFraction(o.analytic()),
                            o == null ? "" : Formats.csvFraction(o.simulated()),
                            o == null ? "" : Formats.csvFraction(o.simulatedSe()),
                            o == null || o.firstYear().length == 0 || o.medianFirstYearOffset() < 0
                                    ? ""
                                    : String.valueOf(r.projection().lastObservedYear() + o.medianFirstYearOffset()),
                            o == null ? "" : Formats.csvFraction(o.reachedBy()),
                            o == null ? "" : Formats.csvFraction(Math.min(o.lowest(), o.probability())),
                            o == null ? "" : Formats.csvFraction(Math.max(o.highest(), o.probability())),
                            j.likelihood()
                                    .map(l -> l.name().toLowerCase(Locale.ROOT))
                                    .orElse("")));
                    w.write('\n');
                }
            }
        }
    }

    /**
     * One row per scenario and year: observed years with their data flags (kind {@code observed}, or
     * {@code estimated} for a year the history estimates), then projected years.
     *
     * @param results scenario results
     * @param file where to write
     * @throws IOException on a write failure
     */
    public static void trajectories(List<ScenarioResult> results, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("scenario,year,kind,digital,other,total,share,flags,sources");
            for (double level : QuantileLevels.levels()) {
                header.append(String.format(Locale.ROOT, ",share_q%02d", Math.round(level * 100)));
            }
            w.write(header.append('\n').toString());
            for (ScenarioResult r : results) {
                Projection p = r.projection();
                ComponentHistory h = p.history();
                for (int y = h.firstYear(); y <= p.horizon(); y++) {
                    boolean observed = y <= p.lastObservedYear();
                    double d = p.digital(y);
                    double o = p.other(y);
                    String flags = observed
                            ? h.flagsOf(y).stream()
                                    .map(ValueFlag::name)
                                    .map(s -> s.toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(";"))
                            : "";
                    w.write(String.join(
                            ",",
                            Formats.csvText(r.loaded().scenario().name()),
                            String.valueOf(y),
                            observed ? (h.isEstimated(y) ? "estimated" : "observed") : "projected",
                            Formats.csvSignificant(d, LEVEL_DIGITS),
                            Formats.csvSignificant(o, LEVEL_DIGITS),
                            Formats.csvSignificant(d + o, LEVEL_DIGITS),
                            Formats.csvFraction(d / (d + o)),
                            flags,
                            observed ? Formats.csvText(h.sourcesOf(y)) : ""));
                    for (int j = 0; j < QuantileLevels.count(); j++) {
                        w.write(',');
                        if (!observed && r.outlook() != null) {
                            w.write(Formats.csvFraction(r.outlook().quantile(y, j)));
                        }
                    }
                    w.write('\n');
                }
            }
        }
    }

    /**
     * The simulated distribution of the first year each share target is reached: one row per scenario,
     * target and year (the latest observed year counts paths already at or above the target; "never"
     * those not reaching it by the horizon).
     *
     * @param results scenario results with outlooks
     * @param file where to write
     * @throws IOException on a write failure
     */
    public static void firstYears(List<ScenarioResult> results, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scenario,target,first_year,fraction_of_paths,cumulative\n");
            for (ScenarioResult r : results) {
                if (r.outlook() == null) {
                    continue;
                }
                int c = r.projection().lastObservedYear();
                for (TargetOutlook o : r.outlook().targets()) {
                    double[] f = o.firstYear();
                    double cum = 0;
                    for (int k = 0; k < f.length; k++) {
                        cum += f[k];
                        String year = k == f.length - 1 ? "never" : String.valueOf(c + k);
                        w.write(String.join(
                                        ",",
                                        Formats.csvText(r.loaded().scenario().name()),
                                        Formats.csvText(o.target().label()),
                                        year,
                                        Formats.csvFraction(f[k]),
                                        k == f.length - 1 ? "" : Formats.csvFraction(cum))
                                + "\n");
                    }
                }
            }
        }
    }

    /**
     * The run manifest: toolkit version, data file and hash, each scenario's file, hash and model choices
     * with fitted parameters, and the files written.
     *
     * @param results scenario results
     * @param version toolkit version
     * @param dataFile data file as named by the user
     * @param dataHash its SHA-256
     * @param calibrations the panel calibrations the run used: the panel each was fitted on (histories,
     *     years, data hash, key) and whether it came from the cache
     * @param written files written, relative to the output folder
     * @param file where to write
     * @throws IOException on a write failure
     */
    public static void manifest(
            List<ScenarioResult> results,
            String version,
            String dataFile,
            String dataHash,
            List<CalibrationUse> calibrations,
            List<String> written,
            Path file)
            throws IOException {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"tool\": \"targetcast\",\n  \"version\": ")
                .append(Formats.json(version))
                .append(",\n");
        sb.append("  \"java\": ")
                .append(Formats.json(System.getProperty("java.version", "")))
                .append(",\n");
        sb.append("  \"data\": {\"file\": ")
                .append(Formats.json(dataFile))
                .append(", \"sha256\": ")
                .append(Formats.json(dataHash))
                .append("},\n");
        sb.append("  \"scenarios\": [\n");
        for (int i = 0; i < results.size(); i++) {
            ScenarioResult r = results.get(i);
            var s = r.loaded().scenario();
            Provenance p = r.provenance(version);
            sb.append("    {\"name\": ")
                    .append(Formats.json(s.name()))
                    .append(", \"file\": ")
                    .append(Formats.json(p.scenarioFile()))
                    .append(", \"sha256\": ")
                    .append(Formats.json(p.scenarioHash()))
                    .append(", \"history\": ")
                    .append(Formats.json(r.history().economy()))
                    .append(", \"last_observed\": ")
                    .append(r.projection().lastObservedYear())
                    .append(", \"horizon\": ")
                    .append(s.horizon())
                    .append(",\n     \"components\": {")
                    .append(component("digital", s.digital(), r.projection(), Component.DIGITAL))
                    .append(", ")
                    .append(component("other", s.other(), r.projection(), Component.OTHER))
                    .append("}")
                    .append(
                            r.outlook() == null
                                    ? ""
                                    : ",\n     \"uncertainty\": "
                                            + uncertainty(
                                                    r.outlook(),
                                                    p,
                                                    s.uncertainty().varianceScale()))
                    .append("}")
                    .append(i < results.size() - 1 ? ",\n" : "\n");
        }
        sb.append("  ],\n  \"calibration_panels\": [");
        for (int i = 0; i < calibrations.size(); i++) {
            CalibrationUse c = calibrations.get(i);
            sb.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"left_out\": ")
                    .append(Formats.json(c.leftOut()))
                    .append(", \"histories\": ")
                    .append(c.economies().size())
                    .append(", \"years\": \"")
                    .append(c.firstYear())
                    .append('-')
                    .append(c.lastYear())
                    .append("\", \"data_sha256\": ")
                    .append(Formats.json(c.dataHash()))
                    .append(", \"key\": ")
                    .append(Formats.json(c.fingerprint()))
                    .append(", \"from_cache\": ")
                    .append(c.fromCache())
                    .append(",\n     \"economies\": [")
                    .append(c.economies().stream().map(Formats::json).collect(Collectors.joining(", ")))
                    .append("]}");
        }
        sb.append(calibrations.isEmpty() ? "],\n" : "\n  ],\n");
        sb.append("  \"files\": [");
        sb.append(written.stream().map(Formats::json).collect(Collectors.joining(", ")));
        sb.append("]\n}\n");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static String component(String key, ComponentSpec spec, Projection p, Component c) {
        StringBuilder sb = new StringBuilder(Formats.json(key))
                .append(": {\"model\": ")
                .append(Formats.json(spec.model().key()));
        sb.append(", \"fit_from\": ")
                .append(spec.fit().from())
                .append(", \"fit_to\": ")
                .append(spec.fit().to())
                .append(", \"exclude\": ")
                .append(spec.fit().excluded())
                .append(", \"shocks\": [")
                .append(spec.fit().shocks().stream()
                        .map(i -> Formats.json(i.label()))
                        .collect(Collectors.joining(", ")))
                .append(']')
                .append(", \"explicit_growth_years\": ")
                .append(spec.growth().rates().keySet());
        p.fit(c).ifPresent(f -> sb.append(", \"fit\": ").append(fit(f)));
        return sb.append('}').toString();
    }

    private static String uncertainty(Outlook o, Provenance p, double varianceScale) {
        ShockModel s = o.shocks();
        return "{\"paths\": " + p.paths() + ", \"variance_scale\": " + num(varianceScale) + ", \"seed\": " + p.seed()
                + ", \"quantiles\": " + Formats.json(o.quantileMethod().key())
                + ", \"generator\": \"XO_RO_SHI_RO_128_PP, one jump per block of " + MonteCarlo.BLOCK + " paths\""
                + ", \"volatility_digital\": " + num(s.sigmaDigital()) + ", \"volatility_other\": "
                + num(s.sigmaOther())
                + ", \"correlation\": " + num(s.correlation()) + ", \"persistence\": " + num(s.persistence())
                + ", \"tail_df\": " + num(s.tailDf()) + ", \"parameter_sd_digital\": " + num(s.parameterSdDigital())
                + ", \"parameter_sd_other\": " + num(s.parameterSdOther())
                + ", \"notes\": [" + o.notes().stream().map(Formats::json).collect(Collectors.joining(", ")) + "]}";
    }

    private static String fit(TrendFit f) {
        StringBuilder sb = new StringBuilder("{\"family\": ")
                .append(Formats.json(f.family().key()))
                .append(", \"years\": \"")
                .append(f.data().firstYear())
                .append('-')
                .append(f.data().lastYear())
                .append("\", \"n\": ")
                .append(f.data().size())
                .append(", \"sigma\": ")
                .append(num(f.sigma()))
                .append(", \"aicc\": ")
                .append(num(f.aicc()))
                .append(", \"parameters\": {");
        List<Parameter> ps = f.parameters();
        for (int i = 0; i < ps.size(); i++) {
            sb.append(i == 0 ? "" : ", ")
                    .append(Formats.json(ps.get(i).name()))
                    .append(": ")
                    .append(num(ps.get(i).estimate()));
        }
        return sb.append("}}").toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }
}
