package org.targetcast.engine.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.targetcast.engine.io.Hashes;
import org.targetcast.model.calibration.FamilyWeights;
import org.targetcast.model.calibration.WeightsStore;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.scenario.ErrorCalibration;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.trend.TrendFamily;

/**
 * The stacking weights of a run's scenarios kept between runs, beside the panel calibrations
 * ({@link CalibrationCache#dir()}): one text file per scenario's weights, {@code weights-<fingerprint>.txt},
 * the fingerprint a SHA-256 of everything they depend on (the method, the build, the data's hash, the forced
 * basis, the history's name and years, the scenario as loaded and its calibration). Numbers are written in
 * Java's shortest round-trip form, so weights read back equal those computed, bit for bit. A file that cannot
 * be read is computed again and replaced; a folder that cannot be written leaves the weights unkept. Files
 * are written whole under another name and renamed, so concurrent runs never read half a file.
 */
final class WeightsCache implements WeightsStore {
    /** The version of how weights are computed and kept, part of every fingerprint. */
    static final String METHOD = "family-weights/1";

    private static final String HEADER = "targetcast family weights";

    private final Path dir;
    private final String dataHash;
    private final String basis;

    /**
     * @param dir the cache folder, or null for none (the weights are then always computed)
     * @param dataHash SHA-256 of the data file
     * @param basis the basis the command forces, or null
     */
    WeightsCache(Path dir, String dataHash, String basis) {
        this.dir = dir;
        this.dataHash = dataHash;
        this.basis = basis;
    }

    @Override
    public FamilyWeights weights(
            Scenario scenario,
            ComponentHistory history,
            ErrorCalibration calibration,
            Supplier<FamilyWeights> compute) {
        if (dir == null) {
            return compute.get();
        }
        String key = fingerprint(scenario, history, calibration);
        Path file = dir.resolve("weights-" + key + ".txt");
        if (Files.isRegularFile(file)) {
            try {
                return parse(Files.readString(file, StandardCharsets.UTF_8), key);
            } catch (IOException | RuntimeException e) {
                // computed again and replaced below
            }
        }
        FamilyWeights w = compute.get();
        try {
            CalibrationCache.write(file, format(w, key));
        } catch (IOException | RuntimeException e) {
            // not kept: the next run computes them again
        }
        return w;
    }

    /**
     * @return SHA-256 of what the weights depend on
     */
    String fingerprint(Scenario scenario, ComponentHistory history, ErrorCalibration calibration) {
        String text = String.join(
                "\n",
                METHOD,
                Version.get(),
                Version.build(),
                dataHash,
                String.valueOf(basis),
                history.economy(),
                history.firstYear() + "-" + history.lastYear(),
                scenario.toString(),
                calibration.toString());
        return Hashes.sha256(text.getBytes(StandardCharsets.UTF_8), List.of());
    }

    /**
     * @param w weights
     * @param key their fingerprint
     * @return the text of their cache file
     */
    static String format(FamilyWeights w, String key) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("key\t").append(key).append('\n');
        sb.append("checks\t").append(w.checks()).append('\n');
        for (int f = 0; f < w.families().size(); f++) {
            sb.append("family\t")
                    .append(w.families().get(f).name())
                    .append('\t')
                    .append(w.weights()[f])
                    .append('\t')
                    .append(w.meanLogScores()[f])
                    .append('\t')
                    .append(w.lower()[f])
                    .append('\t')
                    .append(w.upper()[f])
                    .append('\n');
        }
        for (String n : w.notes()) {
            sb.append("note\t").append(n.replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        sb.append("end\n");
        return sb.toString();
    }

    /**
     * @param text a cache file's text
     * @param key the fingerprint it must carry
     * @return the weights it holds
     * @throws IllegalArgumentException if the text is not a whole weights file for that key
     */
    static FamilyWeights parse(String text, String key) {
        List<String> lines = text.lines().toList();
        if (lines.size() < 4
                || !lines.get(0).equals(HEADER)
                || !lines.get(1).equals("key\t" + key)
                || !lines.get(2).startsWith("checks\t")
                || !lines.get(lines.size() - 1).equals("end")) {
            throw new IllegalArgumentException("not a whole weights file for this key");
        }
        int checks = Integer.parseInt(lines.get(2).substring("checks\t".length()));
        List<TrendFamily> families = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String line : lines.subList(3, lines.size() - 1)) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "family" -> {
                    if (f.length != 6) {
                        throw new IllegalArgumentException("bad family line");
                    }
                    families.add(TrendFamily.valueOf(f[1]));
                    rows.add(new double[] {
                        Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]),
                        Double.parseDouble(f[5])
                    });
                }
                case "note" -> notes.add(f.length > 1 ? f[1] : "");
                default -> throw new IllegalArgumentException("unknown line: " + f[0]);
            }
        }
        if (families.isEmpty()) {
            throw new IllegalArgumentException("no family in the weights file");
        }
        int n = families.size();
        double[][] columns = new double[4][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 4; c++) {
                columns[c][i] = rows.get(i)[c];
            }
        }
        return new FamilyWeights(families, columns[0], columns[1], checks, notes, columns[2], columns[3]);
    }
}
