package org.passerelle.people;

import org.passerelle.base.AuditableEvent;

/** A person opted out of the expert and speaker pool: the directory no longer lists them. */
public record ExpertPoolLeft(long accountId) implements AuditableEvent {

    /** Only the person themself can opt out. */
    @Override
    public Long actorId() {
        return accountId;
    }

    @Override
    public String action() {
        return "people.expert-pool-left";
    }

    @Override
    public String objectType() {
        return "person";
    }

    @Override
    public Long objectId() {
        return accountId;
    }
}
