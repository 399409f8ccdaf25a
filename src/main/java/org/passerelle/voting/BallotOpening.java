package org.passerelle.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.calls.CallService;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceInvite;
import org.passerelle.spaces.SpaceMembership;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.voting.BallotEvents.BallotOpened;
import org.passerelle.voting.domain.Ballot;
import org.passerelle.voting.domain.BallotCriterion;
import org.passerelle.voting.domain.BallotElector;
import org.passerelle.voting.domain.BallotElectorRepository;
import org.passerelle.voting.domain.BallotRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff open a ballot on a proposal in review (which moves it to VOTING in the same transaction: one step, and
 * nothing moves when the ballot is refused) or on a proposal already in VOTING without one. The electorate is fixed at opening, from the board
 * of the proposal's space, so that nobody joins or leaves it while people vote; members of the proposing
 * association are recused from the start, so that a conflict never depends on someone declaring it. One
 * ballot at a time per proposal, backed by a unique constraint when two staff open at once.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BallotOpening {

    private final BallotRepository ballots;
    private final BallotElectorRepository electors;
    private final BallotReader reader;
    private final ProposalService proposals;
    private final CallService calls;
    private final AssociationService associations;
    private final SpaceMembershipService memberships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BallotOpening(
            BallotRepository ballots,
            BallotElectorRepository electors,
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

    /**
     * What to choose from to open a ballot on this proposal: the board members of its space, those whose invitation
     * is still pending (left out of the electorate), and the call's criteria.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public BallotChoices choices(long proposalId) {
        ProposalView proposal = proposals.get(proposalId);
        List<String> pending = memberships.pendingInvitations(proposal.spaceId()).stream()
                .filter(invite -> invite.role() == SpaceRole.BOARD_MEMBER)
                .map(SpaceInvite::inviteeName)
                .sorted()
                .toList();
        return new BallotChoices(
                boardMembers(proposalId), pending, calls.get(proposal.callId()).criteria());
    }

    /**
     * Staff open a ballot on a proposal in review (moving it to VOTING) or in VOTING; members of the proposing
     * association are recused.
     */
    @PreAuthorize("hasRole('STAFF')")
    public BallotView open(long proposalId, BallotSettings settings) {
        SignedInPerson me = currentUser.require();
        ProposalView proposal = proposals.get(proposalId);
        if (proposal.state() != ProposalState.VOTING && proposal.state() != ProposalState.IN_REVIEW) {
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
        if (proposal.state() == ProposalState.IN_REVIEW) {
            // the proposals module checks and records the move; a refusal below rolls it back with the ballot
            proposal = proposals.act(proposalId, ProposalAction.OPEN_VOTING, null);
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
        for (long accountId : new TreeSet<>(chosen)) {
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
}
