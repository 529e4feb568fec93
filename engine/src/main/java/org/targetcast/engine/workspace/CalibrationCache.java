package org.targetcast.engine.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.targetcast.model.ModelException;
import org.targetcast.model.calibration.PanelCalibration;
import org.targetcast.model.calibration.PanelJumps;
import org.targetcast.model.calibration.ScoredCheck;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.HorizonErrors;
import org.targetcast.model.scenario.PooledCorrelation;

/**
 * Panel calibrations kept between runs: a {@link PanelCalibration.Request} in, its {@link ErrorCalibration}
 * out, fitted once for a given data panel and model and read back afterwards. Each is one small text file
 * named by the request's {@link PanelCalibration.Request#fingerprint() fingerprint} (a SHA-256 of the
 * method, the model settings and every value of the panel), so a changed data value or setting finds no
 * file and is fitted afresh; nothing is ever invalidated in place. Numbers are written in Java's shortest
 * round-trip form, so a calibration read back is the one fitted, bit for bit.
 *
 * <p>Where: the folder named by the system property {@value #DIR_PROPERTY}, else the environment variable
 * {@value #DIR_ENV}, else {@code $XDG_CACHE_HOME/targetcast/calibration}, else
 * {@code ~/.cache/targetcast/calibration}: the tool's own state, never a user's output folder. A file that
 * cannot be read or parsed is fitted again and replaced; a folder that cannot be written leaves the fit
 * unkept (the run goes on). Files are written whole under another name and renamed, so concurrent runs
 * never read half a file. Safe for concurrent use.
 */
public final class CalibrationCache {
    /** The system property naming the cache folder (tests point it at a temporary folder). */
    public static final String DIR_PROPERTY = "targetcast.cache.dir";
    /** The environment variable naming the cache folder. */
    public static final String DIR_ENV = "TARGETCAST_CACHE_DIR";

    private static final String HEADER = "targetcast panel calibration 2";
    private static final String EVIDENCE_HEADER = "targetcast panel evidence";

    /**
     * One calibration as obtained.
     *
     * @param calibration the calibration
     * @param fromCache whether it was read from the cache (false: fitted in this run)
     * @param fingerprint the request's fingerprint, the file's name
     * @param note what happened to the cache file when it was not used or not written; empty otherwise
     */
    public record Lookup(ErrorCalibration calibration, boolean fromCache, String fingerprint, String note) {
        /** Checks for nulls. */
        public Lookup {
            Objects.requireNonNull(calibration, "calibration");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(note, "note");
        }
    }

    private final Path dir;
    private final Function<PanelCalibration.Request, ErrorCalibration> fit;

    private CalibrationCache(Path dir, Function<PanelCalibration.Request, ErrorCalibration> fit) {
        this.dir = dir;
        this.fit = fit;
    }

    /**
     * @param dir the cache folder, created when first written; null for no cache (every calibration fitted)
     * @return a cache there, fitting with {@link PanelCalibration#fit(PanelCalibration.Request)}
     */
    public static CalibrationCache at(Path dir) {
        return new CalibrationCache(dir, PanelCalibration::fit);
    }

    /**
     * @param fitter how a calibration is fitted when the cache has none (tests count the fits)
     * @return this cache's folder with that fitter
     */
    CalibrationCache fittingWith(Function<PanelCalibration.Request, ErrorCalibration> fitter) {
        return new CalibrationCache(dir, Objects.requireNonNull(fitter, "fitter"));
    }

    /** @return the cache of the system property, environment or user's cache folder (class description) */
    public static CalibrationCache standard() {
        return at(standardDir(System.getProperty(DIR_PROPERTY), System.getenv()));
    }

