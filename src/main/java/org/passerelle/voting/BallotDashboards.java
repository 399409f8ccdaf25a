package org.passerelle.voting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.passerelle.base.Access;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.proposals.ProposalDashboards;
import org.passerelle.security.CurrentUser;
import org.passerelle.voting.domain.BallotCounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ballots for the home page: counts from one indexed query each, the first few ballots checked with the access
 * contract and titled in bulk. Only participation is counted (who voted), never what anyone chose.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BallotDashboards {

    private final BallotCounts counts;
    private final SubjectAccess subjects;
    private final ProposalDashboards proposals;
    private final CurrentUser currentUser;
    private final Clock clock;

    BallotDashboards(
            BallotCounts counts,
            SubjectAccess subjects,
            ProposalDashboards proposals,
            CurrentUser currentUser,
            Clock clock) {
        this.counts = counts;
        this.subjects = subjects;
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Open ballots where the person is an elector, not recused, and has not voted; soonest closing first. */
    public BallotItems awaitingMyVote(int top) {
        long me = currentUser.require().accountId();
        Instant now = clock.instant();
        return new BallotItems(counts.countAwaiting(me, now), items(counts.awaiting(me, now, top)));
    }

    /** Staff: open ballots closing within {@code within} whose quorum is not reached yet. */
    @PreAuthorize("hasRole('STAFF')")
    public BallotItems closingWithoutQuorum(Duration within, int top) {
        Instant now = clock.instant();
        Instant until = now.plus(within);
        return new BallotItems(counts.countShortOfQuorum(now, until), items(counts.shortOfQuorum(now, until, top)));
    }

    private List<BallotItems.Item> items(List<BallotCounts.Line> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<SubjectRef, Access> access = subjects.of(
                lines.stream().map(l -> SubjectRef.ballot(l.ballotId())).toList());
        Map<Long, String> titles = proposals.titles(
                lines.stream().map(BallotCounts.Line::proposalId).toList());
        return lines.stream()
                .filter(l -> access.get(SubjectRef.ballot(l.ballotId())).see() && titles.containsKey(l.proposalId()))
                .map(l -> new BallotItems.Item(
                        l.ballotId(),
                        l.proposalId(),
                        titles.get(l.proposalId()),
                        l.closesAt(),
                        l.quorumPercent(),
                        l.eligible(),
                        l.voted()))
                .toList();
    }
}
