package org.passerelle.documents;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectAccessProvider;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.documents.domain.Document;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document is seen by whoever sees its owner (proposal, space, call, session); who contributes to the owner
 * uploads new versions, who moderates it deletes. One query for the documents besides the owners' answers.
 */
@Component
@Transactional(readOnly = true)
class DocumentAccessProvider implements SubjectAccessProvider {

    private final EntityLoader documents;
    private final SubjectAccess subjects;

    DocumentAccessProvider(EntityLoader documents, SubjectAccess subjects) {
        this.documents = documents;
        this.subjects = subjects;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.DOCUMENT;
    }

    @Override
    public Map<Long, Access> accessTo(Collection<Long> ids) {
        List<Document> found = documents.byIds(Document.class, ids);
        Map<SubjectRef, Access> owners = subjects.of(found.stream()
                .map(d -> new SubjectRef(d.getOwnerType(), d.getOwnerId()))
                .filter(owner -> DocumentService.OWNER_KINDS.contains(owner.kind()))
                .distinct()
                .toList());
        Map<Long, Access> answer = new HashMap<>();
        for (Document document : found) {
            Access owner = owners.get(new SubjectRef(document.getOwnerType(), document.getOwnerId()));
            if (owner == null || !owner.see()) {
                continue;
            }
            Set<Right> rights = EnumSet.of(Right.SEE);
            if (owner.contribute()) {
                rights.add(Right.CONTRIBUTE);
            }
            if (owner.moderate()) {
                rights.add(Right.MODERATE);
            }
            answer.put(
                    document.getId(),
                    new Access(
                            SubjectRef.document(document.getId()),
                            owner.spaceId(),
                            owner.associationId(),
                            owner.role(),
                            rights,
                            owner.refusal()));
        }
        return answer;
    }
}
