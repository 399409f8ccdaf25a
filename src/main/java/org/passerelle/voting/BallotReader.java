package org.passerelle.voting;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.voting.BallotResults.NamedVote;
import org.passerelle.voting.domain.Ballot;
import org.passerelle.voting.domain.BallotElector;
import org.passerelle.voting.domain.BallotElectorRepository;
import org.passerelle.voting.domain.BallotNoReason;
import org.passerelle.voting.domain.BallotNoReasonRepository;
import org.passerelle.voting.domain.BallotRepository;
import org.passerelle.voting.domain.BallotVote;
import org.passerelle.voting.domain.BallotVoteRepository;
import org.springframework.stereotype.Component;

/**
 * Who may read a ballot (see {@link BallotAccessProvider}; others get "not found"), who may see its results
 * (whoever sees a closed ballot; while it is open, its audience when the ballot is open to view and says
 * so), and the records the services return.
 */
@Component
class BallotReader {

    private final BallotRepository ballots;
    private final BallotElectorRepository electors;
    private final BallotVoteRepository votes;
    private final BallotNoReasonRepository noReasons;
    private final SubjectAccess subjects;
    private final AccountService accounts;
    private final SpaceAccess spaceAccess;
    private final Clock clock;

    BallotReader(
            BallotRepository ballots,
            BallotElectorRepository electors,
            BallotVoteRepository votes,
            BallotNoReasonRepository noReasons,
            SubjectAccess subjects,
            AccountService accounts,
            SpaceAccess spaceAccess,
            Clock clock) {
        this.ballots = ballots;
        this.electors = electors;
        this.votes = votes;
        this.noReasons = noReasons;
        this.subjects = subjects;
        this.accounts = accounts;
        this.spaceAccess = spaceAccess;
        this.clock = clock;
    }

    Ballot readable(long ballotId) {
        return readable(ballots.findById(ballotId));
    }

    /** The ballot (e.g. just locked) if the person may see it (see {@link BallotAccessProvider}); else "not found". */
    Ballot readable(java.util.Optional<Ballot> found) {
        Ballot ballot = found.orElseThrow(BallotNotFoundException::new);
        subjects.require(SubjectRef.ballot(ballot.getId()), BallotNotFoundException::new);
        return ballot;
    }

    /** Whether the signed-in person is an elector of the ballot (from the access answer, remembered). */
    boolean isElector(long ballotId) {
        return "ELECTOR".equals(subjects.of(SubjectRef.ballot(ballotId)).role());
    }

    boolean maySee(Ballot ballot) {
        return subjects.of(SubjectRef.ballot(ballot.getId())).see();
    }

    /**
     * Those a ballot is for: staff, its electors and the board members of its space. Others who read the
     * proposal (its association) see the ballot only once closed, its counts and decision, never names.
     */
    boolean audience(SignedInPerson me, Ballot ballot, boolean elector) {
        SpaceRole role = spaceAccess.roleOf(ballot.getSpaceId(), me.accountId());
        return BallotRules.audience(me.hasRole(Role.STAFF), elector, role == null ? null : role.name());
    }

    BallotView view(SignedInPerson me, Ballot ballot, ProposalView proposal) {
        List<BallotElector> electorate = electors.findByBallotIdOrderByIdAsc(ballot.getId());
        BallotElector mine = electorate.stream()
                .filter(e -> e.getAccountId() == me.accountId())
                .findFirst()
                .orElse(null);
        List<Long> recused = electorate.stream()
                .filter(BallotElector::isRecused)
                .map(BallotElector::getAccountId)
                .toList();
        int voted = (int)
                electorate.stream().filter(e -> e.isVoted() && !e.isRecused()).count();
        BallotState state = ballot.stateAt(clock.instant());
        VoteForm myVote = mine == null
                ? null
                : votes.findByBallotIdAndVoterId(ballot.getId(), me.accountId())
                        .map(v -> new VoteForm(v.getChoice(), v.getReason(), v.getScores()))
                        .orElse(null);
        boolean mayVote = state == BallotState.OPEN && mine != null && mine.getConflict() == Conflict.NO_CONFLICT;
        return new BallotView(
                ballot.getId(),
                ballot.getProposalId(),
                ballot.getCallId(),
                ballot.getSpaceId(),
                title(proposal),
                ballot.getKind(),
                ballot.isNoReasonRequired(),
                ballot.getOpensAt(),
                ballot.getClosesAt(),
                ballot.getQuorumPercent(),
                ballot.getThreshold(),
                ballot.isSecret(),
                ballot.isResultsLive(),
                state,
                criteria(ballot),
                electorate.size(),
                recused.size(),
                voted,
                ballot.isSecret() || !audience(me, ballot, mine != null) ? List.of() : names(recused),
                ballot.getClosedAt(),
                ballot.getCloseReason(),
                ballot.getDecision(),
                ballot.getDecisionReason(),
                ballot.getDecidedAt(),
                mine != null,
                mine == null ? null : mine.getConflict(),
                mine != null && mine.isVoted(),
                myVote,
                mayVote,
                me.hasRole(Role.STAFF),
                resultsVisible(me, ballot, state, mine != null));
    }

