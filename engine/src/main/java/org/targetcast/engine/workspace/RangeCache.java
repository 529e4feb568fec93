package org.targetcast.engine.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.targetcast.model.ModelException;
import org.targetcast.model.analysis.SpecificationRange;
import org.targetcast.model.analysis.SpecificationRange.Answer;
import org.targetcast.model.analysis.SpecificationRange.Dimension;
import org.targetcast.model.analysis.SpecificationRange.Lever;
import org.targetcast.model.analysis.SpecificationRange.Option;
import org.targetcast.model.analysis.SpecificationRange.Specification;
import org.targetcast.model.analysis.SpecificationRange.Treatment;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.trend.TrendFamily;

/**
 * Specification ranges kept between runs, beside the panel calibrations ({@link CalibrationCache#dir()}): a
 * range is a deterministic function of the scenario as resolved, the data and the build that computed it,
 * and is the dearest part of a run, so it is computed once for them and read back afterwards. One text
 * file per range, named {@code range-<fingerprint>.txt} by a SHA-256 of all three ({@link
 * SpecificationRanges#fingerprint}); a changed scenario, data value or build finds no file. Numbers are
 * written in Java's shortest round-trip form, so a range read back equals the one computed. A file that
 * cannot be read is computed again and replaced; a folder that cannot be written leaves the range unkept.
 * Files are written whole under another name and renamed, so concurrent runs never read half a file.
 */
final class RangeCache {
    private static final String HEADER = "targetcast specification range";
    private static final String NONE = "-";

    /**
     * A range as obtained.
     *
     * @param result the range
     * @param fromCache whether it was read from the cache (false: computed in this run)
     * @param fingerprint what it depends on, the file's name
     * @param note what happened to the cache file when it was not used or not written; empty otherwise
     */
    record Lookup(SpecificationRange.Result result, boolean fromCache, String fingerprint, String note) {
        Lookup {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(note, "note");
        }
    }

    private RangeCache() {}

    /**
     * @param dir the cache folder, or null for none (the range is then always computed)
     * @param fingerprint SHA-256 of everything the range depends on
     * @param targets the share targets the range covers, in order (the scenario's; part of the fingerprint)
     * @param compute computes the range when the cache has none; null when it cannot be computed
     * @return the range kept under that fingerprint, or computed now (and kept); null when it cannot be
     *     computed (nothing is kept then)
     */
    static Lookup range(
            Path dir, String fingerprint, List<ShareTarget> targets, Supplier<SpecificationRange.Result> compute) {
        if (dir == null) {
            SpecificationRange.Result r = compute.get();
            return r == null ? null : new Lookup(r, false, fingerprint, "no cache folder");
        }
        Path file = dir.resolve("range-" + fingerprint + ".txt");
        String note = "";
        if (Files.isRegularFile(file)) {
            try {
                return new Lookup(
                        parse(Files.readString(file, StandardCharsets.UTF_8), fingerprint, targets),
                        true,
                        fingerprint,
                        "");
            } catch (IOException | RuntimeException e) {
                note = "unreadable cache file replaced (" + e.getMessage() + ")";
            }
        }
        SpecificationRange.Result r = compute.get();
        if (r == null) {
            return null;
        }
        try {
            CalibrationCache.write(file, format(r, fingerprint));
        } catch (IOException | RuntimeException e) {
            note = (note.isEmpty() ? "" : note + "; ") + "not kept: " + e.getMessage();
        }
        return new Lookup(r, false, fingerprint, note);
    }

