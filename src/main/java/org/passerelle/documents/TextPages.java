package org.passerelle.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.extraction.LanguageSpan;

/**
 * How an extracted text is cut into the pages that are stored, shown a page at a time and indexed: at each form
 * feed (the end of a page, sheet or slide, marked by the extraction), and a page longer than the maximum into
 * slices, at a line or word end when there is one near. Blank pages are kept (page 3 stays page 3) but trailing
 * ones are dropped. Each stored page takes the language that covers most of it.
 */
final class TextPages {

    /** One stored page: {@code text.substring(start, end)} of the cleaned text, its language or null. */
    record Slice(int start, int end, String language) {}

    private TextPages() {}

    /** The text as it can be stored: PostgreSQL refuses NUL characters in text. */
    static String clean(String text) {
        return text == null ? "" : text.replace("\u0000", "");
    }

    /** The pages of a text, as strings. */
    static List<String> slices(String text, int max) {
        return ranges(text, max).stream()
                .map(range -> text.substring(range[0], range[1]))
                .toList();
    }

    /**
     * The pages of {@code original} once cleaned ({@link #clean}), each with the language of the spans (offsets
     * into {@code original}) that cover most of it; null when that is unknown or nothing covers it.
     */
    static List<Slice> cut(String original, int max, List<LanguageSpan> spans) {
        String text = clean(original);
        List<LanguageSpan> shifted = shift(original == null ? "" : original, spans);
        List<Slice> slices = new ArrayList<>();
        for (int[] range : ranges(text, max)) {
            slices.add(new Slice(range[0], range[1], languageOf(range[0], range[1], shifted)));
        }
        return slices;
    }

    /** The spans with their offsets moved as the removal of the NUL characters moves the text. */
    static List<LanguageSpan> shift(String original, List<LanguageSpan> spans) {
        List<Integer> nuls = new ArrayList<>();
        for (int i = original.indexOf('\u0000'); i >= 0; i = original.indexOf('\u0000', i + 1)) {
            nuls.add(i);
        }
        List<LanguageSpan> shifted = new ArrayList<>(spans.size());
        for (LanguageSpan span : spans) {
            int start = Math.min(span.start(), original.length());
            int end = Math.min(span.end(), original.length());
            shifted.add(new LanguageSpan(start - before(nuls, start), end - before(nuls, end), span.language()));
        }
        return shifted;
    }

    /** How many of the sorted positions are below {@code offset}. */
    private static int before(List<Integer> positions, int offset) {
        int low = 0;
        int high = positions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (positions.get(middle) < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static String languageOf(int start, int end, List<LanguageSpan> spans) {
        Map<String, Integer> covered = new HashMap<>();
        String best = null;
        int most = 0;
        for (LanguageSpan span : spans) {
            int overlap = Math.min(end, span.end()) - Math.max(start, span.start());
            if (overlap > 0) {
                int total = covered.merge(span.language(), overlap, Integer::sum);
                if (total > most) {
                    most = total;
                    best = span.language();
                }
            }
        }
        return LanguageShares.safe(best);
    }

    private static List<int[]> ranges(String text, int max) {
        List<int[]> pages = new ArrayList<>();
        if (text.indexOf('\f') < 0) {
            sliceOne(text, 0, text.length(), max, pages);
            return pages;
        }
        int from = 0;
        while (true) {
            int feed = text.indexOf('\f', from);
            int to = feed < 0 ? text.length() : feed;
            int before = pages.size();
            sliceOne(text, from, to, max, pages);
            if (pages.size() == before) {
                pages.add(new int[] {from, from}); // a blank page keeps the numbering
            }
            if (feed < 0) {
                break;
            }
            from = feed + 1;
        }
        while (!pages.isEmpty() && isBlank(text, pages.getLast())) {
            pages.removeLast();
        }
        return pages;
    }

    private static boolean isBlank(String text, int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void sliceOne(String text, int from, int to, int max, List<int[]> into) {
        int start = from;
        while (start < to) {
            int end = Math.min(to, start + max);
            if (end < to) {
                int newline = text.lastIndexOf('\n', end - 1);
                int space = text.lastIndexOf(' ', end - 1);
                int cut = newline > start + max / 2 ? newline + 1 : space > start + max / 2 ? space + 1 : end;
                if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                    cut--; // never split a character in two
                }
                end = cut;
            }
            into.add(new int[] {start, end});
            start = end;
        }
    }
}
