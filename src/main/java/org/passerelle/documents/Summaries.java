package org.passerelle.documents;

import org.passerelle.base.SubjectRef;
import org.passerelle.documents.domain.Document;

/** A stored document as readers see it. */
final class Summaries {

    private Summaries() {}

    static DocumentSummary of(Document d, Long textId, boolean mayDelete) {
        return new DocumentSummary(
                d.getId(),
                new SubjectRef(d.getOwnerType(), d.getOwnerId()),
                d.getFolder(),
                d.getName(),
                d.getVersionNo(),
                d.isCurrent(),
                d.getMediaType(),
                d.getSize(),
                d.getSha256(),
                d.getUploadedBy(),
                d.getUploadedAt(),
                d.getState(),
                d.getFailureKey(),
                d.isDamaged(),
                d.getTitle(),
                d.getAuthor(),
                d.getCreatedOn(),
                d.getPages(),
                d.getSheets(),
                d.getSlides(),
                d.getLanguage(),
                LanguageShares.decode(d.getLanguageShares()),
                d.getTextSource(),
                textId,
                mayDelete);
    }
}
