package org.passerelle.dashboard;

import java.util.List;

/**
 * One block of a person's home page: what it counts, its first few items, where the full list is, and what to
 * do when it is empty.
 *
 * @param key the message-key prefix of the block ({@code .title}, {@code .empty})
 * @param topic what kind of change refreshes it
 * @param count how many items there are in all
 * @param moreLink the address of the full list, or {@code null} when there is none
 */
public record HomeBlock(String key, HomeTopic topic, long count, List<Line> lines, String moreLink) {

    public HomeBlock {
        lines = List.copyOf(lines);
    }

    /**
     * One item: its text, where it leads, and a detail (a message key and its arguments: numbers, dates as
     * {@code LocalDate}, instants as {@code Instant}, nested message keys as {@link Key}).
     */
    public record Line(String text, String link, String detailKey, List<Object> args) {

        public Line(String text, String link, String detailKey, Object... args) {
            this(text, link, detailKey, List.of(args));
        }
    }

    /** An argument that is itself a message key, translated for the reader. */
    public record Key(String key) {}
}
