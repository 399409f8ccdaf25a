package org.passerelle.newsletter;

import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;

/** Staff sent an issue (or resumed its sending); {@code queued} mails were queued by this send. */
public record NewsletterSent(Long actorId, long issueId, String subject, int queued, int total)
        implements AuditableEvent {

    @Override
    public String action() {
        return "newsletter.sent";
    }

    @Override
    public String objectType() {
        return "newsletter";
    }

    @Override
    public Long objectId() {
        return issueId;
    }

    @Override
    public List<AuditFact> facts() {
        return List.of(AuditFact.text(subject), AuditFact.number(total));
    }
}
