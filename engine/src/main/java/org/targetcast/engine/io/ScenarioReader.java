package org.targetcast.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.targetcast.engine.io.YamlTree.YMap;
import org.targetcast.engine.io.YamlTree.YNode;
import org.targetcast.engine.io.YamlTree.YScalar;
import org.targetcast.model.scenario.Scenario;

/**
 * Reads scenario files: YAML, one scenario a file, composable with {@code extends} (a path relative to the
 * extending file; mappings merge key by key, other values replace; chains allowed, cycles refused).
 * Every problem is reported with file, line, column and key path; all problems of a file at once.
 */
public final class ScenarioReader {
    private ScenarioReader() {}

    /**
     * @param file the scenario file
     * @param shown how to name it in messages (a path relative to the working directory)
     * @return the scenario
     * @throws InputException listing every problem found
     */
    public static Scenario read(Path file, String shown) {
        return load(file, shown).scenario();
    }

    /**
     * Reads a scenario and records the files it came from (itself and the files it extends), with a
     * SHA-256 over their bytes for the run manifest.
     *
     * @param file the scenario file
     * @param shown how to name it in messages
     * @return the scenario with its provenance
     * @throws InputException listing every problem found
     */
    public static LoadedScenario load(Path file, String shown) {
        LinkedHashSet<Path> chain = new LinkedHashSet<>();
        YNode tree = resolve(file, shown, chain, null, null);
        return bind(tree, file, shown, Hashes.sha256(List.copyOf(chain)));
    }

