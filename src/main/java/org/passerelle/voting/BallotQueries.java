package org.passerelle.voting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.base.UserFacingException;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.ProposalFilter;
import org.passerelle.proposals.ProposalOrder;
import org.passerelle.proposals.ProposalRow;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.voting.BallotLists.AwaitingVote;
import org.passerelle.voting.BallotLists.BallotLine;
import org.passerelle.voting.BallotLists.Declaration;
import org.passerelle.voting.BallotLists.ProposalToBallot;
import org.passerelle.voting.BallotLists.RankedProposal;
import org.passerelle.voting.domain.Ballot;
import org.passerelle.voting.domain.BallotElector;
import org.passerelle.voting.domain.BallotElectorRepository;
import org.passerelle.voting.domain.BallotRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people read about ballots: a ballot as they see it, results, declarations, what awaits them, rankings
 * and the CSV export. Reading may close a ballot whose time has passed (hence not read-only), so that nobody
 * sees an open ballot after its closing time because the sweep has not run yet.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BallotQueries {

    /** Proposals asked about in one query (well under the databases' limits on parameters). */
    private static final int BULK = 1_000;

    private final BallotRepository ballots;
    private final BallotElectorRepository electors;
    private final BallotReader reader;
    private final BallotCloser closer;
    private final ProposalService proposals;
    private final CallService calls;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    BallotQueries(
            BallotRepository ballots,
            BallotElectorRepository electors,
            BallotReader reader,
            BallotCloser closer,
            ProposalService proposals,
            CallService calls,
            CurrentUser currentUser,
            java.time.Clock clock) {
        this.ballots = ballots;
        this.electors = electors;
        this.reader = reader;
        this.closer = closer;
        this.proposals = proposals;
        this.calls = calls;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The ballot's electors (recused ones too). For notifications, which then ask the access contract as each person: ids only, no access check. */
    @PreAuthorize("permitAll()") // asked with no one signed in, see above
    @Transactional(readOnly = true)
    public List<Long> electorIds(long ballotId) {
        return electors.findByBallotIdOrderByIdAsc(ballotId).stream()
                .map(e -> e.getAccountId())
                .toList();
    }

    /** A ballot as the person sees it (closed first, if its time has passed). */
    public BallotView get(long ballotId) {
        SignedInPerson me = currentUser.require();
        Ballot ballot = reader.readable(ballotId);
        return reader.view(me, closer.closedIfDue(ballot), proposals.get(ballot.getProposalId()));
    }

    /** The latest ballot of a proposal, if there is one and the person may see it (see {@link BallotAccessProvider}). */
    public Optional<BallotView> latestOf(long proposalId) {
        SignedInPerson me = currentUser.require();
        ProposalView proposal = proposals.get(proposalId);
        return ballots.findByProposalIdOrderByIdDesc(proposalId).stream()
                .findFirst()
                .map(closer::closedIfDue)
                .filter(reader::maySee)
                .map(b -> reader.view(me, b, proposal));
    }

    /**
     * The latest ballot of each of these proposals that has one the person may see, by proposal: one query for
     * the ballots of them all (a call's export asks for thousands of proposals, most without a ballot), then each
     * ballot found read as {@link #latestOf(long)} reads it.
     */
    public Map<Long, BallotView> latestOf(Collection<Long> proposalIds) {
        SignedInPerson me = currentUser.require();
        Map<Long, Ballot> latest = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(proposalIds));
        for (int from = 0; from < ids.size(); from += BULK) {
            for (Ballot ballot : ballots.findByProposalIdIn(ids.subList(from, Math.min(ids.size(), from + BULK)))) {
                latest.merge(ballot.getProposalId(), ballot, (a, b) -> a.getId() > b.getId() ? a : b);
            }
        }
        Map<Long, BallotView> views = new HashMap<>();
        latest.forEach((proposalId, found) -> {
            Ballot ballot = closer.closedIfDue(found);
            if (reader.maySee(ballot)) {
                views.put(proposalId, reader.view(me, ballot, proposals.get(proposalId)));
            }
        });
        return views;
    }

    /** The results, when the person may see them now; refused otherwise. */
    public BallotResults results(long ballotId) {
        SignedInPerson me = currentUser.require();
        Ballot ballot = closer.closedIfDue(reader.readable(ballotId));
        boolean elector = reader.isElector(ballotId);
        if (!reader.resultsVisible(me, ballot, ballot.stateAt(clock.instant()), elector)) {
            throw new UserFacingException("voting.error.results-hidden");
        }
        return reader.results(ballot, reader.audience(me, ballot, elector));
    }

    /** The results as CSV (UTF-8), under the same rule as {@link #results(long)}. */
    public String exportCsv(long ballotId) {
        BallotResults results = results(ballotId);
        Ballot ballot = ballots.findById(ballotId).orElseThrow(BallotNotFoundException::new);
        return BallotCsv.write(ballot, BallotReader.title(proposals.get(ballot.getProposalId())), results);
    }

    /** Every elector's declaration, for staff (names and notes; never a choice). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<Declaration> declarations(long ballotId) {
        reader.readable(ballotId);
        List<BallotElector> electorate = electors.findByBallotIdOrderByIdAsc(ballotId);
        List<Long> ids = electorate.stream().map(BallotElector::getAccountId).toList();
        Map<Long, String> names = reader.nameMap(ids);
        return electorate.stream()
                .map(e -> new Declaration(
                        e.getAccountId(),
                        names.get(e.getAccountId()),
                        e.getConflict(),
                        e.getConflictNote(),
                        e.isVoted()))
                .sorted(Comparator.comparing(Declaration::name))
                .toList();
    }

    /** Open ballots where the person is an elector, not recused, and has not voted; soonest closing first. */
    @Transactional(readOnly = true)
    public List<AwaitingVote> awaitingMyVote() {
        SignedInPerson me = currentUser.require();
        List<AwaitingVote> waiting = new ArrayList<>();
        for (BallotElector elector : electors.awaiting(me.accountId())) {
            Ballot ballot = ballots.findById(elector.getBallotId()).orElseThrow();
            if (ballot.stateAt(clock.instant()) != BallotState.OPEN) {
                continue;
            }
            proposal(ballot)
                    .ifPresent(p -> waiting.add(new AwaitingVote(
                            ballot.getId(),
                            p.id(),
                            BallotReader.title(p),
                            ballot.getClosesAt(),
                            elector.getConflict() != null)));
        }
        return waiting;
    }

    /** Staff: ballots waiting for their decision (scheduled, open or closed), soonest closing first. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<BallotLine> inProgress() {
        return ballots.findByActiveProposalIdIsNotNullOrderByClosesAtAsc().stream()
                .flatMap(b -> proposal(b).stream()
                        .map(p -> new BallotLine(
                                b.getId(),
                                p.id(),
                                BallotReader.title(p),
                                b.getKind(),
                                b.stateAt(clock.instant()),
                                b.getClosesAt(),
                                b.isSecret(),
                                b.getDecision())))
                .toList();
    }

    /** Staff: proposals in VOTING without a ballot in progress. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<ProposalToBallot> proposalsToBallot() {
        List<ProposalToBallot> found = new ArrayList<>();
        ProposalFilter voting = new ProposalFilter(ProposalState.VOTING, null, null);
        for (CallSummary call : calls.visibleCalls()) {
            for (ProposalRow p :
                    proposals.ofCall(call.id(), voting, ProposalOrder.LATEST_CHANGE, 0, ProposalService.MAX_PAGE)) {
                if (ballots.findByActiveProposalId(p.id()).isEmpty()) {
                    found.add(new ProposalToBallot(p.id(), call.id(), p.title() == null ? "—" : p.title()));
                }
            }
        }
        return found;
    }

    /** The call's proposals ranked by weighted score, over the scoring ballots whose results the person sees. */
    @Transactional(readOnly = true)
    public List<RankedProposal> ranking(long callId) {
        SignedInPerson me = currentUser.require();
        calls.get(callId);
        List<RankedProposal> ranked = new ArrayList<>();
        for (Ballot ballot : ballots.findByCallIdAndKind(callId, BallotKind.SCORING)) {
            boolean elector = electors.findByBallotIdAndAccountId(ballot.getId(), me.accountId())
                    .isPresent();
            Optional<ProposalView> proposal = proposal(ballot);
            if (proposal.isEmpty()
                    || !ballot.isClosed()
                    || !reader.resultsVisible(me, ballot, ballot.stateAt(clock.instant()), elector)) {
                continue;
            }
            BallotResults results = reader.results(ballot, reader.audience(me, ballot, elector));
            ranked.add(new RankedProposal(
                    ballot.getId(),
                    ballot.getProposalId(),
                    BallotReader.title(proposal.get()),
                    results.weightedTotal() == null ? 0 : results.weightedTotal(),
                    results.voterCount(),
                    results.quorumMet()));
        }
        ranked.sort(Comparator.comparingDouble(RankedProposal::weightedTotal).reversed());
        return ranked;
    }

    /** The ballot's proposal when the person may see the ballot (and so its proposal), asked, not caught. */
    private Optional<ProposalView> proposal(Ballot ballot) {
        return reader.maySee(ballot) ? Optional.of(proposals.get(ballot.getProposalId())) : Optional.empty();
    }
}
