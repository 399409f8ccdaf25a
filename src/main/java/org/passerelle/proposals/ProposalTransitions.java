package org.passerelle.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.passerelle.base.UserFacingException;
import org.passerelle.calls.CallNotFoundException;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.ProposalEvents.ProposalDecided;
import org.passerelle.proposals.ProposalEvents.ProposalSubmitted;
import org.passerelle.proposals.ProposalEvents.ProposalTransitioned;
import org.passerelle.proposals.domain.Proposal;
import org.passerelle.proposals.domain.ProposalRepository;
import org.passerelle.proposals.domain.ProposalTransitionRecord;
import org.passerelle.proposals.domain.ProposalTransitionRepository;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The lifecycle: the person moves a proposal when the lifecycle table ({@link ProposalLifecycle}) lets them,
 * from its state; a submission is checked for completeness and against the one eligibility rule
 * ({@link ProposalEligibility}); a restoration within its window and the call's limit; every move
 * is recorded and published.
 */
@Component
class ProposalTransitions {

    private final ProposalRepository proposals;
    private final ProposalTransitionRepository transitions;
    private final ProposalContentCodec codec;
    private final ProposalEligibility eligibility;
    private final ProposalReading reading;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final CallService calls;
    private final Clock clock;

    ProposalTransitions(
            ProposalRepository proposals,
            ProposalTransitionRepository transitions,
            ProposalContentCodec codec,
            ProposalEligibility eligibility,
            ProposalReading reading,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            CallService calls,
            Clock clock) {
        this.calls = calls;
        this.proposals = proposals;
        this.transitions = transitions;
        this.codec = codec;
        this.eligibility = eligibility;
        this.reading = reading;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Moves the proposal; the lifecycle table decides whether this person may, from this state. */
    ProposalView act(long proposalId, ProposalAction action, String reason) {
        SignedInPerson me = currentUser.require();
        Proposal proposal = reading.readable(me, proposalId);
        ProposalState from = proposal.getState();
        Optional<ProposalTransitionRecord> withdrawal =
                action == ProposalAction.RESTORE ? lastWithdrawal(proposalId) : Optional.empty();
        ProposalState to = ProposalLifecycle.next(
                        from,
                        action,
                        reading.actors(me, proposal),
                        withdrawal.map(ProposalTransitionRecord::getFromState).orElse(null))
                .orElseThrow(() -> new UserFacingException("proposals.error.transition"));
        if (action == ProposalAction.RESTORE) {
            checkRestoration(proposal, withdrawal.orElseThrow(), to);
        }
        String why = reason == null ? "" : reason.strip();
        if (ProposalLifecycle.reasonRequired(action) && why.isEmpty()) {
            throw new org.passerelle.base.InvalidInputException("reason", "proposals.error.reason-required");
        }
        if (why.length() > 4000) {
            throw new org.passerelle.base.InvalidInputException("reason", "proposals.error.too-long", 4000);
        }
        if (action == ProposalAction.SUBMIT || action == ProposalAction.RESUBMIT) {
            ProposalContent submitted = checkSubmission(proposal);
            proposal.setSubmittedVersion(proposal.getVersionCount());
            proposal.setListing(submitted.title(), submitted.country(), ProposalDrafting.sectorList(submitted));
        }
        proposal.setState(to);
        proposal.setLastReason(why.isEmpty() ? proposal.getLastReason() : why);
        proposal.touch(clock.instant());
        proposals.saveAndFlush(proposal);
        java.time.Instant now = clock.instant();
        java.time.Instant since = transitions.lastOccurredAt(proposalId).orElse(proposal.getCreatedAt());
        transitions.save(new ProposalTransitionRecord(
                proposalId,
                action,
                from,
                to,
                me.accountId(),
                why.isEmpty() ? null : why,
                now,
                java.time.Duration.between(since, now).toSeconds()));
        events.publishEvent(
                new ProposalTransitioned(me.accountId(), proposalId, proposal.getSpaceId(), action, from, to));
        if (action == ProposalAction.SUBMIT || action == ProposalAction.RESUBMIT) {
            events.publishEvent(
                    new ProposalSubmitted(proposalId, proposal.getSpaceId(), proposal.getSubmittedVersion()));
        }
        if (from == ProposalState.VOTING && to != ProposalState.WITHDRAWN) {
            events.publishEvent(new ProposalDecided(proposalId, proposal.getSpaceId(), to, why));
        }
        return reading.view(me, proposal);
    }

    /** The restoration open to the person now, if any: their withdrawn proposal, within the window. */
    Optional<Restoration> restoration(long proposalId) {
        SignedInPerson me = currentUser.require();
        Proposal proposal = reading.readable(me, proposalId);
        if (!ProposalLifecycle.available(proposal.getState(), reading.actors(me, proposal))
                .contains(ProposalAction.RESTORE)) {
            return Optional.empty();
        }
        return lastWithdrawal(proposalId)
                .filter(withdrawal -> stillRestorable(proposal, withdrawal))
                .map(withdrawal -> new Restoration(
                        ProposalLifecycle.restoredTo(withdrawal.getFromState()),
                        withdrawal.getFromState(),
                        withdrawal.getOccurredAt().plus(ProposalLifecycle.RESTORE_WINDOW)));
    }

    private Optional<ProposalTransitionRecord> lastWithdrawal(long proposalId) {
        List<ProposalTransitionRecord> history = transitions.findByProposalIdOrderByIdAsc(proposalId);
        return history.isEmpty() || history.getLast().getAction() != ProposalAction.WITHDRAW
                ? Optional.empty()
                : Optional.of(history.getLast());
    }

    /** Within the window, the call not decided yet; back in the board's hands, within the association's limit. */
    private void checkRestoration(Proposal proposal, ProposalTransitionRecord withdrawal, ProposalState to) {
        if (!stillRestorable(proposal, withdrawal)) {
            throw new UserFacingException(
                    "proposals.error.restore-too-late", ProposalLifecycle.RESTORE_WINDOW.toDays());
        }
        if (!ProposalEligibility.NOT_COUNTED.contains(to)) {
            CallSummary call = calls.get(proposal.getCallId());
            long counted = proposals.countActive(
                    proposal.getCallId(), proposal.getAssociationId(), ProposalEligibility.NOT_COUNTED);
            if (counted >= call.form().maxPerAssociation()) {
                throw new UserFacingException(
                        "proposals.error.max-reached", call.form().maxPerAssociation());
            }
        }
    }

    private boolean stillRestorable(Proposal proposal, ProposalTransitionRecord withdrawal) {
        Instant until = withdrawal.getOccurredAt().plus(ProposalLifecycle.RESTORE_WINDOW);
        if (!clock.instant().isBefore(until)) {
            return false;
        }
        try {
            return calls.get(proposal.getCallId()).state() != CallState.DECIDED;
        } catch (CallNotFoundException hidden) {
            return false; // the authors no longer see the call: nothing to come back to
        }
    }

    private ProposalContent checkSubmission(Proposal proposal) {
        ProposalContent content = codec.read(proposal.getContentJson());
        Set<Section> missing = content.missingSections();
        if (!missing.isEmpty()) {
            throw new UserFacingException("proposals.error.incomplete", missing.size());
        }
        eligibility.toSubmit(proposal, content).stream().findFirst().ifPresent(first -> {
            throw first.refusal();
        });
        return content;
    }
}
