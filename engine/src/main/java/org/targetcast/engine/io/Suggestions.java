package org.targetcast.engine.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the valid word nearest to a misspelt one, for "did you mean" hints. */
final class Suggestions {
    private Suggestions() {}

    /**
     * @param word what the user wrote
     * @param valid the valid words
     * @return the nearest valid word by edit distance, if it is close enough (at most a third of its length, at least 2)
     */
    static Optional<String> nearest(String word, Collection<String> valid) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = distance(w, v.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /**
     * @param found the name found
     * @param valid the valid names
     * @return {@code " (did you mean 'x'?)"} for the nearest valid name, or an empty string if none is close
     */
    static String didYouMean(String found, Collection<String> valid) {
        return nearest(found, valid).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions, swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
