package org.passerelle.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalEvents.ProposalTransitioned;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.voting.BallotEvents.BallotDecisionRecorded;
import org.passerelle.voting.BallotEvents.BallotExtended;
import org.passerelle.voting.domain.Ballot;
import org.passerelle.voting.domain.BallotRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a ballot, when it is not simply its time (that is {@link BallotSweep}'s): staff close early or
 * extend, each with a reason for the record, then record the decision that moves the proposal; and a
 * proposal that leaves VOTING some other way takes its ballot with it. Each holds the ballot's exclusive
 * lock (see {@link BallotCloser}), so that no vote lands between the check and the change.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BallotClosing {

    private static final Set<ProposalAction> DECISIONS =
            Set.of(ProposalAction.ACCEPT, ProposalAction.DECLINE, ProposalAction.REQUEST_REVISION);
    private final BallotRepository ballots;
    private final BallotCloser closer;
    private final BallotReader reader;
    private final ProposalService proposals;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BallotClosing(
            BallotRepository ballots,
            BallotCloser closer,
            BallotReader reader,
            ProposalService proposals,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.ballots = ballots;
        this.closer = closer;
        this.reader = reader;
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Staff close a ballot before its time, with a reason. */
    @PreAuthorize("hasRole('STAFF')")
    public BallotView closeEarly(long ballotId, String reason) {
        SignedInPerson me = currentUser.require();
        String why = BallotRules.staffReason(reason, BallotRules.STAFF_REASON_MAX);
        Ballot ballot = reader.readable(ballots.lockExclusive(ballotId));
        BallotRules.requireNotClosed(ballot, clock.instant());
        closer.close(ballot, me.accountId(), why);
        return reader.view(me, ballot, proposals.get(ballot.getProposalId()));
    }

    /** Staff move the closing time later, before closing, with a reason; the reminder is due again. */
    @PreAuthorize("hasRole('STAFF')")
    public BallotView extend(long ballotId, Instant closesAt, String reason) {
        SignedInPerson me = currentUser.require();
        String why = BallotRules.staffReason(reason, BallotRules.STAFF_REASON_MAX);
        Ballot ballot = reader.readable(ballots.lockExclusive(ballotId));
        BallotRules.requireNotClosed(ballot, clock.instant());
        if (closesAt == null || !closesAt.isAfter(ballot.getClosesAt())) {
            throw new InvalidInputException("closesAt", "voting.error.extend-later");
        }
        ballot.extend(closesAt);
        ballots.saveAndFlush(ballot);
        events.publishEvent(new BallotExtended(me.accountId(), ballotId, ballot.getSpaceId(), closesAt, why));
        return reader.view(me, ballot, proposals.get(ballot.getProposalId()));
    }

    /**
     * After closing, staff record the decision with their reasons; it moves the proposal (accepted,
     * declined or revision requested) through the proposals module, which checks the transition.
     */
    @PreAuthorize("hasRole('STAFF')")
    public BallotView recordDecision(long ballotId, ProposalAction decision, String reason) {
        SignedInPerson me = currentUser.require();
        Ballot ballot = reader.readable(ballots.lockExclusive(ballotId));
        closer.closedIfDue(ballot);
        if (ballot.getDecision() != null) {
            throw new UserFacingException("voting.error.already-decided");
        }
        if (!ballot.isClosed()) {
            throw new UserFacingException("voting.error.not-closed");
        }
        if (decision == null || !DECISIONS.contains(decision)) {
            throw new InvalidInputException("decision", "voting.error.decision-required");
        }
        String why = BallotRules.staffReason(reason, 4000);
        ballot.decide(decision, why, me.accountId(), clock.instant());
        ballots.saveAndFlush(ballot);
        proposals.act(ballot.getProposalId(), decision, why);
        events.publishEvent(new BallotDecisionRecorded(
                me.accountId(), ballotId, ballot.getProposalId(), ballot.getSpaceId(), decision, why));
        return reader.view(me, ballot, proposals.get(ballot.getProposalId()));
    }

    /**
     * When a proposal leaves VOTING other than by a recorded decision (withdrawn, or moved on the proposal
     * page), its ballot closes and another may be opened if it comes back.
     */
    @EventListener
    void onProposalMoved(ProposalTransitioned moved) {
        if (moved.from() != ProposalState.VOTING) {
            return;
        }
        ballots.lockByActiveProposalId(moved.proposalId()).ifPresent(ballot -> {
            if (!ballot.isClosed()) {
                closer.close(ballot, moved.actorId(), "proposal " + moved.to());
            }
            ballot.release();
            ballots.saveAndFlush(ballot);
        });
    }
}
