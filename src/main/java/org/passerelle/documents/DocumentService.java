package org.passerelle.documents;

import java.util.List;
import java.util.Optional;
import org.passerelle.base.Access;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.documents.DocumentEvents.DocumentDeleted;
import org.passerelle.documents.domain.Document;
import org.passerelle.documents.domain.DocumentRepository;
import org.passerelle.documents.domain.DocumentTextPage;
import org.passerelle.documents.domain.DocumentTextPageRepository;
import org.passerelle.documents.domain.DocumentTextRepository;
import org.passerelle.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading and deleting documents ({@link DocumentUploads} receives them). Every call asks the owner's access
 * ({@link DocumentOwnerAccess}) for the signed-in person: a document whose owner the person may not see is "not
 * found".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DocumentService {

    /** What documents can be attached to. */
    public static final java.util.Set<SubjectKind> OWNER_KINDS = java.util.EnumSet.of(
            SubjectKind.PROPOSAL,
            SubjectKind.SPACE,
            SubjectKind.CALL,
            SubjectKind.SESSION,
            SubjectKind.PROGRESS_REPORT);

    private final DocumentRepository documents;
    private final DocumentTextRepository texts;
    private final DocumentTextPageRepository pages;
    private final DocumentOwnerAccess owners;
    private final ContentStore store;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    DocumentService(
            DocumentRepository documents,
            DocumentTextRepository texts,
            DocumentTextPageRepository pages,
            DocumentOwnerAccess owners,
            ContentStore store,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.documents = documents;
        this.texts = texts;
        this.pages = pages;
        this.owners = owners;
        this.store = store;
        this.currentUser = currentUser;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The current version of each document of an owner, by folder and name. */
    public List<DocumentSummary> list(SubjectRef owner) {
        long me = currentUser.require().accountId();
        owners.requireSee(owner);
        Access access = owners.access(owner);
        boolean mayUpload = access.contribute();
        boolean mayDelete = access.moderate();
        return reading.execute(status ->
                documents
                        .findByOwnerTypeAndOwnerIdAndCurrentTrueOrderByFolderAscNameAsc(owner.kind(), owner.id())
                        .stream()
                        .map(d -> DocumentOwnerAccess.summary(
                                d, null, mayDelete || (mayUpload && d.getUploadedBy() == me)))
                        .toList());
    }

    /** One document (any version) the person may see. */
    public DocumentSummary get(long documentId) {
        long me = currentUser.require().accountId();
        Document document = visible(documentId);
        return reading.execute(status -> owners.summary(document, me));
    }

    /** Every version of the document's name in its owner and folder, newest first. */
    public List<DocumentSummary> versions(long documentId) {
        long me = currentUser.require().accountId();
        Document document = visible(documentId);
        return reading.execute(status -> documents
                .findByOwnerTypeAndOwnerIdAndFolderAndNameOrderByVersionNoDesc(
                        document.getOwnerType(), document.getOwnerId(), document.getFolder(), document.getName())
                .stream()
                .map(d -> owners.summary(d, me))
                .toList());
    }

    /** One page (1-based) of the extracted text; empty while there is none. */
    public Optional<TextPage> textPage(long documentId, int number) {
        Document document = visible(documentId);
        return reading.execute(status -> texts.findByDocumentId(documentId).flatMap(text -> {
            int page = Math.max(1, Math.min(number, Math.max(1, text.getPageCount())));
            Optional<DocumentTextPage> stored = pages.page(text.getId(), page);
            String content = stored.map(DocumentTextPage::getContent).orElse("");
            String language = stored.map(DocumentTextPage::getLanguage)
                    .map(LanguageShares::safe)
                    .orElse(LanguageShares.safe(document.getLanguage()));
            return Optional.of(new TextPage(
                    text.getId(),
                    page,
                    text.getPageCount(),
                    text.getTotalChars(),
                    text.isTruncated(),
                    content,
                    language));
        }));
    }

    /**
     * Deletes a document with all its versions: by whoever may delete the owner's documents, or by the person
     * who uploaded it while they may still upload there. Its bytes go at the next clean-up when no other
     * document shares them.
     */
    public void delete(long documentId) {
        long me = currentUser.require().accountId();
        Document document = visible(documentId);
        SubjectRef owner = new SubjectRef(document.getOwnerType(), document.getOwnerId());
        if (!owners.mayDelete(document, owner, me)) {
            throw new UserFacingException("documents.error.not-allowed");
        }
        transaction.executeWithoutResult(status -> {
            List<Document> all = documents.findByOwnerTypeAndOwnerIdAndFolderAndNameOrderByVersionNoDesc(
                    document.getOwnerType(), document.getOwnerId(), document.getFolder(), document.getName());
            documents.deleteAll(all);
            documents.flush();
            events.publishEvent(
                    new DocumentDeleted(me, documentId, owner, document.getSpaceId(), document.getName(), all.size()));
        });
    }

    /** The stored bytes to download; "not found" for people who may not see it and for lost bytes. */
    public StoredFile open(long documentId) {
        Document document = visible(documentId);
        if (document.isDamaged() || !store.has(document.getSha256())) {
            throw new DocumentNotFoundException();
        }
        return new StoredFile(
                store.pathOf(document.getSha256()),
                document.getName(),
                AllowedTypes.servedType(document.getMediaType()),
                document.getSize());
    }

    private Document visible(long documentId) {
        Document document =
                reading.execute(status -> documents.findById(documentId)).orElseThrow(DocumentNotFoundException::new);
        if (!owners.access(new SubjectRef(document.getOwnerType(), document.getOwnerId()))
                .see()) {
            throw new DocumentNotFoundException();
        }
        return document;
    }
}
