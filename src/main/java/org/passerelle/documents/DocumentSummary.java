package org.passerelle.documents;

import java.time.Instant;
import java.util.List;
import org.passerelle.base.SubjectRef;
import org.passerelle.extraction.LanguageShare;
import org.passerelle.extraction.TextSource;

/**
 * A document as a reader sees it (one version).
 *
 * @param mediaType the type detected from the content, which is also the type it is served as
 * @param failureKey the message key of the reason when extraction failed or found no text (state EMPTY)
 * @param damaged whether its stored bytes were found missing (the start-up check marks it)
 * @param language ISO 639-1 code of its text's main language, or "unknown"; null until extracted and without text
 * @param languages its text's languages by share, largest first; empty when not known (e.g. a text read before
 *     the shares were kept: then {@code language} alone)
 * @param textSource where its text came from (its own text layer, OCR, or both); null without text
 * @param textId the id of its extracted text, or null
 */
public record DocumentSummary(
        long id,
        SubjectRef owner,
        String folder,
        String name,
        int versionNo,
        boolean current,
        String mediaType,
        long size,
        String sha256,
        long uploadedBy,
        Instant uploadedAt,
        ExtractionState state,
        String failureKey,
        boolean damaged,
        String title,
        String author,
        Instant created,
        Integer pages,
        Integer sheets,
        Integer slides,
        String language,
        List<LanguageShare> languages,
        TextSource textSource,
        Long textId,
        boolean mayDelete) {

    /** The address (relative to the application) that downloads these bytes. */
    public String downloadAddress() {
        return "files/documents/" + id;
    }
}
