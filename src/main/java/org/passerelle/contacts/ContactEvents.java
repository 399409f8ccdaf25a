package org.passerelle.contacts;

import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;

/** The events of the contacts module (records named in the past tense); each is audited. */
public final class ContactEvents {

    private ContactEvents() {}

    private interface ContactEvent extends AuditableEvent {
        long contact();

        @Override
        default String objectType() {
            return "contact";
        }

        @Override
        default Long objectId() {
            return contact();
        }
    }

    /** {@code name}: the contact's name. */
    public record ContactAdded(Long actorId, long contact, String name, boolean consent) implements ContactEvent {
        @Override
        public String action() {
            return "contacts.added";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(name), AuditFact.flag(consent));
        }
    }

    /** {@code consent}: whether the contact consents after the edit. */
    public record ContactEdited(Long actorId, long contact, String name, boolean consent) implements ContactEvent {
        @Override
        public String action() {
            return "contacts.edited";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(name), AuditFact.flag(consent));
        }
    }

    public record ContactRemoved(Long actorId, long contact, String name) implements ContactEvent {
        @Override
        public String action() {
            return "contacts.removed";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(name));
        }
    }

    /**
     * The contact no longer wants the newsletter. {@code actorId} is {@code null} when the contact withdrew it
     * through an unsubscribe link (no one signed in).
     */
    public record ConsentWithdrawn(Long actorId, long contact, String name, String source) implements ContactEvent {
        @Override
        public String action() {
            return "contacts.consent-withdrawn";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(name), AuditFact.text(source));
        }
    }

    /** A CSV file was imported: how many contacts it added and updated, how many rows it left out. */
    public record ContactsImported(Long actorId, String fileName, int added, int updated, int rejected)
            implements AuditableEvent {
        @Override
        public String action() {
            return "contacts.imported";
        }

        @Override
        public String objectType() {
            return "contact-import";
        }

        @Override
        public Long objectId() {
            return null;
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(
                    AuditFact.text(fileName),
                    AuditFact.number(added),
                    AuditFact.number(updated),
                    AuditFact.number(rejected));
        }
    }

    public record SegmentSaved(Long actorId, long segment, String name) implements AuditableEvent {
        @Override
        public String action() {
            return "contacts.segment-saved";
        }

        @Override
        public String objectType() {
            return "contact-segment";
        }

        @Override
        public Long objectId() {
            return segment;
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(name));
        }
    }

    public record SegmentRemoved(Long actorId, long segment, String name) implements AuditableEvent {
        @Override
        public String action() {
            return "contacts.segment-removed";
        }

        @Override
        public String objectType() {
            return "contact-segment";
        }

        @Override
        public Long objectId() {
            return segment;
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(name));
        }
    }
}
