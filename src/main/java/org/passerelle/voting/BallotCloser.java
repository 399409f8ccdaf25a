package org.passerelle.voting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.passerelle.voting.BallotEvents.BallotClosed;
import org.passerelle.voting.BallotEvents.BallotReminderDue;
import org.passerelle.voting.domain.Ballot;
import org.passerelle.voting.domain.BallotElector;
import org.passerelle.voting.domain.BallotElectorRepository;
import org.passerelle.voting.domain.BallotNoReason;
import org.passerelle.voting.domain.BallotNoReasonRepository;
import org.passerelle.voting.domain.BallotRepository;
import org.passerelle.voting.domain.BallotVote;
import org.passerelle.voting.domain.BallotVoteRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing and reminding, for the scheduled sweep (no one signed in) and for the services. Closing holds
 * the ballot's exclusive lock, so it waits for the votes in flight and the later ones find it closed. In a
 * secret ballot it writes the tallies and deletes the votes in one transaction: afterwards no row links a
 * voter to a choice.
 */
@Component
class BallotCloser {

    static final Duration REMINDER_BEFORE = Duration.ofHours(24);
    private final BallotRepository ballots;
    private final BallotElectorRepository electors;
    private final BallotVoteRepository votes;
    private final BallotNoReasonRepository noReasons;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    BallotCloser(
            BallotRepository ballots,
            BallotElectorRepository electors,
            BallotVoteRepository votes,
            BallotNoReasonRepository noReasons,
            ApplicationEventPublisher events,
            Clock clock) {
        this.ballots = ballots;
        this.electors = electors;
        this.votes = votes;
        this.noReasons = noReasons;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Long> dueToClose() {
        return ballots.dueToClose(clock.instant());
    }

    @Transactional(readOnly = true)
    List<Long> dueForReminder() {
        Instant now = clock.instant();
        return ballots.dueForReminder(now, now.plus(REMINDER_BEFORE));
    }

    /** Closes the ballot if its time has come and nobody closed it yet; true when this call closed it. */
    @Transactional
    public boolean closeIfDue(long ballotId) {
        Ballot ballot = ballots.lockExclusive(ballotId).orElse(null);
        if (ballot == null || ballot.isClosed() || clock.instant().isBefore(ballot.getClosesAt())) {
            return false;
        }
        close(ballot, null, null);
        return true;
    }

    /** Sends the 24-hour reminder once (again after an extension) to the electors who have not voted. */
    @Transactional
    public boolean remindIfDue(long ballotId) {
        Ballot ballot = ballots.lockExclusive(ballotId).orElse(null);
        Instant now = clock.instant();
        if (ballot == null
                || ballot.isClosed()
                || ballot.isReminderSent()
                || now.isBefore(ballot.getOpensAt())
                || !now.isBefore(ballot.getClosesAt())
                || now.plus(REMINDER_BEFORE).isBefore(ballot.getClosesAt())) {
            return false;
        }
        List<Long> waiting = electors.findByBallotIdOrderByIdAsc(ballotId).stream()
                .filter(e -> !e.isRecused() && !e.isVoted())
                .map(BallotElector::getAccountId)
                .toList();
        ballot.markReminderSent();
        ballots.saveAndFlush(ballot);
        events.publishEvent(new BallotReminderDue(
                ballotId, ballot.getProposalId(), ballot.getSpaceId(), ballot.getClosesAt(), waiting));
        return true;
    }

    /** The ballot, closed first (in the caller's transaction) when its time has passed. */
    Ballot closedIfDue(Ballot ballot) {
        if (ballot.isClosed() || clock.instant().isBefore(ballot.getClosesAt())) {
            return ballot;
        }
        // re-read under the lock: another transaction may have closed it since it was read
        entityManager.refresh(ballot, LockModeType.PESSIMISTIC_WRITE);
        if (!ballot.isClosed()) {
            close(ballot, null, null);
        }
        return ballot;
    }

    /** Closes a ballot locked exclusively by the caller: tallies, then (secret) the votes are deleted. */
    void close(Ballot ballot, Long by, String reason) {
        List<BallotElector> electorate = electors.findByBallotIdOrderByIdAsc(ballot.getId());
        List<BallotVote> cast = votes.findByBallotIdOrderByIdAsc(ballot.getId());
        Tallies.fold(ballot, electorate, cast);
        ballot.close(clock.instant(), by, reason);
        if (ballot.isSecret()) {
            List<Long> recused = electorate.stream()
                    .filter(BallotElector::isRecused)
                    .map(BallotElector::getAccountId)
                    .toList();
            cast.stream()
                    .filter(v -> v.getChoice() == Choice.NO && v.getReason() != null)
                    .filter(v -> !recused.contains(v.getVoterId()))
                    .map(BallotVote::getReason)
                    .sorted()
                    .forEach(text -> noReasons.save(new BallotNoReason(ballot.getId(), text)));
            votes.deleteAll(cast);
        }
        ballots.saveAndFlush(ballot);
        votes.flush();
        events.publishEvent(new BallotClosed(
                by, ballot.getId(), ballot.getProposalId(), ballot.getSpaceId(), ballot.getVoterCount(), reason));
    }
}
