package org.passerelle.extraction.worker;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.extraction.LanguageSpan;

/**
 * Cuts a text into the stretches whose language is detected: each page (between form feeds), and a page longer
 * than a section into sections of about {@value #SECTION} characters, cut at the end of a paragraph or a line.
 * Short neighbouring stretches are taken together (a page with only a title says nothing on its own). The cost is
 * bounded: at most {@value #MAX_DETECTIONS} stretches, spread evenly over the whole text, are detected, each on at
 * most {@value #SAMPLE} characters; the others take the language of the nearest detected one.
 */
final class LanguageSpans {

    static final int SECTION = 3_000;
    static final int SAMPLE = 1_000;
    static final int MAX_DETECTIONS = 100;
    /** A stretch shorter than this is joined to the next one. */
    static final int SHORT = 300;

    private LanguageSpans() {}

    static List<LanguageSpan> of(String text, LanguageGuess guess) {
        List<int[]> stretches = stretches(text);
        int count = stretches.size();
        String[] languages = new String[count];
        int detections = Math.min(count, MAX_DETECTIONS);
        int[] sampled = new int[detections];
        for (int k = 0; k < detections; k++) {
            // evenly spread, first and last included
            int index = detections == 1 ? 0 : (int) Math.round((double) k * (count - 1) / (detections - 1));
            sampled[k] = index;
            int[] stretch = stretches.get(index);
            languages[index] = guess.detect(sample(text, stretch[0], stretch[1]));
        }
        List<LanguageSpan> spans = new ArrayList<>(count);
        int next = 0;
        for (int i = 0; i < count; i++) {
            while (next + 1 < detections && Math.abs(sampled[next + 1] - i) <= Math.abs(sampled[next] - i)) {
                next++;
            }
            String language = languages[i] != null ? languages[i] : languages[sampled[next]];
            int[] stretch = stretches.get(i);
            spans.add(new LanguageSpan(stretch[0], stretch[1], language));
        }
        return spans;
    }

    /** [start, end) of each page or section, short ones joined to their follower. */
    static List<int[]> stretches(String text) {
        List<int[]> pieces = new ArrayList<>();
        int pageStart = 0;
        while (pageStart <= text.length()) {
            int pageEnd = text.indexOf(PageBreaks.BREAK, pageStart);
            if (pageEnd < 0) {
                pageEnd = text.length();
            }
            int start = pageStart;
            while (pageEnd - start > SECTION + SECTION / 2) {
                int cut = cut(text, start, pageEnd);
                pieces.add(new int[] {start, cut});
                start = cut;
            }
            pieces.add(new int[] {start, pageEnd});
            pageStart = pageEnd + 1;
        }
        List<int[]> joined = new ArrayList<>();
        int[] pending = null;
        for (int[] piece : pieces) {
            if (pending == null) {
                pending = piece;
            } else {
                pending = new int[] {pending[0], piece[1]};
            }
            if (pending[1] - pending[0] >= SHORT) {
                joined.add(pending);
                pending = null;
            }
        }
        if (pending != null) {
            if (joined.isEmpty()) {
                joined.add(pending);
            } else {
                int[] last = joined.removeLast();
                joined.add(new int[] {last[0], pending[1]});
            }
        }
        return joined;
    }

    /** Where to end a section that starts at {@code start}: a paragraph's end, else a line's, else a space. */
    private static int cut(String text, int start, int end) {
        int from = start + SECTION * 2 / 3;
        int to = Math.min(end, start + SECTION * 4 / 3);
        for (String separator : List.of("\n\n", "\n", " ")) {
            int at = text.lastIndexOf(separator, to);
            if (at >= from) {
                return at + separator.length();
            }
        }
        return start + SECTION;
    }

    /** At most {@value #SAMPLE} characters from the middle of the stretch, cut at spaces. */
    private static String sample(String text, int start, int end) {
        if (end - start <= SAMPLE) {
            return text.substring(start, end);
        }
        int from = start + (end - start - SAMPLE) / 2;
        int space = text.indexOf(' ', from);
        from = space >= 0 && space < from + 100 ? space + 1 : from;
        int to = Math.min(end, from + SAMPLE);
        int lastSpace = text.lastIndexOf(' ', to);
        to = lastSpace > from + SAMPLE - 100 ? lastSpace : to;
        return text.substring(from, to);
    }
}
