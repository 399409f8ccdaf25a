package org.passerelle.people;

import org.passerelle.base.AuditableEvent;

/** A person opted in to the expert and speaker pool: they are listed in the directory from now on. */
public record ExpertPoolJoined(long accountId) implements AuditableEvent {

    /** Only the person themself can opt in. */
    @Override
    public Long actorId() {
        return accountId;
    }

    @Override
    public String action() {
        return "people.expert-pool-joined";
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
