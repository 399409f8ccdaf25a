package org.passerelle.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.passerelle.base.SearchKind;

/**
 * One page of hits, their total, and the facets of the whole result, all counted among what the reader may see.
 * The first page counts exactly and carries the facets; later pages count only as far as paging reaches ({@code
 * exact} false: "more than {@code total}") and carry none.
 *
 * @param facets per facet name ({@code kind}, {@code space}, {@code call}, {@code country}, {@code sector},
 *     {@code language}, {@code period}), its values with their counts, largest first
 */
public record SearchResults(
        List<Hit> hits, long total, boolean exact, int page, int pageSize, Map<String, List<Facet>> facets) {

    /**
     * One hit.
     *
     * @param snippetHtml a fragment of the text around the matched words, HTML-escaped, the words in
     *     {@code <mark>}: safe to show as HTML
     * @param link the route that opens it (a document at the page of the hit)
     */
    public record Hit(
            SearchKind kind,
            long id,
            int part,
            String title,
            String snippetHtml,
            String link,
            Instant date,
            Long spaceId) {}

    /** One value of a facet: {@code value} to filter with, {@code label} to show. */
    public record Facet(String value, String label, long count) {}

    static SearchResults none(int pageSize) {
        return new SearchResults(List.of(), 0, true, 0, pageSize, Map.of());
    }

    public int pages() {
        return (int) Math.min(SearchService.MAX_PAGES, (total + pageSize - 1) / pageSize);
    }
}