    /**
     * @param property the value of {@value #DIR_PROPERTY}, or null
     * @param env the environment
     * @return the cache folder those name; null when none can be named (no home either)
     */
    static Path standardDir(String property, Map<String, String> env) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String own = env.get(DIR_ENV);
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "targetcast", "calibration");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "targetcast", "calibration");
    }

    /** @return the cache folder, or null without one */
    public Path dir() {
        return dir;
    }

    /**
     * @param request what the calibration depends on
     * @return the calibration kept for it, or fitted now (and kept)
     */
    public Lookup calibration(PanelCalibration.Request request) {
        String key = request.fingerprint();
        if (dir == null) {
            return new Lookup(fit.apply(request), false, key, "no cache folder");
        }
        Path file = dir.resolve(key + ".txt");
        String note = "";
        if (Files.isRegularFile(file)) {
            try {
                return new Lookup(parse(Files.readString(file, StandardCharsets.UTF_8), key), true, key, "");
            } catch (IOException | RuntimeException e) {
                note = "unreadable cache file replaced (" + e.getMessage() + ")";
            }
        }
        ErrorCalibration c = fit.apply(request);
        try {
            write(file, format(c, key));
        } catch (IOException | RuntimeException e) {
            note = (note.isEmpty() ? "" : note + "; ") + "not kept: " + e.getMessage();
        }
        return new Lookup(c, false, key, note);
    }

    /**
     * The checks behind a panel's evidence ({@link org.targetcast.model.calibration.PanelEvidence}) as
     * obtained.
     *
     * @param checks every history's checks with the bands as run
     * @param fromCache whether they were read from the cache (false: computed in this run)
     * @param fingerprint what they depend on, the file's name
     * @param note what happened to the cache file when it was not used or not written; empty otherwise
     */
    public record EvidenceLookup(List<ScoredCheck> checks, boolean fromCache, String fingerprint, String note) {
        /** Checks for nulls and copies the list. */
        public EvidenceLookup {
            checks = List.copyOf(checks);
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * The scored checks of a panel's evidence, kept like the calibrations: one file named
     * {@code evidence-<fingerprint>.txt}, numbers in Java's shortest round-trip form, so that checks read back
     * give the evidence computed, bit for bit.
     *
     * @param fingerprint SHA-256 of everything the checks depend on (method, model, every panel value)
     * @param compute computes them when the cache has none
     * @return the checks kept under that fingerprint, or computed now (and kept)
     */
    public EvidenceLookup evidence(String fingerprint, Supplier<List<ScoredCheck>> compute) {
        if (dir == null) {
            return new EvidenceLookup(compute.get(), false, fingerprint, "no cache folder");
        }
        Path file = dir.resolve("evidence-" + fingerprint + ".txt");
        String note = "";
        if (Files.isRegularFile(file)) {
            try {
                return new EvidenceLookup(
                        parseChecks(Files.readString(file, StandardCharsets.UTF_8), fingerprint),
                        true,
                        fingerprint,
                        "");
            } catch (IOException | RuntimeException e) {
                note = "unreadable cache file replaced (" + e.getMessage() + ")";
            }
        }
        List<ScoredCheck> checks = compute.get();
        try {
            write(file, formatChecks(checks, fingerprint));
        } catch (IOException | RuntimeException e) {
            note = (note.isEmpty() ? "" : note + "; ") + "not kept: " + e.getMessage();
        }
        return new EvidenceLookup(checks, false, fingerprint, note);
    }

    /**
     * The panel's jumps ({@link PanelJumps}), kept like the calibrations: one file named
     * {@code jumps-<fingerprint>.txt} ({@link PanelJumpsFile}), read back bit for bit.
     *
     * @param fingerprint SHA-256 of everything the jumps depend on (method, estimator settings, data)
     * @param compute fits them when the cache has none
     * @return the jumps with whether they came from the cache
     */
    public JumpsLookup jumps(String fingerprint, Supplier<PanelJumps> compute) {
        if (dir == null) {
            return new JumpsLookup(compute.get(), false, fingerprint, "no cache folder");
        }
        Path file = dir.resolve("jumps-" + fingerprint + ".txt");
        String note = "";
        if (Files.isRegularFile(file)) {
            try {
                return new JumpsLookup(
                        PanelJumpsFile.parse(Files.readString(file, StandardCharsets.UTF_8), fingerprint),
                        true,
                        fingerprint,
                        "");
            } catch (IOException | RuntimeException e) {
                note = "unreadable cache file replaced (" + e.getMessage() + ")";
            }
        }
        PanelJumps jumps = compute.get();
        try {
            write(file, PanelJumpsFile.format(jumps, fingerprint));
        } catch (IOException | RuntimeException e) {
            note = (note.isEmpty() ? "" : note + "; ") + "not kept: " + e.getMessage();
        }
        return new JumpsLookup(jumps, false, fingerprint, note);
    }

    /**
     * The panel's jumps as obtained.
     *
     * @param jumps the jumps
     * @param fromCache whether they were read from the cache
     * @param fingerprint what they depend on, the file's name
     * @param note what happened to the cache file when it was not used or not written; empty otherwise
     */
    public record JumpsLookup(PanelJumps jumps, boolean fromCache, String fingerprint, String note) {
        /** Checks for nulls. */
        public JumpsLookup {
            Objects.requireNonNull(jumps, "jumps");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * @param checks scored checks
     * @param key their fingerprint
     * @return the text of their cache file: one tab-separated line a check
     */
    static String formatChecks(List<ScoredCheck> checks, String key) {
        StringBuilder sb = new StringBuilder(EVIDENCE_HEADER).append('\n');
        sb.append("key ").append(key).append('\n');
        sb.append("checks ").append(checks.size()).append('\n');
        for (ScoredCheck c : checks) {
            sb.append(c.economy())
                    .append('\t')
                    .append(c.origin())
                    .append('\t')
                    .append(c.horizon())
                    .append('\t')
                    .append(c.actualLogRatio())
                    .append('\t')
                    .append(c.mean())
                    .append('\t')
                    .append(c.scale())
                    .append('\t')
                    .append(c.df())
                    .append('\n');
        }
        return sb.toString();
    }

    /**
     * @param text a cache file's text
     * @param key the fingerprint it must carry
     * @return the checks it holds
     * @throws IllegalArgumentException if the text is not a whole evidence file for that key
     */
    static List<ScoredCheck> parseChecks(String text, String key) {
        List<String> lines = text.lines().toList();
        if (lines.size() < 3
                || !lines.get(0).equals(EVIDENCE_HEADER)
                || !lines.get(1).equals("key " + key)
                || !lines.get(2).startsWith("checks ")) {
            throw new IllegalArgumentException("not an evidence file for this key");
        }
        int n = Integer.parseInt(lines.get(2).substring("checks ".length()));
        if (lines.size() != 3 + n) {
            throw new IllegalArgumentException(
                    "incomplete evidence file: " + (lines.size() - 3) + " of " + n + " checks");
        }
        List<ScoredCheck> out = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException("bad check line: " + line);
            }
            try {
                out.add(new ScoredCheck(
                        f[0],
                        Integer.parseInt(f[1]),
                        Integer.parseInt(f[2]),
                        Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]),
                        Double.parseDouble(f[6])));
            } catch (ModelException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * @param c a calibration
     * @param key its request's fingerprint
     * @return the text of its cache file
     */
    static String format(ErrorCalibration c, String key) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("key ").append(key).append('\n');
        sb.append("source ").append(c.source().key()).append('\n');
        sb.append("variance_factor ").append(c.varianceFactor()).append('\n');
        sb.append("degrees_of_freedom ").append(c.degreesOfFreedom()).append('\n');
        sb.append("checks ").append(c.checks()).append('\n');
        PooledCorrelation r = c.correlation();
        sb.append("correlation_centre ").append(r.centre()).append('\n');
        sb.append("correlation_between_variance ").append(r.betweenVariance()).append('\n');
        sb.append("correlation_economies ").append(r.economies()).append('\n');
        for (String e : c.economies()) {
            sb.append("economy ").append(e).append('\n');
        }
        HorizonErrors errors = c.errors();
        for (int h : errors.horizons()) {
            sb.append("errors ").append(h);
            for (double v : errors.errors(h)) {
                sb.append(' ').append(v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * @param text a cache file's text
     * @param key the fingerprint it must carry
     * @return the calibration it holds
     * @throws IllegalArgumentException if the text is not a whole cache file for that key
     */
    static ErrorCalibration parse(String text, String key) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("not a calibration file");
        }
        String source = null;
        Double k = null;
        Double df = null;
        Integer checks = null;
        Double centre = null;
        Double between = null;
        Integer pooled = null;
        String seenKey = null;
        List<String> economies = new ArrayList<>();
        Map<Integer, double[]> errors = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int sp = line.indexOf(' ');
            if (sp < 0) {
                throw new IllegalArgumentException("line without a value: " + line);
            }
            String name = line.substring(0, sp);
            String value = line.substring(sp + 1);
            switch (name) {
                case "key" -> seenKey = value;
                case "source" -> source = value;
                case "variance_factor" -> k = Double.parseDouble(value);
                case "degrees_of_freedom" -> df = Double.parseDouble(value);
                case "checks" -> checks = Integer.parseInt(value);
                case "correlation_centre" -> centre = Double.parseDouble(value);
                case "correlation_between_variance" -> between = Double.parseDouble(value);
                case "correlation_economies" -> pooled = Integer.parseInt(value);
                case "economy" -> economies.add(value);
                case "errors" -> {
                    String[] f = value.split(" ");
                    double[] x = new double[f.length - 1];
                    for (int i = 1; i < f.length; i++) {
                        x[i - 1] = Double.parseDouble(f[i]);
                    }
                    if (errors.put(Integer.parseInt(f[0]), x) != null) {
                        throw new IllegalArgumentException("errors of one horizon given twice: " + line);
                    }
                }
                default -> throw new IllegalArgumentException("unknown line: " + line);
            }
        }
        if (!key.equals(seenKey)
                || source == null
                || k == null
                || df == null
                || checks == null
                || centre == null
                || between == null
                || pooled == null) {
            throw new IllegalArgumentException("incomplete calibration file");
        }
        ErrorCalibration.Source s = null;
        for (ErrorCalibration.Source candidate : ErrorCalibration.Source.values()) {
            if (candidate.key().equals(source)) {
                s = candidate;
            }
        }
        if (s == null) {
            throw new IllegalArgumentException("unknown source " + source);
        }
        try {
            return new ErrorCalibration(
                    s,
                    k,
                    df,
                    checks,
                    economies,
                    new PooledCorrelation(centre, between, pooled),
                    HorizonErrors.of(errors));
        } catch (ModelException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Writes a cache file whole: under another name first, then renamed. */
    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            Files.writeString(part, text, StandardCharsets.UTF_8);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
