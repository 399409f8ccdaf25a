package org.passerelle.base;

import java.time.Instant;
import java.util.Set;

/**
 * One thing the search can find, as its own module describes it: a subject or a part of one (a page of a document's
 * text, the submitted version of a proposal beside its draft, the minutes of a session beside its agenda).
 *
 * @param kind what it is
 * @param id the id of the thing within its kind (the document's, the message's)
 * @param part which part of it (0 when it has one only; a document's page number; see each source)
 * @param titleEn its title for English readers
 * @param titleFr its title for French readers (the same when it has one only)
 * @param text the words to find, as plain text (or Markdown: its marks are words too)
 * @param language the language of the text (ISO 639-1) when known, else {@code null}
 * @param spaceId the space it lives in, if any (a facet)
 * @param callId the call it answers, if any (a facet)
 * @param country the country it concerns (ISO 3166 alpha-2), if any (a facet)
 * @param sectors its sectors (a facet)
 * @param date when it was last written or when it happens (a facet and the order of equal hits)
 * @param link where it opens, a route without the leading slash, e.g. {@code documents/12?page=3}
 * @param keys who may find it: a reader holding any of these keys ({@link SubjectAccess#readerKeys}); none means
 *     nobody, so that an entry whose keys cannot be told is never shown
 */
public record SearchEntry(
        SearchKind kind,
        long id,
        int part,
        String titleEn,
        String titleFr,
        String text,
        String language,
        Long spaceId,
        Long callId,
        String country,
        Set<String> sectors,
        Instant date,
        String link,
        Set<String> keys) {

    public SearchEntry {
        keys = Set.copyOf(keys);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        titleFr = titleFr == null || titleFr.isBlank() ? titleEn : titleFr;
        titleEn = titleEn == null || titleEn.isBlank() ? titleFr : titleEn;
        text = text == null ? "" : text;
    }

    /** The title in the reader's language. */
    public String title(java.util.Locale reader) {
        return reader != null && "fr".equals(reader.getLanguage()) ? titleFr : titleEn;
    }
}
