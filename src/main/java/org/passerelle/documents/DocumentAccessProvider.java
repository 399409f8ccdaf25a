package org.passerelle.documents;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.DerivedAccessProvider;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.documents.domain.Document;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document is seen by whoever sees its owner (proposal, space, call, session); who contributes to the owner
 * uploads new versions, who moderates it deletes.
 */
@Component
@Transactional(readOnly = true)
class DocumentAccessProvider extends DerivedAccessProvider<Document> {

    DocumentAccessProvider(EntityLoader loader, SubjectAccess subjects) {
        super(SubjectKind.DOCUMENT, Document.class, loader, subjects);
    }

    @Override
    protected List<SubjectRef> parents(Document document) {
        SubjectRef owner = new SubjectRef(document.getOwnerType(), document.getOwnerId());
        return DocumentService.OWNER_KINDS.contains(owner.kind()) ? List.of(owner) : List.of();
    }

    @Override
    protected Access derive(Document document, Map<SubjectRef, Access> parents) {
        Access owner = parents.get(new SubjectRef(document.getOwnerType(), document.getOwnerId()));
        if (owner == null || !owner.see()) {
            return null;
        }
        Set<Right> rights = EnumSet.of(Right.SEE);
        if (owner.contribute()) {
            rights.add(Right.CONTRIBUTE);
        }
        if (owner.moderate()) {
            rights.add(Right.MODERATE);
        }
        return new Access(
                SubjectRef.document(document.getId()),
                owner.spaceId(),
                owner.associationId(),
                owner.role(),
                rights,
                owner.refusal());
    }

    @Override
    protected String title(Document document, Locale reader) {
        return document.getName();
    }

    @Override
    protected Long idOf(Document document) {
        return document.getId();
    }
}
