package org.passerelle.voting;

import java.time.Clock;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.voting.BallotEvents.ConflictDeclared;
import org.passerelle.voting.BallotEvents.VoteCast;
import org.passerelle.voting.BallotEvents.VoteWithdrawn;
import org.passerelle.voting.domain.Ballot;
import org.passerelle.voting.domain.BallotElector;
import org.passerelle.voting.domain.BallotElectorRepository;
import org.passerelle.voting.domain.BallotRepository;
import org.passerelle.voting.domain.BallotVote;
import org.passerelle.voting.domain.BallotVoteRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The electors' side of a ballot: they declare their conflicts of interest, then vote. Whoever may not read
 * the ballot gets "not found". A declaration or a vote holds the ballot's row lock and then the elector's
 * row lock, in that order, so that it is either counted or refused as closed (closing takes the same ballot
 * lock, see {@link BallotCloser}) and so that an elector's clicks, however many at once, leave one vote;
 * the unique constraint on (ballot, voter) backs that rule.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BallotService {

    private final BallotRepository ballots;
    private final BallotElectorRepository electors;
    private final BallotVoteRepository votes;
    private final BallotReader reader;
    private final ProposalService proposals;
    private final AssociationService associations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BallotService(
            BallotRepository ballots,
            BallotElectorRepository electors,
            BallotVoteRepository votes,
            BallotReader reader,
            ProposalService proposals,
            AssociationService associations,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.ballots = ballots;
        this.electors = electors;
        this.votes = votes;
        this.reader = reader;
        this.proposals = proposals;
        this.associations = associations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An elector declares "no conflict" or "conflict" (with an optional note) while the ballot is not closed.
     * A conflict withdraws the elector's vote; an automatic conflict cannot be declared away.
     */
    public BallotView declare(long ballotId, Conflict conflict, String note) {
        SignedInPerson me = currentUser.require();
        Ballot ballot = reader.readable(ballots.lockForVote(ballotId));
        BallotRules.requireNotClosed(ballot, clock.instant());
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
        BallotRules.requireOpen(ballot, clock.instant());
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

    private static String describe(VoteForm vote) {
        return vote.choice() != null ? vote.choice().name() : "scores " + vote.scores();
    }
}
