package org.passerelle.search;

import java.util.Set;
import org.passerelle.base.SearchKind;

/**
 * What a person searches for, and the facets they narrowed it to ({@code null} or empty for any).
 *
 * @param text the words: several must all match (OR, - and "…" work as in most search boxes; a trailing * for a
 *     prefix)
 * @param period {@code month}, {@code year} or {@code older}, or {@code null} for any date
 * @param page from 0
 */
public record SearchRequest(
        String text,
        Set<SearchKind> kinds,
        Long spaceId,
        Long callId,
        String country,
        String sector,
        String language,
        String period,
        int page) {

    public SearchRequest {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        page = Math.max(0, page);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Set.of(), null, null, null, null, null, null, 0);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(text, kinds, spaceId, callId, country, sector, language, period, newPage);
    }

    /** Whether any facet narrows it. */
    public boolean narrowed() {
        return !kinds.isEmpty()
                || spaceId != null
                || callId != null
                || country != null
                || sector != null
                || language != null
                || period != null;
    }
}