    boolean resultsVisible(SignedInPerson me, Ballot ballot, BallotState state, boolean elector) {
        if (ballot.isClosed()) {
            return true; // whoever may see a closed ballot (see readable) sees its result
        }
        return audience(me, ballot, elector)
                && state == BallotState.OPEN
                && ballot.isResultsLive()
                && !ballot.isSecret();
    }

    /**
     * Results, final (from the tallies) or live; who chose what only when the ballot is not secret and the
     * reader is of its audience.
     */
    BallotResults results(Ballot ballot, boolean audience) {
        List<BallotVote> stored =
                ballot.isSecret() && ballot.isClosed() ? List.of() : votes.findByBallotIdOrderByIdAsc(ballot.getId());
        List<BallotElector> electorate = ballot.isClosed() && (ballot.isSecret() || !audience)
                ? List.of()
                : electors.findByBallotIdOrderByIdAsc(ballot.getId());
        List<NamedVote> named = ballot.isSecret() || !audience ? List.of() : named(electorate, stored);
        if (ballot.isClosed()) {
            List<String> reasons = ballot.isSecret()
                    ? noReasons.findByBallotIdOrderByIdAsc(ballot.getId()).stream()
                            .map(BallotNoReason::getReason)
                            .toList()
                    : stored.stream()
                            .filter(v -> v.getChoice() == Choice.NO && v.getReason() != null)
                            .map(BallotVote::getReason)
                            .sorted()
                            .toList();
            return Tallies.stored(ballot, reasons, named);
        }
        return Tallies.live(ballot, electorate, stored, named);
    }

    List<String> names(List<Long> ids) {
        Map<Long, PersonRef> people = accounts.people(ids);
        return ids.stream()
                .map(id -> people.containsKey(id) ? people.get(id).displayName() : "—")
                .sorted()
                .toList();
    }

    Map<Long, String> nameMap(List<Long> ids) {
        Map<Long, PersonRef> people = accounts.people(ids);
        Map<Long, String> names = new java.util.HashMap<>();
        ids.forEach(id -> names.put(id, people.containsKey(id) ? people.get(id).displayName() : "—"));
        return names;
    }

    static String title(ProposalView proposal) {
        return proposal.content().title() == null ? "—" : proposal.content().title();
    }

    private List<NamedVote> named(List<BallotElector> electorate, List<BallotVote> stored) {
        Map<Long, PersonRef> people =
                accounts.people(stored.stream().map(BallotVote::getVoterId).toList());
        List<Long> recused = electorate.stream()
                .filter(BallotElector::isRecused)
                .map(BallotElector::getAccountId)
                .toList();
        return stored.stream()
                .filter(v -> !recused.contains(v.getVoterId()))
                .map(v -> new NamedVote(
                        people.containsKey(v.getVoterId())
                                ? people.get(v.getVoterId()).displayName()
                                : "—",
                        v.getChoice(),
                        v.getScores(),
                        v.getReason()))
                .sorted(java.util.Comparator.comparing(NamedVote::voterName))
                .toList();
    }

    private static List<Criterion> criteria(Ballot ballot) {
        return ballot.getCriteria().stream()
                .map(c -> new Criterion(c.getNameEn(), c.getNameFr(), c.getWeight()))
                .toList();
    }
}
