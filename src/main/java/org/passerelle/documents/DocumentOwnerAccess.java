package org.passerelle.documents;

import org.passerelle.base.Access;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.documents.domain.Document;
import org.passerelle.documents.domain.DocumentText;
import org.passerelle.documents.domain.DocumentTextRepository;
import org.springframework.stereotype.Component;

/**
 * What the signed-in person may do with documents, from their owner's access (the access contract): seeing the
 * owner lets one read its documents, contributing to it upload, moderating it delete any; one's own upload may
 * be deleted while one may still upload there. Shared by reading and uploading.
 */
@Component
class DocumentOwnerAccess {

    private final SubjectAccess subjects;
    private final DocumentTextRepository texts;

    DocumentOwnerAccess(SubjectAccess subjects, DocumentTextRepository texts) {
        this.subjects = subjects;
        this.texts = texts;
    }

    /**
     * The owner's access, from its module: seeing it lets one read its documents, contributing to it upload,
     * moderating it delete any; kinds that hold no documents are seen by nobody here.
     */
    Access access(SubjectRef owner) {
        return DocumentService.OWNER_KINDS.contains(owner.kind()) ? subjects.of(owner) : Access.hidden(owner);
    }

    void requireSee(SubjectRef owner) {
        if (!access(owner).see()) {
            throw new DocumentNotFoundException();
        }
    }

    boolean mayDelete(Document document, SubjectRef owner, long me) {
        Access access = access(owner);
        return access.moderate() || (document.getUploadedBy() == me && access.contribute());
    }

    DocumentSummary summary(Document d, long me) {
        SubjectRef owner = new SubjectRef(d.getOwnerType(), d.getOwnerId());
        Long textId = texts.findByDocumentId(d.getId()).map(DocumentText::getId).orElse(null);
        return summary(d, textId, mayDelete(d, owner, me));
    }

    static DocumentSummary summary(Document d, Long textId, boolean mayDelete) {
        return Summaries.of(d, textId, mayDelete);
    }
}
