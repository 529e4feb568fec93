package org.targetcast.engine.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML document as a tree of nodes that remember where they were written (file, line, column), so that
 * every later complaint can point at the place. Mappings keep key order; duplicate keys are errors.
 */
final class YamlTree {
    /** Deeper nesting than this is refused: no scenario needs it. */
    static final int MAX_DEPTH = 32;

    /** More aliases to lists or mappings than this are refused (a guard against alias bombs). */
    static final int MAX_ALIASES = 20;

    /** At most this many characters of a value are repeated in a message. */
    static final int SHOWN = 40;

    /** Where a node was written. */
    record Where(String file, int line, int column) {
        InputException.Problem problem(String key, String message) {
            return new InputException.Problem(file, line, column, key, message);
        }
    }

    /** A node: a mapping, a sequence or a scalar. */
    sealed interface YNode permits YMap, YList, YScalar {
        Where where();

        /** @return what the node is, for messages ("a mapping", "a list", "'abc'") */
        String describe();
    }

    /** A mapping with its entries in file order; each key keeps its own position. */
    record YMap(Where where, Map<String, Entry> entries) implements YNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One entry of a mapping. */
    record Entry(Where keyWhere, String key, YNode value) {}

    /** A sequence. */
    record YList(Where where, List<YNode> items) implements YNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar, as written (quotes removed); {@code null} for an empty value. */
    record YScalar(Where where, String text) implements YNode {
        @Override
        public String describe() {
            if (text == null || text.isEmpty()) {
                return "nothing";
            }
            int cut = text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), SHOWN));
            return "'" + text.substring(0, cut) + (cut < text.length() ? "…" : "") + "'";
        }
    }

    private YamlTree() {}

    /**
     * Reads one YAML file.
     *
     * @param file the file
     * @param shown how to name it in messages (relative path)
     * @return the root node (an empty mapping for an empty file)
     * @throws InputException with the location of a syntax error, an unreadable file, invalid UTF-8,
     *     duplicate keys or too deep nesting
     */
    static YNode read(Path file, String shown) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (java.io.IOException e) {
            real = file;
        }
        if (!real.getFileName().toString().matches("(?s).*\\.ya?ml")) {
            // a link named like a scenario to some other file (a system file): refused unread, never quoted
            throw InputException.at(
                    shown, 1, 1, "", "a link to a file not named *.yaml or *.yml; name the scenario file itself");
        }
        return parse(TextFiles.read(file, shown), shown);
    }

    /**
     * @param text YAML text
     * @param shown file name for messages
     * @return the root node
     */
    static YNode parse(String text, String shown) {
        // the whole text in one buffer: with the default 1024-character chunks, a character outside the basic
        // plane (a surrogate pair) across a chunk boundary makes the parser read past its buffer
        LoadSettings settings = settings(text, shown);
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> m = e.getProblemMark().or(e::getContextMark);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            throw InputException.at(
                    shown,
                    m.map(x -> x.getLine() + 1).orElse(0),
                    m.map(x -> x.getColumn() + 1).orElse(0),
                    "",
                    "invalid YAML: " + problem);
        } catch (YamlEngineException | StackOverflowError e) {
            throw unmarked(text, shown, e);
        }
        if (root.isEmpty()) {
            return new YMap(new Where(shown, 1, 1), Map.of());
        }
        List<InputException.Problem> problems = new ArrayList<>();
        YNode tree = convert(root.get(), shown, 0, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return tree;
    }

    private static LoadSettings settings(String text, String shown) {
        return LoadSettings.builder()
                .setLabel(shown)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowDuplicateKeys(true)
                // the parser's own limit is the file limit: no text that may be read is refused by the parser
                .setCodePointLimit(TextFiles.MAX_BYTES)
                .setBufferSize(Math.max(1024, text.length() + 2))
                .build();
    }

    private static YNode convert(Node node, String shown, int depth, List<InputException.Problem> problems) {
        Where where = where(node, shown);
        if (depth > MAX_DEPTH) {
            problems.add(where.problem("", "nesting deeper than " + MAX_DEPTH + " levels"));
            return new YScalar(where, null);
        }
        if (node instanceof ScalarNode s) {
            checkText(s.getValue(), where, problems);
            return new YScalar(where, s.getValue());
        }
        if (node instanceof SequenceNode s) {
            List<YNode> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                items.add(convert(item, shown, depth + 1, problems));
            }
            return new YList(where, Collections.unmodifiableList(items));
        }
        MappingNode m = (MappingNode) node;
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Where kw = where(t.getKeyNode(), shown);
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.add(kw.problem("", "a key must be a plain word or number, not a mapping or list"));
                continue;
            }
            checkText(k.getValue(), kw, problems);
            if (entries.containsKey(k.getValue())) {
                Where first = entries.get(k.getValue()).keyWhere();
                problems.add(kw.problem(k.getValue(), "duplicate key (first given at line " + first.line() + ")"));
                continue;
            }
            entries.put(
                    k.getValue(), new Entry(kw, k.getValue(), convert(t.getValueNode(), shown, depth + 1, problems)));
        }
        return new YMap(where, Collections.unmodifiableMap(entries));
    }

    /**
     * A text written with escapes can still hold what no file may: a lone half of a surrogate pair (not a
     * character; no output could be written with it) or a control character.
     */
    private static void checkText(String text, Where where, List<InputException.Problem> problems) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add(where.problem(
                        "",
                        String.format(
                                java.util.Locale.ROOT,
                                "unpaired surrogate U+%04X in a text; write the character itself",
                                (int) c)));
                return;
            } else if (TextRules.isBidiControl(c)) {
                problems.add(where.problem(
                        "", TextRules.characters(String.valueOf(c), false).orElseThrow()));
                return;
            } else if (TextFiles.isControl(c)) {
                problems.add(where.problem(
                        "",
                        String.format(
                                java.util.Locale.ROOT,
                                "control character U+%04X in a text; only tab and line breaks may appear",
                                (int) c)));
                return;
            }
        }
    }

    private static Where where(Node node, String shown) {
        Optional<Mark> m = node.getStartMark();
        return new Where(
                shown,
                m.map(x -> x.getLine() + 1).orElse(0),
                m.map(x -> x.getColumn() + 1).orElse(0));
    }

    private static final Pattern DIRECTIVE = Pattern.compile("(?m)^%YAML[ \\t]+(\\S{1,10})");

    /**
     * The parser's errors without a position (too deep nesting, too many aliases, a YAML version it does not
     * read), located by looking at the text: the first bracket past the nesting limit, the first alias past the
     * alias limit, the {@code %YAML} line; line 1, column 1 for anything else.
     */
    private static InputException unmarked(String text, String shown, Throwable e) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '{') && ++depth > MAX_DEPTH) {
                return at(text, shown, i, "nesting deeper than " + MAX_DEPTH + " levels");
            } else if (!quoted && (c == ']' || c == '}')) {
                depth--;
            }
        }
        Matcher version = DIRECTIVE.matcher(text);
        if (e instanceof YamlVersionException && version.find()) {
            return at(
                    text,
                    shown,
                    version.start(),
                    "YAML version " + version.group(1) + " is not read; remove the %YAML line or write %YAML 1.2");
        }
        Optional<Mark> alias = aliasPastLimit(text, shown);
        if (alias.isPresent()) {
            return InputException.at(
                    shown,
                    alias.get().getLine() + 1,
                    alias.get().getColumn() + 1,
                    "",
                    "more than " + MAX_ALIASES + " aliases (*name) to lists or mappings");
        }
        if (e instanceof StackOverflowError) {
            return InputException.at(shown, 1, 1, "", "nesting too deep to read");
        }
        return InputException.at(shown, 1, 1, "", "invalid YAML: " + oneLine(e.getMessage()));
    }

    /**
     * Reads the text's events as the composer does and counts the aliases to lists and mappings, the ones
     * the composer limits to {@link #MAX_ALIASES}.
     *
     * @return where the first alias past the limit starts; empty if there is none (or the events end in an
     *     error before it)
     */
    private static Optional<Mark> aliasPastLimit(String text, String shown) {
        Set<String> collections = new HashSet<>();
        int aliases = 0;
        try {
            for (Event e : new Parse(settings(text, shown)).parseString(text)) {
                if (e instanceof AliasEvent a) {
                    if (collections.contains(a.getAlias().getValue()) && ++aliases > MAX_ALIASES) {
                        return a.getStartMark();
                    }
                } else if (e instanceof NodeEvent n && n.getAnchor().isPresent()) {
                    // an anchor named again names the newer node
                    if (e instanceof CollectionStartEvent) {
                        collections.add(n.getAnchor().get().getValue());
                    } else {
                        collections.remove(n.getAnchor().get().getValue());
                    }
                }
            }
        } catch (YamlEngineException ignored) {
            // an error before the limit: the alias count is not what failed
        }
        return Optional.empty();
    }

    private static InputException at(String text, String shown, int index, String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(text.charAt(i))) {
                column++;
            }
        }
        return InputException.at(shown, line, column, "", message);
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse("unreadable");
    }

    /**
     * Merges a child document over its parent: mappings merge key by key (recursively), anything else in
     * the child replaces the parent's value; the parent's entries keep their own locations.
     *
     * @param parent the document extended
     * @param child the extending document
     * @return the merged tree
     */
    static YNode merge(YNode parent, YNode child) {
        if (!(parent instanceof YMap p) || !(child instanceof YMap c)) {
            return child;
        }
        Map<String, Entry> out = new LinkedHashMap<>(p.entries());
        for (Entry e : c.entries().values()) {
            Entry old = out.get(e.key());
            out.put(e.key(), old == null ? e : new Entry(e.keyWhere(), e.key(), merge(old.value(), e.value())));
        }
        return new YMap(c.where(), Collections.unmodifiableMap(out));
    }
}
