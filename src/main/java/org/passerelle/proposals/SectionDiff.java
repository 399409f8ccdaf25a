package org.passerelle.proposals;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Compares two versions section by section, word by word. The result is plain data (segments marked
 * inserted, deleted or unchanged) that views render as text with marks — never as HTML, so nothing a
 * proposal contains can run in a reader's browser.
 */
public final class SectionDiff {

    /** A piece of text and what happened to it. */
    public record Segment(String text, Kind kind) {}

    public enum Kind {
        UNCHANGED,
        INSERTED,
        DELETED
    }

    /** One section's comparison: its lines, each a list of segments. */
    public record SectionChange(Section section, List<List<Segment>> lines) {}

    private static final String INSERT_START = "\u0001";
    private static final String INSERT_END = "\u0002";
    private static final String DELETE_START = "\u0003";
    private static final String DELETE_END = "\u0004";

    private SectionDiff() {}

    /** The sections that differ between two contents, each with its marked lines. */
    public static List<SectionChange> compare(ProposalContent before, ProposalContent after) {
        Map<Section, String> old = before.asTexts();
        Map<Section, String> now = after.asTexts();
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .mergeOriginalRevised(true)
                .inlineDiffByWord(true)
                .lineNormalizer(line -> line) // plain text in, plain text out: no HTML escaping
                .oldTag(start -> start ? DELETE_START : DELETE_END)
                .newTag(start -> start ? INSERT_START : INSERT_END)
                .build();
        List<SectionChange> changes = new ArrayList<>();
        for (Section section : Section.values()) {
            String a = old.get(section);
            String b = now.get(section);
            if (a.equals(b)) {
                continue;
            }
            List<DiffRow> rows = generator.generateDiffRows(lines(a), lines(b));
            List<List<Segment>> lines = new ArrayList<>();
            for (DiffRow row : rows) {
                lines.add(segments(row.getOldLine()));
            }
            changes.add(new SectionChange(section, lines));
        }
        return changes;
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }

    /** Splits a merged line with our private markers into segments (markers never occur in input: control characters are refused). */
    static List<Segment> segments(String merged) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Kind kind = Kind.UNCHANGED;
        for (int i = 0; i < merged.length(); i++) {
            String c = String.valueOf(merged.charAt(i));
            Kind next = switch (c) {
                case INSERT_START -> Kind.INSERTED;
                case DELETE_START -> Kind.DELETED;
                case INSERT_END, DELETE_END -> Kind.UNCHANGED;
                default -> null;
            };
            if (next == null) {
                current.append(c);
                continue;
            }
            if (!current.isEmpty()) {
                segments.add(new Segment(current.toString(), kind));
                current.setLength(0);
            }
            kind = next;
        }
        if (!current.isEmpty()) {
            segments.add(new Segment(current.toString(), kind));
        }
        return segments;
    }
}
