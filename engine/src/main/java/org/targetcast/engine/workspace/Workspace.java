package org.targetcast.engine.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.targetcast.engine.io.DataCsvReader;
import org.targetcast.engine.io.Hashes;
import org.targetcast.engine.io.InputException;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.engine.io.ScenarioReader;
import org.targetcast.engine.io.ScenarioSets;
import org.targetcast.model.ModelException;
import org.targetcast.model.analysis.SharedFits;
import org.targetcast.model.assessment.Provenance;
import org.targetcast.model.calibration.BandEvidence;
import org.targetcast.model.calibration.JumpEstimator;
import org.targetcast.model.calibration.PanelCalibration;
import org.targetcast.model.calibration.PanelEvidence;
import org.targetcast.model.calibration.PanelJumps;
import org.targetcast.model.calibration.PanelScreen;
import org.targetcast.model.calibration.RefusedHistory;
import org.targetcast.model.calibration.ShareCalibration;
import org.targetcast.model.calibration.ShareCalibrationResult;
import org.targetcast.model.data.Basis;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.data.Dataset;
import org.targetcast.model.data.HistoryBuilder;
import org.targetcast.model.outlook.Forecaster;
import org.targetcast.model.projection.Component;
import org.targetcast.model.projection.Projector;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.selection.BacktestMemo;
import org.targetcast.model.series.AnnualSeries;

/**
 * The inputs of one command: the data file (read once, on first use) with the histories built from it,
 * and the scenario files named on the command line. One per command; what it builds on first use (the
 * data, the panel screen, the forecaster) is built once under its lock and read without it afterwards, and
 * the histories are kept in a concurrent map, so that scenarios can be projected and forecast on several
 * threads, even while a caller holds the workspace's lock.
 */
public final class Workspace {
    /** Where the shipped data live, relative to the working directory. */
    public static final String DEFAULT_DATA = "scenarios/data/observations.csv";
    /** Where the shipped scenarios live. */
    public static final String DEFAULT_SCENARIOS = "scenarios";
    /** The version of how the panel's evidence is computed, part of its cache key. */
    static final String EVIDENCE_METHOD = "panel-evidence/1";
    /** The version of how the panel's jumps are fitted, part of their cache key. */
    static final String JUMPS_METHOD = "panel-jumps/1";

    private final Path dataFile;
    private final String dataShown;
    /** The data's SHA-256 once known: given for data read from text, computed on first use for a file. */
    private volatile String textHash;

    private final Basis basis;
    private volatile HistoryBuilder builder;
    private final Map<String, ComponentHistory> histories = new ConcurrentHashMap<>();
    private final BacktestMemo calibrations;
    private volatile Forecaster forecaster;
    private final CalibrationCache cache;
    private final List<CalibrationUse> uses;
    private volatile PanelScreen.Result screen;
    private volatile JumpsUse jumpsUse;

    private Workspace(
            Path dataFile,
            String dataShown,
            String textHash,
            HistoryBuilder builder,
            Basis basis,
            BacktestMemo calibrations,
            CalibrationCache cache,
            List<CalibrationUse> uses) {
        this.dataFile = dataFile;
        this.dataShown = dataShown;
        this.textHash = textHash;
        this.builder = builder;
        this.basis = basis;
        this.calibrations = calibrations;
        this.cache = cache;
        this.uses = uses;
    }

