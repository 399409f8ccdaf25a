package org.passerelle.extraction.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How much two extractions of one document agree: the words they share, counted with repetition. */
public final class WordOverlap {

    private WordOverlap() {}

    /**
     * Shared words (the smaller count of each distinct word, summed) over the word count of the longer text: 1.0
     * when both hold the same words however they are laid out, lower for each word that one of them misses.
     */
    public static double of(String a, String b) {
        Map<String, Integer> left = words(a);
        Map<String, Integer> right = words(b);
        long shared = 0;
        for (var entry : left.entrySet()) {
            shared += Math.min(entry.getValue(), right.getOrDefault(entry.getKey(), 0));
        }
        long longer = Math.max(total(left), total(right));
        return longer == 0 ? 1.0 : (double) shared / longer;
    }

    static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static long total(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }
}
