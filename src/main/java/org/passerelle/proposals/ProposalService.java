package org.passerelle.proposals;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals module's API: drafting, versions, the lifecycle and lists of proposals, each use case in its
 * own class ({@link ProposalDrafting}, {@link ProposalTransitions}, {@link ProposalReading},
 * {@link ProposalLists}); here are the transactions and the roles. Who may read: the association's members
 * (drafts included), and once submitted the staff and the members of the call's space; nobody else learns
 * that a proposal exists. Who may write: the co-authors, while the proposal is a draft or a revision is asked.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProposalService {

    /** The largest page a list may ask for. */
    public static final int MAX_PAGE = 500;

    private final ProposalDrafting drafting;
    private final ProposalTransitions transitions;
    private final ProposalReading reading;
    private final ProposalLists lists;

    ProposalService(
            ProposalDrafting drafting, ProposalTransitions transitions, ProposalReading reading, ProposalLists lists) {
        this.drafting = drafting;
        this.transitions = transitions;
        this.reading = reading;
        this.lists = lists;
    }

    /** A member of an association starts a draft for a call they can see; they are its first co-author. */
    public ProposalView createDraft(long callId, long associationId, String title) {
        return drafting.createDraft(callId, associationId, title);
    }

    /**
     * Why this association may not start a draft for this call, each with what to do; empty when it may. The
     * same rule refuses {@link #createDraft}.
     */
    @Transactional(readOnly = true)
    public List<Ineligibility> eligibilityToStart(long callId, long associationId) {
        return drafting.eligibilityToStart(callId, associationId);
    }

    /**
     * Why this proposal could not be submitted now, beyond its empty sections (the readiness checklist); the
     * submission refuses with the first of them.
     */
    @Transactional(readOnly = true)
    public List<Ineligibility> eligibilityToSubmit(long proposalId) {
        return drafting.eligibilityToSubmit(proposalId);
    }

    /**
     * Saves the authors' text as a new version. {@code lockVersion} is the one the author started from:
     * when someone else saved since, nothing is saved and a {@link ProposalConflictException} says what
     * the other person changed. Saving unchanged text creates no version.
     */
    public ProposalView save(long proposalId, long lockVersion, ProposalContent content) {
        return drafting.save(proposalId, lockVersion, content);
    }

    /**
     * Saves the authors' text as {@link #save} does, as an autosave: the autosaves of one editing session update
     * one version instead of adding one each (see {@link ProposalVersionLog}); conflicts are refused the same way.
     */
    public ProposalView autosave(long proposalId, long lockVersion, ProposalContent content) {
        return drafting.autosave(proposalId, lockVersion, content);
    }

    /**
     * Whether the person may restore their withdrawn proposal now, to which state and until when (see
     * {@link ProposalLifecycle}); empty otherwise.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Restoration> restoration(long proposalId) {
        return transitions.restoration(proposalId);
    }

    /** A co-author adds another active member of the same association as co-author. */
    public ProposalView addCoAuthor(long proposalId, long accountId) {
        return drafting.addCoAuthor(proposalId, accountId);
    }

    /** Moves the proposal; the lifecycle table decides whether this person may, from this state. */
    public ProposalView act(long proposalId, ProposalAction action, String reason) {
        return transitions.act(proposalId, action, reason);
    }

    /**
     * One proposal as the person may see it; remembered for the request (the sections of its page all ask),
     * forgotten at every change.
     */
    @Transactional(readOnly = true)
    public ProposalView get(long proposalId) {
        return reading.get(proposalId);
    }

    /**
     * The proposal's co-authors and the active members of its association. For notifications, which then ask
     * the access contract as each person: ids only, no access check.
     */
    @PreAuthorize("permitAll()") // asked with no one signed in, see above
    @Transactional(readOnly = true)
    public java.util.Set<Long> concernedPeople(long proposalId) {
        return reading.concernedPeople(proposalId);
    }

    /** The co-authors of each of these proposals the person may see (the others are left out). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<Long>> authorsOf(java.util.Collection<Long> proposalIds) {
        return reading.authorsOf(proposalIds);
    }

    /** The history of saved versions, newest first (authors see all; reviewers see up to the submitted one). */
    @Transactional(readOnly = true)
    public List<ProposalVersionInfo> history(long proposalId) {
        return reading.history(proposalId);
    }

    /** The versions given to the board at each submission, oldest first (what a decision record compares). */
    @Transactional(readOnly = true)
    public List<Integer> submittedVersions(long proposalId) {
        return reading.submittedVersions(proposalId);
    }

    /** Compares two versions section by section. */
    @Transactional(readOnly = true)
    public List<SectionDiff.SectionChange> compare(long proposalId, int fromVersion, int toVersion) {
        return reading.compare(proposalId, fromVersion, toVersion);
    }

    /** The proposals of the person's associations (drafts included) and those they co-author. */
    @Transactional(readOnly = true)
    public List<ProposalRow> mine() {
        return lists.mine();
    }

    /** The ids of the proposals the signed-in person co-authors (they see each of them). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> coAuthored() {
        return lists.coAuthored();
    }

    /**
     * One page of the proposals of a call the person may read (never others' drafts), newest change first
     * or by title; a fixed number of queries whatever the page size.
     */
    @Transactional(readOnly = true)
    public List<ProposalRow> ofCall(long callId, ProposalFilter filter, ProposalOrder order, int offset, int limit) {
        return lists.ofCall(callId, filter, order, offset, limit);
    }

    /** How many proposals of a call the person may read, with these filters. */
    @Transactional(readOnly = true)
    public int countOfCall(long callId, ProposalFilter filter) {
        return lists.countOfCall(callId, filter);
    }

    /** Proposals waiting for staff: submitted (to triage) or in review (to move on), oldest first. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<ProposalRow> awaitingStaff() {
        return lists.awaitingStaff();
    }
}