    /**
     * Reads a scenario given as text, as though it were the file {@code file} (which need not exist): its
     * name defaults to that file's name and {@code extends} resolves beside it.
     *
     * @param text the YAML text of the scenario
     * @param file where the text stands, for its default name and the files it extends
     * @param shown how to name it in messages
     * @return the scenario with its provenance (the hash covers the text and the files it extends)
     * @throws InputException listing every problem found
     */
    public static LoadedScenario load(String text, Path file, String shown) {
        LinkedHashSet<Path> chain = new LinkedHashSet<>();
        YNode tree = resolve(file, shown, chain, text, null);
        List<Path> parents = List.copyOf(chain).subList(1, chain.size());
        return bind(tree, file, shown, Hashes.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), parents));
    }

    private static LoadedScenario bind(YNode tree, Path file, String shown, String sha256) {
        String defaultName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        ScenarioBinder binder = new ScenarioBinder(defaultName, shown);
        Scenario scenario = binder.bind(tree);
        return new LoadedScenario(scenario, shown, sha256, binder.locations(), binder.chinese());
    }

    /**
     * @param file a scenario file
     * @param shown how to name it in messages
     * @return its tree with the files it extends merged in, before binding
     * @throws InputException if a file of the chain does not read
     */
    static YNode mergedTree(Path file, String shown) {
        return resolve(file, shown, new LinkedHashSet<>(), null, null);
    }

    /**
     * @param dir a folder
     * @return the scenario files in it ({@code *.yaml}, {@code *.yml}), sorted by name
     * @throws InputException if the folder cannot be listed or has no scenario
     */
    public static List<Path> filesIn(Path dir, String shown) {
        List<Path> files = new ArrayList<>();
        try (var stream = Files.list(dir)) {
            stream.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml") && Files.isRegularFile(p))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw InputException.at(
                    shown, 1, 1, "", "cannot list the folder (" + e.getClass().getSimpleName() + ")");
        }
        if (files.isEmpty()) {
            throw InputException.at(shown, 1, 1, "", "no scenario files (*.yaml) in this folder");
        }
        return files;
    }

    /**
     * @param text with {@code text} non-null, the text stands for {@code file}; the files it extends are read
     * @param reached where the file was named ({@code extends} of the file extending it), or null for a file
     *     the user named; problems that concern the file as a whole are reported there
     */
    private static YNode resolve(Path file, String shown, Set<Path> chain, String text, YamlTree.Where reached) {
        Path real = file.toAbsolutePath().normalize();
        if (!chain.add(real)) {
            throw new InputException(List.of(reached.problem(
                    "extends",
                    "cycle: "
                            + String.join(
                                    " -> ",
                                    chain.stream()
                                            .map(p -> p.getFileName().toString())
                                            .toList()) + " -> " + file.getFileName())));
        }
        YNode tree = text == null ? YamlTree.read(file, shown) : YamlTree.parse(text, shown);
        if (!(tree instanceof YMap map)) {
            // what the file holds is not repeated: it may be any file a path or link leads to
            String found = tree instanceof YamlTree.YList ? "a list" : "a text";
            throw new InputException(List.of(
                    tree.where().problem("", "expected a mapping of keys (title:, components:, ...), found " + found)));
        }
        YamlTree.Entry ext = map.entries().get("extends");
        if (ext == null) {
            return tree;
        }
        if (!(ext.value() instanceof YScalar s) || s.text() == null || s.text().isBlank()) {
            throw new InputException(List.of(ext.value()
                    .where()
                    .problem(
                            "extends",
                            "expected a file name, found " + ext.value().describe())));
        }
        if (!s.text().strip().matches("(?s).*\\.ya?ml")) {
            throw new InputException(List.of(ext.value()
                    .where()
                    .problem(
                            "extends",
                            "expected a scenario file (*.yaml or *.yml), found "
                                    + ext.value().describe())));
        }
        Path parentFile;
        Path shownParent;
        try {
            parentFile = file.resolveSibling(s.text().strip());
            shownParent = Path.of(shown).resolveSibling(s.text().strip()).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(List.of(ext.value()
                    .where()
                    .problem(
                            "extends",
                            "expected a file name, found " + ext.value().describe() + " (" + e.getReason() + ")")));
        }
        if (!Files.isRegularFile(parentFile)) {
            throw new InputException(
                    List.of(ext.value().where().problem("extends", "no scenario file " + shownParent)));
        }
        YMap parent;
        try {
            parent = (YMap) resolve(
                    parentFile,
                    shownParent.toString().replace('\\', '/'),
                    chain,
                    null,
                    ext.value().where());
        } catch (InputException e) {
            throw new InputException(e.problems().stream()
                    .map(p -> p.file().equals(shown) || p.message().contains("(inherited by ")
                            ? p
                            : new InputException.Problem(
                                    p.file(),
                                    p.line(),
                                    p.column(),
                                    p.key(),
                                    p.message() + " (inherited by " + shown + ")"))
                    .toList());
        }
        var inherited = new java.util.LinkedHashMap<>(parent.entries());
        inherited.remove("name");
        // a child that retitles itself must not show its parent's Chinese title (or description)
        YMap child = (YMap) tree;
        if (child.entries().containsKey("title")) {
            inherited.remove("title_zh");
        }
        if (child.entries().containsKey("description")) {
            inherited.remove("description_zh");
        }
        // the nearest statement wins: a child that names a component's model without naming the families to
        // average asks for that model, not for the average it would otherwise inherit
        YamlTree.Entry u = inherited.get("uncertainty");
        if (namesModel(child)
                && !namesFamilies(child)
                && u != null
                && u.value() instanceof YMap um
                && um.entries().containsKey("families")) {
            var kept = new java.util.LinkedHashMap<>(um.entries());
            kept.remove("families");
            inherited.put(
                    "uncertainty",
                    new YamlTree.Entry(
                            u.keyWhere(), u.key(), new YMap(um.where(), java.util.Collections.unmodifiableMap(kept))));
        }
        return YamlTree.merge(new YMap(parent.where(), inherited), tree);
    }

    /** @return whether the document names the model of a component ({@code components.<c>.model}) */
    private static boolean namesModel(YMap doc) {
        YamlTree.Entry cs = doc.entries().get("components");
        return cs != null
                && cs.value() instanceof YMap components
                && components.entries().values().stream()
                        .anyMatch(
                                c -> c.value() instanceof YMap m && m.entries().containsKey("model"));
    }

    /** @return whether the document names the families to average ({@code uncertainty.families}) */
    private static boolean namesFamilies(YMap doc) {
        YamlTree.Entry u = doc.entries().get("uncertainty");
        return u != null && u.value() instanceof YMap m && m.entries().containsKey("families");
    }
}
