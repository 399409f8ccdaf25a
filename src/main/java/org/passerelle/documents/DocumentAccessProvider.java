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

    /** A document is found by who sees its owner (as {@link #derive}). */
    @Override
    protected Map<SubjectRef, Right> keyParents(Document document, Right right) {
        List<SubjectRef> owner = parents(document);
        return right == Right.SEE && !owner.isEmpty() ? Map.of(owner.get(0), Right.SEE) : Map.of();
    }

    @Override
    protected Set<String> deriveKeys(
            Document document, Right right, java.util.function.BiFunction<SubjectRef, Right, Set<String>> parentKeys) {
        return keyParents(document, right).entrySet().stream()
                .flatMap(owner -> parentKeys.apply(owner.getKey(), owner.getValue()).stream())
                .collect(java.util.stream.Collectors.toSet());
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