    /**
     * A workspace over observations given as text (a copy of the data carried inside a jar).
     *
     * @param shown how to name the data in messages and manifests
     * @param text the observations CSV
     * @return a workspace over the data, read now
     * @throws InputException for bad data, located by row and column
     */
    public static Workspace ofText(String shown, String text) {
        HistoryBuilder b = HistoryBuilder.of(DataCsvReader.read(shown, text));
        return new Workspace(
                null,
                shown,
                Hashes.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of()),
                b,
                null,
                BacktestMemo.create(),
                CalibrationCache.standard(),
                Collections.synchronizedList(new ArrayList<>()));
    }

    /**
     * The same data with every China history taken on one basis, whatever basis a scenario names: the
     * {@code --basis} option.
     *
     * @param b the basis, or null for each scenario's own
     * @return a workspace over the same data (read once for both)
     */
    public Workspace onBasis(Basis b) {
        return new Workspace(dataFile, dataShown, textHash, builder, b, calibrations, cache, uses);
    }

    /**
     * @param c where panel calibrations are kept between runs
     * @return this workspace keeping them there (a fresh workspace: nothing read or fitted yet is shared)
     */
    public Workspace withCache(CalibrationCache c) {
        return new Workspace(
                dataFile,
                dataShown,
                textHash,
                builder,
                basis,
                BacktestMemo.create(),
                Objects.requireNonNull(c, "cache"),
                Collections.synchronizedList(new ArrayList<>()));
    }

    /**
     * @param key a history name or a series key {@code <history>.<component>}
     * @return the same key with a China history on this workspace's {@link #basis()}, e.g.
     *     {@code china.digital} → {@code china@unctad.digital} on UNCTAD's basis; other keys unchanged
     */
    public String onBasis(String key) {
        if (basis == null || key == null) {
            return key;
        }
        if (Basis.ofHistory(key) != null) {
            return basis.history();
        }
        int dot = key.lastIndexOf('.');
        return dot > 0 && Basis.ofHistory(key.substring(0, dot)) != null ? basis.history() + key.substring(dot) : key;
    }

    /** @return the basis every China history is taken on, or null if each scenario's own */
    public Basis basis() {
        return basis;
    }

    /**
     * @param data the observations CSV as the user named it
     * @return a workspace reading that file when first needed
     */
    public static Workspace of(String data) {
        return new Workspace(
                Path.of(data),
                data,
                null,
                null,
                null,
                BacktestMemo.create(),
                CalibrationCache.standard(),
                Collections.synchronizedList(new ArrayList<>()));
    }

    /**
     * @param scenarioPaths scenario files, folders or sets as the user named them
     * @return those paths and the data file: what an output folder must never replace
     */
    public List<Path> inputs(List<String> scenarioPaths) {
        List<Path> out = new ArrayList<>();
        for (String p : scenarioPaths) {
            try {
                out.add(Path.of(p));
            } catch (java.nio.file.InvalidPathException e) {
                // not a path: nothing of it to protect
            }
        }
        out.add(dataFile);
        return out;
    }

    /** @return the data file as the user named it */
    public String dataFile() {
        return dataShown;
    }

    /** @return the dataset, read on first use */
    public Dataset dataset() {
        return builder().dataset();
    }

    /** @return the history builder over the dataset */
    public HistoryBuilder builder() {
        HistoryBuilder b = builder;
        if (b != null) {
            return b;
        }
        synchronized (this) {
            if (builder == null) {
                if (!Files.isRegularFile(dataFile)) {
                    throw InputException.at(dataShown, 0, 0, "", "no such data file");
                }
                builder = HistoryBuilder.of(DataCsvReader.read(dataFile));
            }
            return builder;
        }
    }

    /**
     * The panel {@code model: pooled} pools over: each component of every history of the data that can be
     * built (a history that cannot is left out of the panel; it is reported where it is used directly).
     *
     * @return the series per component
     */
    public Map<Component, List<AnnualSeries>> panels() {
        Map<Component, List<AnnualSeries>> out = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            out.put(c, panel(c.key()));
        }
        return out;
    }

    /**
     * @param component {@code digital}, {@code other} or {@code total}
     * @return that component of every history of the data that can be built
     */
    public List<AnnualSeries> panel(String component) {
        List<AnnualSeries> series = new ArrayList<>();
        String china = onBasis(HistoryBuilder.CHINA);
        for (String h : builder().historyNames()) {
            if (Basis.ofHistory(h) != null && !h.equals(china)) {
                // the same economy on another basis
                continue;
            }
            try {
                series.add(builder().series(h + "." + component));
            } catch (ModelException e) {
                // A history that cannot be built does not join the panel; the others still pool.
                continue;
            }
        }
        return List.copyOf(series);
    }

    /**
     * The histories a scenario's {@code uncertainty.calibration: panel} is fitted on: China on this
     * workspace's basis and every UNCTAD economy of the data that passes {@link PanelScreen} (the scenario's
     * own economy is left out when it is fitted, {@link PanelCalibration}).
     *
     * @return the histories, in the data's order
     */
    public List<ComponentHistory> calibrationPanel() {
        return screen().kept();
    }

    /**
     * @return the histories of the data refused from the calibration panel, each with its reason (a gap,
     *     digital at or above total in a year, a vintage break), in the data's order
     */
    public List<RefusedHistory> calibrationRefusals() {
        return screen().refused();
    }

    private PanelScreen.Result screen() {
        PanelScreen.Result r = screen;
        if (r != null) {
            return r;
        }
        synchronized (this) {
            if (screen == null) {
                String china = onBasis(HistoryBuilder.CHINA);
                List<String> names = builder().historyNames().stream()
                        .filter(h -> h.equals(china) || h.startsWith(HistoryBuilder.UNCTAD_PREFIX))
                        .toList();
                screen = PanelScreen.screen(names, this::history, h -> h.startsWith(HistoryBuilder.UNCTAD_PREFIX));
            }
            return screen;
        }
    }

    /**
     * Lists the calibration a run's scenario is forecast with among {@link #calibrationUses()} (the manifest's
     * record of which panel calibrated it and whether it was kept): called in the scenarios' order, after the
     * forecasts were made on several threads (the memo answers).
     *
     * @param scenario a scenario as loaded
     * @param own the history it is forecast from
     */
    public void listCalibration(Scenario scenario, ComponentHistory own) {
        calibration(scenario, own, true);
    }

    /**
     * The {@link org.targetcast.model.calibration.CalibrationSource} of {@link #forecaster()}: the one place a
     * calibration is fitted or read.
     *
     * @param scenario a scenario as loaded
     * @param own the history it is projected from
     * @param record whether the calibration is one the command's forecasts use, listed by
     *     {@link #calibrationUses()} (the evidence's calibrations of the other economies are not)
     * @return the calibration it asks for: {@link ErrorCalibration#none()}, or the panel calibration fitted
     *     leaving its own economy out (read from the {@link CalibrationCache} when it holds it, else fitted and
     *     kept; remembered for the command)
     */
    private ErrorCalibration calibration(Scenario scenario, ComponentHistory own, boolean record) {
        if (scenario.uncertainty().calibration() == ErrorCalibration.Source.NONE) {
            return ErrorCalibration.none();
        }
        PanelCalibration.Request request = PanelCalibration.request(scenario, own, calibrationPanel());
        Used used = calibrations.remember(request, Used.class, () -> {
            CalibrationCache.Lookup l = cache.calibration(request);
            return new Used(
                    l,
                    new CalibrationUse(
                            request.economy(),
                            request.others().stream()
                                    .map(ComponentHistory::economy)
                                    .toList(),
                            request.firstYear(),
                            request.lastYear(),
                            dataHash(),
                            l.fingerprint(),
                            l.fromCache(),
                            l.note()));
        });
        if (record) {
            synchronized (uses) {
                if (!uses.contains(used.use())) {
                    uses.add(used.use());
                }
            }
        }
        return used.lookup().calibration();
    }

    /** A calibration as obtained, with how it is listed when the command uses it. */
    private record Used(CalibrationCache.Lookup lookup, CalibrationUse use) {}

    /**
     * The evidence for a scenario's bands from the whole calibration panel ({@link PanelEvidence}): every
     * history of {@link #calibrationPanel()} backtested with the scenario's bands as a run makes them, each
     * calibrated leaving its own economy out ({@link #calibration}), horizons 1 to
     * {@link ShareCalibration#withDefaults()}'s. The checks are read from the {@link CalibrationCache} when it
     * holds them for this model and panel (keyed by both, every panel value included), else computed once and
     * kept; the calibrations they need come from the command's memo and the cache, the run's own among them,
     * and are not listed among the command's {@link #calibrationUses()}. A history the model cannot be
     * backtested on gives no checks.
     *
     * @param name the scenario's name, for {@code --verbose}
     * @param scenario a scenario as loaded, asking for a panel calibration
     * @return the evidence as obtained, remembered for the command
     */
    public EvidenceUse panelEvidence(String name, Scenario scenario) {
        List<ComponentHistory> panel = calibrationPanel();
        ShareCalibration calibration = ShareCalibration.withDefaults();
        String key = evidenceFingerprint(scenario, panel, calibration.maxHorizon());
        return calibrations.remember("evidence " + key, EvidenceUse.class, () -> {
            CalibrationCache.EvidenceLookup l = cache.evidence(key, () -> {
                // the histories in parallel, the results in the panel's order: each is a deterministic function
                // of its data; the memo and the cache are safe for concurrent use, and the panel is screened
                List<ShareCalibrationResult> asRun = panel.parallelStream()
                        .map(h -> {
                            try {
                                return calibration
                                        .evaluate(h, scenario, calibration(scenario, h, false))
                                        .named(h.economy());
                            } catch (ModelException e) {
                                // no checks from a history the model cannot be backtested on
                                return null;
                            }
                        })
                        .filter(Objects::nonNull)
                        .toList();
                return PanelEvidence.scored(asRun);
            });
            PanelEvidence evidence = new PanelEvidence(
                    panel.stream().map(ComponentHistory::economy).toList(),
                    calibrationRefusals(),
                    BandEvidence.of(PanelEvidence.byOthersErrors(l.checks())),
                    calibration.maxHorizon(),
                    panelJumps());
            return new EvidenceUse(name, evidence, l.fromCache(), l.fingerprint(), l.note());
        });
    }

    /**
     * The rare events of each component on the calibration panel, China left out ({@link PanelJumps},
     * {@link JumpEstimator#withDefaults()}): read from the {@link CalibrationCache} when it holds them for
     * this data file and build, else fitted once and kept; remembered for the command.
     *
     * @return the jumps, or null where the panel is too small to fit them
     */
    public PanelJumps panelJumps() {
        JumpEstimator estimator = JumpEstimator.withDefaults();
        String key = Hashes.sha256(
                (JUMPS_METHOD + "\n" + Version.build() + "\n" + estimator.replicates() + " " + estimator.seed() + " "
                                + estimator.level() + "\n" + onBasis(HistoryBuilder.CHINA) + "\n" + dataHash())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                List.of());
        JumpsUse use = calibrations.remember("jumps " + key, JumpsUse.class, () -> {
            try {
                return new JumpsUse(cache.jumps(key, () -> PanelJumps.estimate(calibrationPanel(), estimator)));
            } catch (ModelException e) {
                return new JumpsUse(null);
            }
        });
        jumpsUse = use;
        return use.lookup() == null ? null : use.lookup().jumps();
    }

    /**
     * @return one line for {@code --verbose} on the panel's jumps this command used, e.g. "panel jumps: 62
     *     economies, key 1f2e…: read from the cache"; null where it used none
     */
    public String panelJumpsNote() {
        JumpsUse use = jumpsUse;
        if (use == null || use.lookup() == null) {
            return null;
        }
        CalibrationCache.JumpsLookup l = use.lookup();
        return String.format(
                java.util.Locale.ROOT,
                "panel jumps: %d economies (%s left out), key %s: %s%s",
                l.jumps().economies().size(),
                l.jumps().leftOut(),
                l.fingerprint().substring(0, Math.min(12, l.fingerprint().length())),
                l.fromCache() ? "read from the cache" : "computed fresh",
                l.note().isEmpty() ? "" : " (" + l.note() + ")");
    }

    /** The panel's jumps as obtained, null where they cannot be fitted. */
    private record JumpsUse(CalibrationCache.JumpsLookup lookup) {}

    /**
     * @return SHA-256 of the evidence method, the longest horizon and the scenario's panel calibration request
     *     over the whole panel (model, settings and every value of every history)
     */
    private static String evidenceFingerprint(Scenario scenario, List<ComponentHistory> panel, int maxHorizon) {
        String whole = "";
        if (!panel.isEmpty()) {
            PanelCalibration.Request r = PanelCalibration.request(scenario, panel.get(0), panel);
            whole = new PanelCalibration.Request(r.digital(), r.other(), r.baselineYear(), r.uncertainty(), "", panel)
                    .fingerprint();
        }
        String text = EVIDENCE_METHOD + "\n" + maxHorizon + "\n" + whole;
        return Hashes.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of());
    }

    /** @return every panel calibration this command used so far, in the order first used */
    public List<CalibrationUse> calibrationUses() {
        synchronized (uses) {
            return List.copyOf(uses);
        }
    }

    /** @return where panel calibrations are kept between runs */
    public CalibrationCache calibrationCache() {
        return cache;
    }

    /**
     * The one forecaster of this command on this workspace's basis: every scenario's projection, model
     * average and probabilities come from it, whichever command asks ({@link Forecaster}). Its projector pools
     * {@code model: pooled} over {@link #panels()} and shares fits; its memo is the command's.
     *
     * @return the forecaster, made on first use
     */
    public Forecaster forecaster() {
        Forecaster f = forecaster;
        if (f != null) {
            return f;
        }
        synchronized (this) {
            if (forecaster == null) {
                forecaster = Forecaster.of(
                                Projector.withDefaults()
                                        .withModels(SharedFits.create())
                                        .withPanels(panels()),
                                calibrations)
                        .withCalibrations((s, h) -> calibration(s, h, false))
                        // a scenario's own weights kept beside the calibrations: their backtests are a run's
                        // dearest part after the specification range
                        .withWeightsKept(new WeightsCache(cache.dir(), dataHash(), String.valueOf(basis())));
            }
            return forecaster;
        }
    }

    /** @return the command's memo of backtests, weights and calibrations */
    public BacktestMemo memo() {
        return calibrations;
    }

    /** @return SHA-256 of the data file */
    public String dataHash() {
        String h = textHash;
        if (h == null) {
            // hashed once: the manifest, the provenance of every output and every calibration key ask for it
            h = Hashes.sha256(List.of(dataFile));
            textHash = h;
        }
        return h;
    }

    /**
     * @param scenario a scenario read for this workspace
     * @param paths simulated paths, 0 where the output was computed without simulating
     * @param seed the seed of the random streams (meaningless when {@code paths} is 0)
     * @return how to re-run an output of the scenario on this workspace's data
     */
    public Provenance provenance(LoadedScenario scenario, long paths, long seed) {
        return new Provenance(Version.get(), dataFile(), dataHash(), scenario.file(), scenario.sha256(), paths, seed);
    }

    /**
     * @param key {@code china} or {@code unctad:<Economy>}
     * @param where what asks for it (an option name), for the message
     * @return the history
     * @throws InputException if the history cannot be built
     */
    public ComponentHistory history(String key, String where) {
        try {
            return history(key);
        } catch (ModelException e) {
            throw InputException.at(where, 0, 0, "", e.getMessage());
        }
    }

    /**
     * @param key {@code china}, {@code china@unctad} or {@code unctad:<Economy>}; a China history is taken
     *     on this workspace's {@link #basis()} if it has one
     * @return the history, built once
     * @throws ModelException if the name is unknown or the data have a gap where the history needs a year
     * @throws InputException if the data file is bad
     */
    public ComponentHistory history(String key) {
        key = onBasis(key);
        ComponentHistory h = histories.get(key);
        if (h == null) {
            // built outside any lock (the builder is immutable): two threads may both build one, the first kept
            h = builder().history(key);
            ComponentHistory first = histories.putIfAbsent(key, h);
            return first != null ? first : h;
        }
        return h;
    }

    /**
     * Loads the scenarios ({@link #scenarios(List)}) and reads the data file, reporting the problems of
     * both at once.
     *
     * @param paths scenario files, folders or sets as the user named them
     * @return the scenarios in order
     * @throws InputException with every problem of every file
     */
    public List<LoadedScenario> load(List<String> paths) {
        List<InputException.Problem> problems = new ArrayList<>();
        List<LoadedScenario> out = List.of();
        // the data file read (and hashed, as every key of the calibration cache asks for its hash) on another
        // thread while this one reads the scenarios: neither needs the other, and each takes about as long
        CompletableFuture<Void> data = CompletableFuture.runAsync(() -> {
            builder();
            dataHash();
        });
        try {
            out = scenarios(paths);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            data.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputException ie) {
                problems.addAll(ie.problems());
            } else if (e.getCause() instanceof RuntimeException re) {
                throw re;
            } else if (e.getCause() instanceof Error er) {
                throw er;
            } else {
                throw e;
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /**
     * Loads scenarios from files, folders and scenario sets ({@link ScenarioSets}), each file once.
     * Every file is read even if an earlier one fails, so that all problems are reported at once.
     *
     * @param paths files or folders as the user named them
     * @return the scenarios in order
     * @throws InputException with the problems of every file that failed
     */
    public static List<LoadedScenario> scenarios(List<String> paths) {
        List<LoadedScenario> out = new ArrayList<>();
        List<InputException.Problem> problems = new ArrayList<>();
        for (ScenarioSets.Listed f : ScenarioSets.expand(paths, problems)) {
            try {
                out.add(ScenarioReader.load(f.file(), f.shown()));
            } catch (InputException e) {
                problems.addAll(f.named(e).problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }
}