    /**
     * @param r a range
     * @param key its fingerprint
     * @return the text of its cache file: one tab-separated record a line
     */
    static String format(SpecificationRange.Result r, String key) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("key\t").append(key).append('\n');
        sb.append("own\t").append(specification(r.own())).append('\n');
        sb.append("central").append(numbers(r.central())).append('\n');
        sb.append("low").append(numbers(r.low())).append('\n');
        sb.append("high").append(numbers(r.high())).append('\n');
        sb.append("min").append(numbers(r.min())).append('\n');
        sb.append("max").append(numbers(r.max())).append('\n');
        for (Answer a : r.answers()) {
            sb.append("answer\t")
                    .append(specification(a.specification()))
                    .append('\t')
                    .append(a.weight())
                    .append(numbers(a.probabilities()))
                    .append('\n');
        }
        for (Lever l : r.levers()) {
            sb.append("lever\t").append(l.dimension().name()).append('\n');
            for (Option o : l.options()) {
                sb.append("option\t").append(option(o)).append('\n');
            }
        }
        for (Option o : r.basisWithOwnWeights()) {
            sb.append("basis_option\t").append(option(o)).append('\n');
        }
        for (String n : r.notes()) {
            sb.append("note\t").append(n.replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        sb.append("end\n");
        return sb.toString();
    }

    /**
     * @param text a cache file's text
     * @param key the fingerprint it must carry
     * @param targets the share targets of the range
     * @return the range it holds
     * @throws IllegalArgumentException if the text is not a whole range file for that key
     */
    static SpecificationRange.Result parse(String text, String key, List<ShareTarget> targets) {
        List<String> lines = text.lines().toList();
        if (lines.size() < 3
                || !lines.get(0).equals(HEADER)
                || !lines.get(1).equals("key\t" + key)
                || !lines.get(lines.size() - 1).equals("end")) {
            throw new IllegalArgumentException("not a whole range file for this key");
        }
        Specification own = null;
        List<Double> central = null;
        List<Double> low = null;
        List<Double> high = null;
        List<Double> min = null;
        List<Double> max = null;
        List<Answer> answers = new ArrayList<>();
        List<Lever> levers = new ArrayList<>();
        Dimension dimension = null;
        List<Option> options = new ArrayList<>();
        List<Option> basisOptions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int n = targets.size();
        try {
            for (String line : lines.subList(2, lines.size() - 1)) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "own" -> own = specification(f, 1);
                    case "central" -> central = numbers(f, 1, n);
                    case "low" -> low = numbers(f, 1, n);
                    case "high" -> high = numbers(f, 1, n);
                    case "min" -> min = numbers(f, 1, n);
                    case "max" -> max = numbers(f, 1, n);
                    case "answer" ->
                        answers.add(new Answer(specification(f, 1), numbers(f, 6, n), Double.parseDouble(f[5])));
                    case "lever" -> {
                        if (dimension != null) {
                            levers.add(new Lever(dimension, options));
                        }
                        dimension = Dimension.valueOf(f[1]);
                        options = new ArrayList<>();
                    }
                    case "option" -> options.add(option(f, n));
                    case "basis_option" -> basisOptions.add(option(f, n));
                    case "note" -> notes.add(f[1]);
                    default -> throw new IllegalArgumentException("unknown line: " + f[0]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | ModelException e) {
            throw new IllegalArgumentException("bad range file: " + e.getMessage(), e);
        }
        if (dimension != null) {
            levers.add(new Lever(dimension, options));
        }
        if (own == null
                || central == null
                || low == null
                || high == null
                || min == null
                || max == null
                || levers.isEmpty()) {
            throw new IllegalArgumentException("incomplete range file");
        }
        return new SpecificationRange.Result(
                targets, own, central, answers, low, high, min, max, levers, basisOptions, notes);
    }

    private static String specification(Specification s) {
        return s.basis()
                + '\t'
                + s.fitStart()
                + '\t'
                + s.treatment().name()
                + '\t'
                + (s.family() == null ? NONE : s.family().name());
    }

    private static Specification specification(String[] f, int at) {
        return new Specification(
                f[at],
                Integer.parseInt(f[at + 1]),
                Treatment.valueOf(f[at + 2]),
                f[at + 3].equals(NONE) ? null : TrendFamily.valueOf(f[at + 3]));
    }

    private static String option(Option o) {
        return o.label() + '\t' + o.own() + numbers(o.probabilities());
    }

    private static Option option(String[] f, int n) {
        if (!f[2].equals("true") && !f[2].equals("false")) {
            throw new IllegalArgumentException("bad option line");
        }
        return new Option(f[1], numbers(f, 3, n), Boolean.parseBoolean(f[2]));
    }

    private static String numbers(List<Double> values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append('\t').append(v);
        }
        return sb.toString();
    }

    private static List<Double> numbers(String[] f, int from, int n) {
        if (f.length != from + n) {
            throw new IllegalArgumentException("expected " + n + " numbers, found " + (f.length - from));
        }
        return Arrays.stream(f, from, f.length).map(Double::valueOf).toList();
    }
}
