package org.targetcast.app.io;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/** "Did you mean" suggestions for misspelt names, by edit distance. */
final class Suggestions {
    private Suggestions() { }

    /**
     * @param found the name found
     * @param valid the valid names
     * @return {@code " (did you mean 'x'?)"} naming the nearest valid name (ties: alphabetical) if it is
     *     within a third of its length in edits, else an empty string
     */
    static String didYouMean(String found, Collection<String> valid) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String v : new TreeSet<>(valid)) {
            int d = distance(found.toLowerCase(Locale.ROOT), v.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, best.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
