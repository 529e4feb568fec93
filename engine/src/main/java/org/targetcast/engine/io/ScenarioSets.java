package org.targetcast.engine.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.targetcast.engine.io.ScenarioKeys.Place;
import org.targetcast.engine.io.YamlTree.Entry;
import org.targetcast.engine.io.YamlTree.YList;
import org.targetcast.engine.io.YamlTree.YMap;
import org.targetcast.engine.io.YamlTree.YNode;
import org.targetcast.engine.io.YamlTree.YScalar;

/**
 * Expands what the user named (scenario files, folders and scenario sets) into the scenario files to
 * read, each once, in order. A set is a YAML file with a top-level {@code scenarios} key listing files,
 * folders or other sets relative to itself (and an optional {@code title}); a set that lists itself,
 * directly or through other sets, is refused. A folder contributes its {@code *.yaml} files, sorted, sets
 * among them expanded. Every problem is collected.
 */
public final class ScenarioSets {
    /** The folder a bare scenario name is looked up in, relative to the working folder. */
    public static final String SCENARIO_FOLDER = "scenarios";

    /**
     * A scenario file to read.
     *
     * @param file the file
     * @param shown how to name it in messages
     * @param via where a set lists it ({@code set.yaml:3:5}), or empty if the user named it
     */
    public record Listed(Path file, String shown, String via) {
        /**
         * @param e the problems of reading the file
         * @return the same problems, each saying which set listed the file
         */
        public InputException named(InputException e) {
            if (via.isEmpty()) {
                return e;
            }
            return new InputException(e.problems().stream()
                    .map(p -> new InputException.Problem(
                            p.file(), p.line(), p.column(), p.key(), p.message() + " (listed at " + via + ")"))
                    .toList());
        }
    }

    private final List<Listed> out = new ArrayList<>();
    private final Set<Path> seen = new HashSet<>();
    private final List<InputException.Problem> problems = new ArrayList<>();

    private ScenarioSets() {}

    /**
     * @param paths files, folders or sets as the user named them
     * @param problems where to add every problem found (unlistable folder, bad set, missing listed file, cycle)
     * @return the scenario files found, each once, in order
     */
    public static List<Listed> expand(List<String> paths, List<InputException.Problem> problems) {
        ScenarioSets sets = new ScenarioSets();
        for (String p : paths) {
            try {
                Path file = byName(p);
                sets.add(
                        file,
                        file.toString().equals(p) ? p : file.toString().replace('\\', '/'),
                        new LinkedHashSet<>(),
                        "");
            } catch (java.nio.file.InvalidPathException e) {
                sets.problems.add(new InputException.Problem(p, 1, 1, "", "not a file name (" + e.getReason() + ")"));
            }
        }
        problems.addAll(sets.problems);
        return sets.out;
    }

    /**
     * A scenario named as every table shows it: {@code baseline} stands for {@code scenarios/baseline.yaml}
     * (or {@code .yml}) when no file or folder {@code baseline} exists and the scenarios folder holds one.
     *
     * @param given a path or a scenario name, as typed
     * @return the file the name stands for, or the path as given
     */
    public static Path byName(String given) {
        return byName(given, Path.of(SCENARIO_FOLDER));
    }

    /**
     * @param given a path or a scenario name, as typed
     * @param folder the folder names are looked up in
     * @return the file the name stands for, or the path as given
     */
    static Path byName(String given, Path folder) {
        Path path = Path.of(given);
        if (Files.exists(path)
                || !given.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")
                || given.endsWith(".yaml")
                || given.endsWith(".yml")) {
            return path;
        }
        for (String extension : List.of(".yaml", ".yml")) {
            Path named = folder.resolve(given + extension);
            if (Files.isRegularFile(named)) {
                return named;
            }
        }
        return path;
    }

