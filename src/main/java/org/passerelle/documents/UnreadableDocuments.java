package org.passerelle.documents;

import java.util.List;
import java.util.Map;
import org.passerelle.base.Access;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.documents.domain.Document;
import org.passerelle.documents.domain.DocumentRepository;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents whose text could not be read (for the staff's home page): those whose owner the person may see,
 * asked in bulk of the access contract. Failures are rare, so the current failed ones are read (at most {@link
 * #SCANNED}) and filtered; a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UnreadableDocuments {

    static final int SCANNED = 1000;

    /** How many there are, and the latest few. */
    public record Found(long count, List<Item> top) {}

    /** One unreadable document, its owner and the reason (a message key). */
    public record Item(long id, String name, SubjectRef owner, String failureKey) {}

    private final DocumentRepository documents;
    private final SubjectAccess subjects;

    UnreadableDocuments(DocumentRepository documents, SubjectAccess subjects) {
        this.documents = documents;
        this.subjects = subjects;
    }

    public Found latest(int top) {
        List<Document> failed = documents.failedCurrent(Limit.of(SCANNED));
        Map<SubjectRef, Access> owners = subjects.of(
                failed.stream().map(UnreadableDocuments::owner).distinct().toList());
        List<Item> visible = failed.stream()
                .filter(d -> DocumentService.OWNER_KINDS.contains(d.getOwnerType())
                        && owners.get(owner(d)).see())
                .map(d -> new Item(d.getId(), d.getName(), owner(d), d.getFailureKey()))
                .toList();
        return new Found(visible.size(), visible.stream().limit(top).toList());
    }

    private static SubjectRef owner(Document document) {
        return new SubjectRef(document.getOwnerType(), document.getOwnerId());
    }
}
