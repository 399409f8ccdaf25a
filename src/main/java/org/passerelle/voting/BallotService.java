package org.passerelle.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.calls.CallService;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalEvents.ProposalTransitioned;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceMembership;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.voting.BallotEvents.BallotDecisionRecorded;
import org.passerelle.voting.BallotEvents.BallotExtended;
import org.passerelle.voting.BallotEvents.BallotOpened;
import org.passerelle.voting.BallotEvents.ConflictDeclared;
import org.passerelle.voting.BallotEvents.VoteCast;
import org.passerelle.voting.BallotEvents.VoteWithdrawn;
import org.passerelle.voting.domain.Ballot;
import org.passerelle.voting.domain.BallotCriterion;
import org.passerelle.voting.domain.BallotElector;
import org.passerelle.voting.domain.BallotElectorRepository;
import org.passerelle.voting.domain.BallotRepository;
import org.passerelle.voting.domain.BallotVote;
import org.passerelle.voting.domain.BallotVoteRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ballots: staff open them with their settings, close early, extend and record the decision; electors
 * declare their conflicts and vote. Whoever may not read the proposal gets "not found". A vote holds the
 * ballot's row lock and the elector's row lock, and the unique constraint on (ballot, voter) backs the
 * one-vote rule; closing holds the exclusive lock (see {@link BallotCloser}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BallotService {

    private static final Set<ProposalAction> DECISIONS =
            Set.of(ProposalAction.ACCEPT, ProposalAction.DECLINE, ProposalAction.REQUEST_REVISION);
    private final BallotRepository ballots;
    private final BallotElectorRepository electors;
    private final BallotVoteRepository votes;
    private final BallotCloser closer;
    private final BallotReader reader;
    private final ProposalService proposals;
    private final CallService calls;
    private final AssociationService associations;
    private final SpaceMembershipService memberships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BallotService(
            BallotRepository ballots,
            BallotElectorRepository electors,
            BallotVoteRepository votes,
            BallotCloser closer,
            BallotReader reader,
            ProposalService proposals,
            CallService calls,
            AssociationService associations,
            SpaceMembershipService memberships,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.ballots = ballots;
        this.electors = electors;
        this.votes = votes;
        this.closer = closer;
        this.reader = reader;
        this.proposals = proposals;
        this.calls = calls;
        this.associations = associations;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The board members of the proposal's space: the electorate to choose from. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<SpaceMembership> boardMembers(long proposalId) {
        return memberships.members(proposals.get(proposalId).spaceId()).stream()
                .filter(m -> m.role() == SpaceRole.BOARD_MEMBER)
                .toList();
    }

    /** Staff open a ballot on a proposal in VOTING; members of the proposing association are recused. */
    @PreAuthorize("hasRole('STAFF')")
    public BallotView open(long proposalId, BallotSettings settings) {
        SignedInPerson me = currentUser.require();
        ProposalView proposal = proposals.get(proposalId);
        if (proposal.state() != ProposalState.VOTING) {
            throw new UserFacingException("voting.error.proposal-not-voting");
        }
        Instant now = clock.instant();
        BallotSettings clean = BallotRules.clean(settings, now);
        List<Criterion> criteria = calls.get(proposal.callId()).criteria();
        if (clean.kind() == BallotKind.SCORING && criteria.isEmpty()) {
            throw new UserFacingException("voting.error.no-criteria");
        }
        Set<Long> board = new HashSet<>(boardMembers(proposalId).stream()
                .map(SpaceMembership::accountId)
                .toList());
        List<Long> chosen = clean.electorate().isEmpty() ? List.copyOf(board) : clean.electorate();
        if (!board.containsAll(chosen)) {
            throw new InvalidInputException("electorate", "voting.error.not-board-member");
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException("electorate", "voting.error.electorate-empty");
        }
        if (ballots.findByActiveProposalId(proposalId).isPresent()) {
            throw new UserFacingException("voting.error.already-open");
        }
        Ballot ballot = new Ballot(proposalId, proposal.callId(), proposal.spaceId(), me.accountId(), now);
        ballot.configure(
                clean.kind(),
                clean.reasonRequiredForNo(),
                clean.opensAt(),
                clean.closesAt(),
                clean.quorumPercent(),
                clean.threshold(),
                clean.secret(),
                clean.resultsLive(),
                clean.kind() == BallotKind.SCORING
                        ? criteria.stream()
                                .map(c -> new BallotCriterion(c.nameEn(), c.nameFr(), c.weight()))
                                .toList()
                        : List.of());
        try {
            ballots.saveAndFlush(ballot);
        } catch (DataIntegrityViolationException concurrent) {
            throw new UserFacingException("voting.error.already-open");
        }
        for (long accountId : new java.util.TreeSet<>(chosen)) {
            BallotElector elector = new BallotElector(ballot.getId(), accountId);
            if (associations.isActiveMember(proposal.associationId(), accountId)) {
                elector.declare(Conflict.AUTOMATIC, null, now);
            }
            electors.save(elector);
        }
        electors.flush();
        events.publishEvent(new BallotOpened(
                me.accountId(),
                ballot.getId(),
                proposalId,
                proposal.spaceId(),
                clean.kind(),
                clean.secret(),
                clean.closesAt()));
        return reader.view(me, ballot, proposal);
    }

    /** A ballot as the person sees it (closed first, if its time has passed). */
    public BallotView get(long ballotId) {
        SignedInPerson me = currentUser.require();
        Ballot ballot = reader.readable(ballotId);
        return reader.view(me, closeIfDue(ballot), proposals.get(ballot.getProposalId()));
    }

    /** The latest ballot of a proposal, if there is one and the person may see it (see {@link BallotAccessProvider}). */
    public java.util.Optional<BallotView> latestOf(long proposalId) {
        SignedInPerson me = currentUser.require();
        ProposalView proposal = proposals.get(proposalId);
        return ballots.findByProposalIdOrderByIdDesc(proposalId).stream()
                .findFirst()
                .map(this::closeIfDue)
                .filter(reader::maySee)
                .map(b -> reader.view(me, b, proposal));
    }

    /**
     * An elector declares "no conflict" or "conflict" (with an optional note) while the ballot is not closed.
     * A conflict withdraws the elector's vote; an automatic conflict cannot be declared away.
     */
    public BallotView declare(long ballotId, Conflict conflict, String note) {
        SignedInPerson me = currentUser.require();
        Ballot ballot = reader.readable(ballots.lockForVote(ballotId));
        requireNotClosed(ballot);
        BallotElector elector = electors.lock(ballotId, me.accountId())
                .orElseThrow(() -> new UserFacingException("voting.error.not-elector"));
        if (conflict == null || conflict == Conflict.AUTOMATIC) {
            throw new InvalidInputException("conflict", "voting.error.conflict-required");
        }
        ProposalView proposal = proposals.get(ballot.getProposalId());
        if (elector.getConflict() == Conflict.AUTOMATIC
                || associations.isActiveMember(proposal.associationId(), me.accountId())) {
            throw new UserFacingException("voting.error.automatic-conflict");
        }
        elector.declare(conflict, BallotRules.note(note), clock.instant());
        if (conflict.recuses() && elector.isVoted()) {
            votes.findByBallotIdAndVoterId(ballotId, me.accountId()).ifPresent(votes::delete);
            elector.setVoted(false);
            events.publishEvent(new VoteWithdrawn(me.accountId(), ballotId, ballot.getSpaceId()));
        }
        electors.saveAndFlush(elector);
        events.publishEvent(new ConflictDeclared(me.accountId(), ballotId, ballot.getSpaceId(), conflict));
        return reader.view(me, ballot, proposal);
    }

    /**
     * Casts or changes the person's vote. Refused when the ballot is closed (also at its closing time before
     * the sweep ran), for people outside the electorate, recused or undeclared electors, and bad votes. The
     * same vote twice (a double click) changes nothing.
     */
    public BallotView castVote(long ballotId, VoteForm form) {
        SignedInPerson me = currentUser.require();
        Ballot ballot = reader.readable(ballots.lockForVote(ballotId));
        requireOpen(ballot);
        BallotElector elector = electors.lock(ballotId, me.accountId())
                .orElseThrow(() -> new UserFacingException("voting.error.not-elector"));
        if (elector.isRecused()) {
            throw new UserFacingException("voting.error.recused");
        }
        ProposalView proposal = proposals.get(ballot.getProposalId());
        if (associations.isActiveMember(proposal.associationId(), me.accountId())) {
            throw new UserFacingException("voting.error.recused");
        }
        if (elector.getConflict() == null) {
            throw new UserFacingException("voting.error.declare-first");
        }
        VoteForm clean = BallotRules.clean(
                ballot.getKind(),
                ballot.isNoReasonRequired(),
                ballot.getCriteria().size(),
                form);
        BallotVote vote =
                votes.findByBallotIdAndVoterId(ballotId, me.accountId()).orElse(null);
        boolean changed = vote != null;
        if (changed && vote.says(clean.choice(), clean.reason(), clean.scores())) {
            return reader.view(me, ballot, proposal);
        }
        if (vote == null) {
            vote = new BallotVote(ballotId, me.accountId());
        }
        vote.set(clean.choice(), clean.reason(), clean.scores());
        try {
            votes.saveAndFlush(vote);
        } catch (DataIntegrityViolationException twice) {
            throw new UserFacingException("voting.error.vote-in-progress");
        }
        elector.setVoted(true);
        electors.saveAndFlush(elector);
        events.publishEvent(new VoteCast(
                me.accountId(), ballotId, ballot.getSpaceId(), changed, ballot.isSecret() ? null : describe(clean)));
        return reader.view(me, ballot, proposal);
    }

    /** Staff close a ballot before its time, with a reason. */
    @PreAuthorize("hasRole('STAFF')")
    public BallotView closeEarly(long ballotId, String reason) {
        SignedInPerson me = currentUser.require();
        String why = BallotRules.staffReason(reason, BallotRules.STAFF_REASON_MAX);
        Ballot ballot = reader.readable(ballots.lockExclusive(ballotId));
        requireNotClosed(ballot);
        closer.close(ballot, me.accountId(), why);
        return reader.view(me, ballot, proposals.get(ballot.getProposalId()));
    }

    /** Staff move the closing time later, before closing, with a reason; the reminder is due again. */
    @PreAuthorize("hasRole('STAFF')")
    public BallotView extend(long ballotId, Instant closesAt, String reason) {
        SignedInPerson me = currentUser.require();
        String why = BallotRules.staffReason(reason, BallotRules.STAFF_REASON_MAX);
        Ballot ballot = reader.readable(ballots.lockExclusive(ballotId));
        requireNotClosed(ballot);
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
        closeIfDue(ballot);
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

    private Ballot closeIfDue(Ballot ballot) {
        return closer.closedIfDue(ballot);
    }

    private void requireOpen(Ballot ballot) {
        requireNotClosed(ballot);
        if (clock.instant().isBefore(ballot.getOpensAt())) {
            throw new UserFacingException("voting.error.not-open-yet");
        }
    }

    private void requireNotClosed(Ballot ballot) {
        if (ballot.isClosed() || !clock.instant().isBefore(ballot.getClosesAt())) {
            throw new UserFacingException("voting.error.closed");
        }
    }

    private static String describe(VoteForm vote) {
        return vote.choice() != null ? vote.choice().name() : "scores " + vote.scores();
    }
}
