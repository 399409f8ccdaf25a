package org.passerelle.documents;

import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;
import org.passerelle.base.SubjectRef;

/** Events of the documents module. Uploads and deletions are audited; all of them say which owner changed. */
public final class DocumentEvents {

    private DocumentEvents() {}

    /** What the document is attached to, as a word ("the space", "la proposition"). */
    private static AuditFact ownerFact(SubjectRef owner) {
        return AuditFact.label("audit.owner." + owner.kind().name());
    }

    /** Something about the documents of an owner changed (for live views). */
    public interface DocumentChange {
        SubjectRef owner();

        long documentId();
    }

    public record DocumentUploaded(
            Long actorId, long documentId, SubjectRef owner, Long spaceId, String name, int versionNo, String sha256)
            implements AuditableEvent, DocumentChange {
        @Override
        public String action() {
            return "document.uploaded";
        }

        @Override
        public String objectType() {
            return "document";
        }

        @Override
        public Long objectId() {
            return documentId;
        }

        /** The hash stays in the stored summary, for checking a file against the log; readers get the name. */
        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(name), AuditFact.number(versionNo), ownerFact(owner));
        }

        @Override
        public String details() {
            return owner.kind() + " " + owner.id() + ": " + name + " (v" + versionNo + ", sha256 " + sha256 + ")";
        }
    }

    /** A document was deleted with all its versions; {@code documentId} is the version the person deleted. */
    public record DocumentDeleted(
            Long actorId, long documentId, SubjectRef owner, Long spaceId, String name, int versions)
            implements AuditableEvent, DocumentChange {
        @Override
        public String action() {
            return "document.deleted";
        }

        @Override
        public String objectType() {
            return "document";
        }

        @Override
        public Long objectId() {
            return documentId;
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(name), AuditFact.number(versions), ownerFact(owner));
        }

        @Override
        public String details() {
            return owner.kind() + " " + owner.id() + ": " + name + " (" + versions + " version(s))";
        }
    }

    /** The text of a document is ready (for search and notifications); read it by its id, it is not carried here. */
    public record DocumentTextExtracted(long documentId, long textId, SubjectRef owner, String language)
            implements DocumentChange {}

    /** The extraction job of a document moved (queued, extracting, done, failed). */
    /** The text of a document could not be read (damaged, encrypted, unsupported…): its uploader is told. */
    public record DocumentUnreadable(
            long documentId, SubjectRef owner, Long spaceId, long uploadedBy, String reasonKey) {}

    public record DocumentStateChanged(long documentId, SubjectRef owner, ExtractionState state)
            implements DocumentChange {}
}
