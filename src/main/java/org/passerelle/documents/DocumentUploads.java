package org.passerelle.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.documents.DocumentEvents.DocumentUploaded;
import org.passerelle.documents.domain.Document;
import org.passerelle.documents.domain.DocumentRepository;
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
 * Uploads: a file streams to a temporary file, is checked (size while reading, type from its content, the
 * association's quota), stored by content, and only then recorded as a new version of its name, or as nothing
 * new when the same bytes are already its latest version; its text is extracted in the background.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DocumentUploads {

    private static final Logger log = LoggerFactory.getLogger(DocumentUploads.class);
    private final DocumentRepository documents;
    private final DocumentOwnerAccess owners;
    private final ContentStore store;
    private final UploadInspection inspection;
    private final DocumentsProperties properties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DocumentUploads(
            DocumentRepository documents,
            DocumentOwnerAccess owners,
            ContentStore store,
            UploadInspection inspection,
            DocumentsProperties properties,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.documents = documents;
        this.owners = owners;
        this.store = store;
        this.inspection = inspection;
        this.properties = properties;
        this.currentUser = currentUser;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the signed-in person may upload to this owner. */
    public boolean mayUpload(SubjectRef owner) {
        return owners.access(owner).contribute();
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
        Long association = owners.access(owner).associationId();
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
            Long spaceId = owners.access(owner).spaceId();
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
                return new UploadResult(owners.summary(latest.get(), me), true);
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
            return new UploadResult(owners.summary(document, me), false);
        });
    }

    private void requireUpload(SubjectRef owner) {
        owners.requireSee(owner);
        if (!owners.access(owner).contribute()) {
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

    private static void deleteQuietly(ContentStore.Received received) {
        try {
            Files.deleteIfExists(received.file());
        } catch (IOException e) {
            log.warn("Could not remove the temporary file {}", received.file(), e);
        }
    }
}
