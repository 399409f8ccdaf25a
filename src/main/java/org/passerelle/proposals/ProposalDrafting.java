package org.passerelle.proposals;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.RoundTripMemo;
import org.passerelle.base.UserFacingException;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.domain.Proposal;
import org.passerelle.proposals.domain.ProposalRepository;
import org.passerelle.proposals.domain.ProposalVersionRecord;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Drafting: a member starts a draft, co-authors save versions (a lost update is refused with what the other
 * person changed) and add co-authors, while the proposal is a draft or a revision is asked.
 *
 * <p>Autosaves of one editing session update one version instead of adding one each ({@link ProposalVersionLog}).
 */
@Component
class ProposalDrafting {

    private final ProposalRepository proposals;
    private final ProposalVersionLog versionLog;
    private final ProposalContentCodec codec;
    private final CallService calls;
    private final AssociationService associations;
    private final ProposalEligibility eligibility;
    private final ProposalReading reading;
    private final RoundTripMemo memo;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalDrafting(
            ProposalRepository proposals,
            ProposalVersionLog versionLog,
            ProposalContentCodec codec,
            CallService calls,
            AssociationService associations,
            ProposalEligibility eligibility,
            ProposalReading reading,
            RoundTripMemo memo,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.proposals = proposals;
        this.versionLog = versionLog;
        this.codec = codec;
        this.calls = calls;
        this.associations = associations;
        this.eligibility = eligibility;
        this.reading = reading;
        this.memo = memo;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Why this association may not start a draft for this call (empty when it may); only its members may ask.
     */
    java.util.List<Ineligibility> eligibilityToStart(long callId, long associationId) {
        SignedInPerson me = currentUser.require();
        if (!associations.isActiveMember(associationId, me.accountId())) {
            throw new UserFacingException("proposals.error.not-association-member");
        }
        return eligibility.toStart(calls.get(callId), associationId);
    }

    /** Why this draft could not be submitted now, beyond its empty sections: the readiness checklist. */
    java.util.List<Ineligibility> eligibilityToSubmit(long proposalId) {
        Proposal proposal = reading.readable(currentUser.require(), proposalId);
        return eligibility.toSubmit(proposal, codec.read(proposal.getContentJson()));
    }

    /** A member of an association starts a draft for a call they can see; they are its first co-author. */
    ProposalView createDraft(long callId, long associationId, String title) {
        SignedInPerson me = currentUser.require();
        CallSummary call = calls.get(callId);
        if (call.state() == CallState.DECIDED) {
            throw new UserFacingException("proposals.error.call-decided");
        }
        if (!associations.isActiveMember(associationId, me.accountId())) {
            throw new UserFacingException("proposals.error.not-association-member");
        }
        eligibility.toStart(call, associationId).stream().findFirst().ifPresent(first -> {
            throw first.refusal();
        });
        ProposalContent content = withTitle(ProposalContent.empty(), title);
        ContentRules.check(content);
        Proposal proposal = new Proposal(
                callId, call.spaceId(), associationId, me.accountId(), codec.write(content), clock.instant());
        setContent(proposal, content);
        proposals.saveAndFlush(proposal);
        versionLog.record(proposal, me.accountId(), content, ProposalContent.empty(), false);
        events.publishEvent(new ProposalEdited(proposal.getId()));
        return reading.view(me, proposal);
    }

    /**
     * Saves the authors' text as a new version. {@code lockVersion} is the one the author started from:
     * when someone else saved since, nothing is saved and a {@link ProposalConflictException} says what
     * the other person changed. Saving unchanged text creates no version.
     */
    ProposalView save(long proposalId, long lockVersion, ProposalContent content) {
        return save(proposalId, lockVersion, content, false);
    }

    /** Like {@link #save}, as an autosave: it continues the person's editing session (see above). */
    ProposalView autosave(long proposalId, long lockVersion, ProposalContent content) {
        return save(proposalId, lockVersion, content, true);
    }

    private ProposalView save(long proposalId, long lockVersion, ProposalContent content, boolean auto) {
        SignedInPerson me = currentUser.require();
        memo.forget(); // a change that publishes no event: what this request remembered is stale
        Proposal proposal = reading.readable(me, proposalId);
        if (!reading.mayEdit(me, proposal)) {
            throw new UserFacingException("proposals.error.not-editable");
        }
        ContentRules.check(content);
        ProposalContent stored = codec.read(proposal.getContentJson());
        if (proposal.getVersion() != lockVersion) {
            throw new ProposalConflictException(stored, proposal.getVersion(), SectionDiff.compare(content, stored));
        }
        Optional<ProposalVersionRecord> session = versionLog.openSession(proposal, me.accountId());
        if (content.changedSince(stored).isEmpty()) {
            if (!auto) {
                session.ifPresent(ProposalVersionRecord::keep); // the explicit save keeps what was autosaved
            }
            return reading.view(me, proposal);
        }
        setContent(proposal, content);
        proposal.touch(clock.instant());
        try {
            proposals.saveAndFlush(proposal);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            // another save committed between our read and our write: the same answer as above
            throw new ProposalConflictException(stored, lockVersion + 1, SectionDiff.compare(content, stored));
        }
        if (session.isPresent()) {
            versionLog.continueSession(proposal, session.get(), content, auto);
        } else {
            versionLog.record(proposal, me.accountId(), content, stored, auto);
        }
        events.publishEvent(new ProposalEdited(proposal.getId()));
        return reading.view(me, proposal);
    }

    /** A co-author adds another active member of the same association as co-author. */
    ProposalView addCoAuthor(long proposalId, long accountId) {
        SignedInPerson me = currentUser.require();
        memo.forget(); // the proposal is read for a change, not from what this request remembered
        Proposal proposal = reading.readable(me, proposalId);
        if (!reading.mayEdit(me, proposal)) {
            throw new UserFacingException("proposals.error.not-editable");
        }
        if (!associations.isActiveMember(proposal.getAssociationId(), accountId)) {
            throw new UserFacingException("proposals.error.co-author-not-member");
        }
        if (proposal.getAuthors().contains(accountId)) {
            throw new UserFacingException("proposals.error.already-co-author");
        }
        proposal.addAuthor(accountId);
        proposal.touch(clock.instant());
        Proposal saved = proposals.saveAndFlush(proposal);
        events.publishEvent(
                new ProposalEvents.CoAuthorAdded(me.accountId(), proposalId, saved.getSpaceId(), accountId));
        return reading.view(me, saved);
    }

    private void setContent(Proposal proposal, ProposalContent content) {
        proposal.setContent(content.title(), codec.write(content));
        proposal.setCurrentListing(content.title(), content.country(), sectorList(content));
    }

    static String sectorList(ProposalContent content) {
        return content.sectors().stream().map(Enum::name).sorted().collect(Collectors.joining(",", ",", ","));
    }

    private static ProposalContent withTitle(ProposalContent c, String title) {
        return new ProposalContent(
                title == null ? null : title.strip(),
                c.summary(),
                c.problem(),
                c.objectives(),
                c.activities(),
                c.beneficiaries(),
                c.country(),
                c.region(),
                c.sectors(),
                c.budgetAmount(),
                c.currency(),
                c.budgetItems(),
                c.startDate(),
                c.endDate(),
                c.milestones(),
                c.partners(),
                c.diasporaContribution(),
                c.expectedImpact(),
                c.sustainability(),
                c.risks());
    }
}