    private void add(Path path, String shown, LinkedHashSet<Path> chain, String via) {
        if (Files.isDirectory(path)) {
            try {
                for (Path f : ScenarioReader.filesIn(path, shown)) {
                    add(f, join(shown, f.getFileName().toString()), chain, via);
                }
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
            return;
        }
        YMap set = Files.isRegularFile(path) ? setIn(path, shown) : null;
        if (set != null) {
            expandSet(path, shown, set, chain);
        } else if (seen.add(real(path))) {
            out.add(new Listed(path, shown, via));
        }
    }

    /** @return the file's tree if it is a set; null if it is a scenario (or unreadable: the scenario reader says why) */
    private static YMap setIn(Path file, String shown) {
        try {
            YNode tree = YamlTree.read(file, shown);
            return tree instanceof YMap m && m.entries().containsKey("scenarios") ? m : null;
        } catch (InputException e) {
            return null;
        }
    }

    private void expandSet(Path file, String shown, YMap set, LinkedHashSet<Path> chain) {
        Path self = real(file);
        chain.add(self);
        TreeReads reads = new TreeReads(shown);
        reads.checkKeys(set, "", Place.SET);
        Entry title = reads.entry(set, Place.SET, "", "title");
        if (title != null
                && !(title.value() instanceof YScalar t
                        && t.text() != null
                        && !t.text().isBlank())) {
            reads.problems.add(title.value()
                    .where()
                    .problem("title", "expected a text, found " + title.value().describe()));
        } else if (title != null) {
            TextRules.problem(((YScalar) title.value()).text().strip(), TextRules.TITLE, true)
                    .ifPresent(p -> reads.problems.add(title.value().where().problem("title", p)));
        }
        Entry list = reads.entry(set, Place.SET, "", "scenarios");
        if (!(list.value() instanceof YList items)) {
            reads.problems.add(list.value()
                    .where()
                    .problem(
                            "scenarios",
                            "expected a list of scenario files such as [baseline.yaml, digital-push.yaml], found "
                                    + list.value().describe()));
        } else {
            for (int i = 0; i < items.items().size(); i++) {
                item(file, shown, items.items().get(i), "scenarios[" + (i + 1) + "]", chain, reads.problems);
            }
        }
        problems.addAll(reads.problems);
        chain.remove(self);
    }

    private void item(
            Path setFile,
            String setShown,
            YNode item,
            String key,
            LinkedHashSet<Path> chain,
            List<InputException.Problem> found) {
        if (!(item instanceof YScalar s) || s.text() == null || s.text().isBlank()) {
            found.add(item.where().problem(key, "expected a scenario file, folder or set, found " + item.describe()));
            return;
        }
        String name = s.text().strip();
        Path path;
        String shown;
        try {
            path = setFile.resolveSibling(name);
            shown = Path.of(setShown)
                    .resolveSibling(name)
                    .normalize()
                    .toString()
                    .replace('\\', '/');
        } catch (java.nio.file.InvalidPathException e) {
            found.add(item.where().problem(key, "expected a file name, found '" + name + "'"));
            return;
        }
        if (!Files.exists(path)) {
            found.add(item.where().problem(key, "no scenario file, folder or set " + shown));
            return;
        }
        if (!Files.isDirectory(path) && !name.matches("(?s).*\\.ya?ml")) {
            found.add(item.where()
                    .problem(
                            key,
                            "expected a scenario file (*.yaml or *.yml), folder or set, found " + item.describe()));
            return;
        }
        Path target = real(path);
        if (chain.contains(target)) {
            List<String> names = new ArrayList<>(
                    chain.stream().map(p -> p.getFileName().toString()).toList());
            names = names.subList(names.indexOf(target.getFileName().toString()), names.size());
            found.add(item.where()
                    .problem(
                            key,
                            target.equals(real(setFile))
                                    ? "the set lists itself"
                                    : "cycle of sets: " + String.join(" -> ", names) + " -> " + target.getFileName()));
            return;
        }
        add(
                path,
                shown,
                chain,
                item.where().file() + ":" + item.where().line() + ":"
                        + item.where().column());
    }

    private static Path real(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }
}
