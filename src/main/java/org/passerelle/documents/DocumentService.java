package org.passerelle.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.passerelle.base.Access;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.documents.DocumentEvents.DocumentDeleted;
import org.passerelle.documents.DocumentEvents.DocumentUploaded;
import org.passerelle.documents.domain.Document;
import org.passerelle.documents.domain.DocumentRepository;
import org.passerelle.documents.domain.DocumentText;
import org.passerelle.documents.domain.DocumentTextPageRepository;
import org.passerelle.documents.domain.DocumentTextRepository;
import org.passerelle.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads, reading and deletion of documents. Every call asks the owner's rules ({@link DocumentOwners}) for the
 * signed-in person: a document whose owner the person may not see is "not found". An upload streams to a
 * temporary file, is checked, stored by content, and only then recorded; its text is extracted in the
 * background.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DocumentService {

    /** What documents can be attached to. */
    public static final java.util.Set<SubjectKind> OWNER_KINDS =
            java.util.EnumSet.of(SubjectKind.PROPOSAL, SubjectKind.SPACE, SubjectKind.CALL, SubjectKind.SESSION);

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);
    private final DocumentRepository documents;
    private final DocumentTextRepository texts;
    private final DocumentTextPageRepository pages;
    private final SubjectAccess subjects;
    private final ContentStore store;
    private final UploadInspection inspection;
    private final DocumentsProperties properties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;
    private final Clock clock;

    DocumentService(
            DocumentRepository documents,
            DocumentTextRepository texts,
            DocumentTextPageRepository pages,
            SubjectAccess subjects,
            ContentStore store,
            UploadInspection inspection,
            DocumentsProperties properties,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.documents = documents;
        this.texts = texts;
        this.pages = pages;
        this.subjects = subjects;
        this.store = store;
        this.inspection = inspection;
        this.properties = properties;
        this.currentUser = currentUser;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    /** Whether the signed-in person may upload to this owner. */
    public boolean mayUpload(SubjectRef owner) {
        return access(owner).contribute();
    }

    /**
     * Receives one file. Refused before anything is read when the owner does not accept it from this person or
     * the announced size is over the limit; refused as soon as the stream passes the limit otherwise. Nothing is
     * kept of a refused or interrupted upload.
     *
     * @param declaredSize the size the browser announced, or -1 when unknown (never trusted alone)
     */
    public UploadResult upload(SubjectRef owner, String folder, String fileName, long declaredSize, InputStream in) {
        long me = currentUser.require().accountId();
        requireUpload(owner);
        long max = properties.maxFileSize().toBytes();
        if (declaredSize > max) {
            throw tooLarge();
        }
        Long association = access(owner).associationId();
        checkQuota(association, Math.max(declaredSize, 0));
        String name = FileNames.clean(fileName);
        String cleanFolder = owner.kind() == SubjectKind.SPACE ? FileNames.folder(folder) : "";
        ContentStore.Received received;
        try {
            received = store.receive(in, max);
        } catch (ContentStore.TooLarge e) {
            throw tooLarge();
        } catch (IOException interrupted) {
            log.info("Upload of {} interrupted: {}", name, interrupted.toString());
            throw new UserFacingException("documents.error.interrupted");
        }
        try {
            String type = inspection.inspect(received.file(), received.size(), name);
            checkQuota(association, received.size());
            store.store(received);
            Long spaceId = access(owner).spaceId();
            try {
                return record(me, owner, cleanFolder, name, type, received, association, spaceId);
            } catch (DataIntegrityViolationException sameNameMeanwhile) {
                // another upload of the same name was recorded between our read and our insert: go after it
                return record(me, owner, cleanFolder, name, type, received, association, spaceId);
            }
        } catch (IOException e) {
            throw new UserFacingException("documents.error.storage");
        } finally {
            deleteQuietly(received);
        }
    }

    private UploadResult record(
            long me,
            SubjectRef owner,
            String folder,
            String name,
            String type,
            ContentStore.Received received,
            Long association,
            Long spaceId) {
        return transaction.execute(status -> {
            // one read for both "is it the same content?" and "which version is next?": two reads could see an
            // upload of the same name committed in between and record identical content as a new version
            Optional<Document> latest = documents.findFirstByOwnerTypeAndOwnerIdAndFolderAndNameOrderByVersionNoDesc(
                    owner.kind(), owner.id(), folder, name);
            if (latest.isPresent() && latest.get().getSha256().equals(received.sha256())) {
                return new UploadResult(summary(latest.get(), me), true);
            }
            latest.filter(Document::isCurrent).ifPresent(previous -> {
                previous.supersede();
                documents.saveAndFlush(previous);
            });
            int version = latest.map(Document::getVersionNo).orElse(0) + 1;
            Document document = new Document(
                    owner.kind(),
                    owner.id(),
                    folder,
                    name,
                    version,
                    type,
                    received.size(),
                    received.sha256(),
                    association,
                    spaceId,
                    me,
                    clock.instant());
            documents.saveAndFlush(document);
            events.publishEvent(
                    new DocumentUploaded(me, document.getId(), owner, spaceId, name, version, received.sha256()));
            return new UploadResult(summary(document, me), false);
        });
    }

    /** The current version of each document of an owner, by folder and name. */
    public List<DocumentSummary> list(SubjectRef owner) {
        long me = currentUser.require().accountId();
        requireSee(owner);
        Access access = access(owner);
        boolean mayUpload = access.contribute();
        boolean mayDelete = access.moderate();
        return reading.execute(status ->
                documents
                        .findByOwnerTypeAndOwnerIdAndCurrentTrueOrderByFolderAscNameAsc(owner.kind(), owner.id())
                        .stream()
                        .map(d -> summary(d, null, mayDelete || (mayUpload && d.getUploadedBy() == me)))
                        .toList());
    }

    /** One document (any version) the person may see. */
    public DocumentSummary get(long documentId) {
        long me = currentUser.require().accountId();
        Document document = visible(documentId);
        return reading.execute(status -> summary(document, me));
    }

    /** Every version of the document's name in its owner and folder, newest first. */
    public List<DocumentSummary> versions(long documentId) {
        long me = currentUser.require().accountId();
        Document document = visible(documentId);
        return reading.execute(status -> documents
                .findByOwnerTypeAndOwnerIdAndFolderAndNameOrderByVersionNoDesc(
                        document.getOwnerType(), document.getOwnerId(), document.getFolder(), document.getName())
                .stream()
                .map(d -> summary(d, me))
                .toList());
    }

    /** One page (1-based) of the extracted text; empty while there is none. */
    public Optional<TextPage> textPage(long documentId, int number) {
        visible(documentId);
        return reading.execute(status -> texts.findByDocumentId(documentId).flatMap(text -> {
            int page = Math.max(1, Math.min(number, Math.max(1, text.getPageCount())));
            String content =
                    pages.page(text.getId(), page).map(p -> p.getContent()).orElse("");
            return Optional.of(new TextPage(
                    text.getId(), page, text.getPageCount(), text.getTotalChars(), text.isTruncated(), content));
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
        if (!mayDelete(document, owner, me)) {
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
        if (!access(new SubjectRef(document.getOwnerType(), document.getOwnerId()))
                .see()) {
            throw new DocumentNotFoundException();
        }
        return document;
    }

    private void requireSee(SubjectRef owner) {
        if (!access(owner).see()) {
            throw new DocumentNotFoundException();
        }
    }

    private void requireUpload(SubjectRef owner) {
        requireSee(owner);
        if (!access(owner).contribute()) {
            throw new UserFacingException("documents.error.not-allowed");
        }
    }

    private void checkQuota(Long association, long incoming) {
        if (association == null) {
            return;
        }
        long used = documents.usedByAssociation(association);
        long quota = properties.associationQuota().toBytes();
        if (used + incoming > quota) {
            throw new UserFacingException("documents.error.quota", quota / (1024 * 1024));
        }
    }

    private UserFacingException tooLarge() {
        return new UserFacingException(
                "documents.error.too-large", properties.maxFileSize().toMegabytes());
    }

    private boolean mayDelete(Document document, SubjectRef owner, long me) {
        Access access = access(owner);
        return access.moderate() || (document.getUploadedBy() == me && access.contribute());
    }

    /**
     * The owner's access, from its module: seeing it lets one read its documents, contributing to it upload,
     * moderating it delete any; kinds that hold no documents are seen by nobody here.
     */
    private Access access(SubjectRef owner) {
        return OWNER_KINDS.contains(owner.kind()) ? subjects.of(owner) : Access.hidden(owner);
    }

    private DocumentSummary summary(Document d, long me) {
        SubjectRef owner = new SubjectRef(d.getOwnerType(), d.getOwnerId());
        Long textId = texts.findByDocumentId(d.getId()).map(DocumentText::getId).orElse(null);
        return summary(d, textId, mayDelete(d, owner, me));
    }

    private static DocumentSummary summary(Document d, Long textId, boolean mayDelete) {
        return Summaries.of(d, textId, mayDelete);
    }

    private static void deleteQuietly(ContentStore.Received received) {
        try {
            Files.deleteIfExists(received.file());
        } catch (IOException e) {
            log.warn("Could not remove the temporary file {}", received.file(), e);
        }
    }
}
