package org.targetcast.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks a store of texts must pass, as functions of any store, so that a test can run them on the shipped
 * store and show on a small broken one that each catches its case. A store here is, per language, key to
 * template.
 */
final class LabelStoreChecks {
    /** A Formatter conversion: optional argument index, flags, width, precision, conversion. */
    private static final Pattern CONVERSION = Pattern.compile("%(\\d+\\$|<)?[-#+ 0,(]*\\d*(?:\\.\\d+)?([a-zA-Z%])");

    /** A lookup of a key in code: a glossary term, or a text, template, factor or option of labels. */
    private static final Pattern LOOKUP = Pattern.compile(
            "(?:(?<![\\w.])term|Glossary\\.term|(?:labels\\(\\)|labels|EN|ZH)\\.(?:text|template|has))\\(");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*\\+)?");

    private LabelStoreChecks() {}

    /**
     * @param store per language, key to template
     * @return the keys some language lacks, sorted
     */
    static Set<String> keysMissingSomewhere(Map<Lang, Map<String, String>> store) {
        Set<String> all = new TreeSet<>();
        store.values().forEach(texts -> all.addAll(texts.keySet()));
        Set<String> missing = new TreeSet<>();
        for (Map<String, String> texts : store.values()) {
            for (String key : all) {
                if (!texts.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        return missing;
    }

    /**
     * Keys that hold the same text in every language: one concept under two keys.
     *
     * @param store per language, key to template
     * @param allowed groups of keys (sorted, joined by {@code " = "}) allowed to hold the same texts, each with
     *     its reason
     * @return each group of keys holding the same texts and not allowed, e.g. {@code a.year = b.year}
     */
    static List<String> duplicateConcepts(Map<Lang, Map<String, String>> store, Map<String, String> allowed) {
        Map<List<String>, Set<String>> byTexts = new HashMap<>();
        Map<String, String> any = store.values().iterator().next();
        for (String key : any.keySet()) {
            List<String> texts = new ArrayList<>();
            for (Lang lang : Lang.values()) {
                texts.add(store.getOrDefault(lang, Map.of()).get(key));
            }
            byTexts.computeIfAbsent(texts, t -> new TreeSet<>()).add(key);
        }
        List<String> duplicates = new ArrayList<>();
        for (Set<String> keys : byTexts.values()) {
            String group = String.join(" = ", keys);
            if (keys.size() > 1 && !allowed.containsKey(group)) {
                duplicates.add(group);
            }
        }
        duplicates.sort(null);
        return duplicates;
    }

    /**
     * Arguments fitting templates' conversions: an integer for {@code %d}, a double for {@code %f}, a string
     * where every template has {@code %s}, at the templates' argument positions. Where the templates disagree
     * (an integer in one, a double in the other) the first one's kind is kept, and the other will not fit.
     *
     * @param templates Formatter templates of one key, e.g. in each language
     * @return the arguments
     */
    static Object[] argumentsFor(String... templates) {
        TreeMap<Integer, Object> args = new TreeMap<>();
        for (String template : templates) {
            Matcher m = CONVERSION.matcher(template);
            int ordinary = 0;
            int last = 0;
            while (m.find()) {
                char c = m.group(2).charAt(0);
                if (c == '%' || c == 'n') {
                    continue;
                }
                String index = m.group(1);
                int i = index == null
                        ? ++ordinary
                        : "<".equals(index) ? last : Integer.parseInt(index.replace("$", ""));
                last = i;
                Object arg =
                        switch (Character.toLowerCase(c)) {
                            case 'd', 'x', 'o' -> 1;
                            case 'f', 'e', 'g', 'a' -> 1.5;
                            default -> "s";
                        };
                if (!args.containsKey(i) || "s".equals(args.get(i))) {
                    args.put(i, arg);
                }
            }
        }
        int n = args.isEmpty() ? 0 : args.lastKey();
        Object[] out = new Object[n];
        for (int i = 1; i <= n; i++) {
            out[i - 1] = args.getOrDefault(i, "s");
        }
        return out;
    }

    /**
     * Keys whose templates do not all format with one list of arguments: a caller gives the same arguments
     * whatever the language.
     *
     * @param store per language, key to template
     * @return each template that fails, with its language, e.g. {@code zh a.year}
     */
    static List<String> templatesNotFittingOneArgumentList(Map<Lang, Map<String, String>> store) {
        List<String> failing = new ArrayList<>();
        for (String key : store.get(Lang.EN).keySet()) {
            List<String> templates = new ArrayList<>();
            for (Lang lang : Lang.values()) {
                String template = store.getOrDefault(lang, Map.of()).get(key);
                if (template != null) {
                    templates.add(template);
                }
            }
            Object[] args = argumentsFor(templates.toArray(String[]::new));
            for (Lang lang : Lang.values()) {
                String template = store.getOrDefault(lang, Map.of()).get(key);
                if (template == null) {
                    continue;
                }
                try {
                    String.format(Locale.ROOT, template, args);
                } catch (java.util.IllegalFormatException x) {
                    failing.add(lang.code() + " " + key);
                }
            }
        }
        return failing;
    }

    /**
     * Keys code looks up that the store does not hold. A lookup is {@code term("key", ...)},
     * {@code Glossary.term(...)} or {@code labels.text(...)} (also {@code template}, {@code has}); every string
     * literal in its first argument is a key, or, followed by {@code +}, the prefix of keys (at least one must
     * exist).
     *
     * @param keys the store's keys
     * @param sources source text by file name
     * @return each missing key with its file, e.g. {@code Foo.java: no.such.key}
     */
    static List<String> unknownReferences(Set<String> keys, Map<String, String> sources) {
        return unknownReferences(keys, sources, LOOKUP, "");
    }

    /**
     * Keys code looks up through a lookup of its own that adds a prefix to them (the explorer's
     * {@code text.text("reset")} reads {@code explore.reset}), as {@link #unknownReferences(Set, Map)} does.
     *
     * @param keys the store's keys
     * @param sources source text by file name
     * @param lookupCall the start of a lookup call, up to its opening parenthesis
     * @param prefix what the lookup puts before the key it is given
     * @return each missing key, with the prefix, and its file
     */
    static List<String> unknownReferences(
            Set<String> keys, Map<String, String> sources, Pattern lookupCall, String prefix) {
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String code = source.getValue();
            Matcher lookup = lookupCall.matcher(code);
            while (lookup.find()) {
                Matcher literal = LITERAL.matcher(firstArgument(code, lookup.end()));
                while (literal.find()) {
                    String key = prefix + literal.group(1);
                    boolean start = literal.group(2) != null;
                    boolean known = start ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
                    if (!known) {
                        unknown.add(source.getKey() + ": " + key + (start ? "…" : ""));
                    }
                }
            }
        }
        return unknown;
    }

    /**
     * @return the text of a call's first argument, from just after its opening parenthesis, with what stands
     *     inside nested parentheses blanked (the arguments of a call inside it are not keys)
     */
    private static String firstArgument(String code, int from) {
        StringBuilder arg = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    append(arg, depth, c);
                    c = code.charAt(++i);
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                break;
            }
            append(arg, depth, c);
        }
        return arg.toString();
    }

    private static void append(StringBuilder arg, int depth, char c) {
        arg.append(depth == 0 ? c : ' ');
    }
}
