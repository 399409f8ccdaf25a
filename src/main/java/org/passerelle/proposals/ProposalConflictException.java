package org.passerelle.proposals;

import java.util.List;
import org.passerelle.base.UserFacingException;

/**
 * Someone else saved the proposal since this person opened it. Nothing was saved; the person keeps their
 * text, sees what the other saved ({@code changes}: from their text to the stored one) and may merge.
 */
public class ProposalConflictException extends UserFacingException {

    private final transient ProposalContent stored;
    private final long storedLockVersion;
    private final transient List<SectionDiff.SectionChange> changes;

    public ProposalConflictException(
            ProposalContent stored, long storedLockVersion, List<SectionDiff.SectionChange> changes) {
        super("proposals.error.conflict");
        this.stored = stored;
        this.storedLockVersion = storedLockVersion;
        this.changes = List.copyOf(changes);
    }

    public ProposalContent stored() {
        return stored;
    }

    /** Saving again with this lock version keeps the person's text over the other one. */
    public long storedLockVersion() {
        return storedLockVersion;
    }

    public List<SectionDiff.SectionChange> changes() {
        return changes;
    }
}
