package org.passerelle.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.AssociationSummary;
import org.passerelle.base.UserFacingException;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.ProposalFilter;
import org.passerelle.proposals.ProposalNotFoundException;
import org.passerelle.proposals.ProposalOrder;
import org.passerelle.proposals.ProposalRow;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalVersionInfo;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.ReviewService;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.voting.BallotQueries;
import org.passerelle.voting.BallotResults;
import org.passerelle.voting.BallotView;
import org.springframework.stereotype.Component;

/**
 * Reads what an export holds, asking each owning module as the signed-in person: the call (not found for who
 * may not see it), the proposals they may read, the ballots and results they may see, the review exchange they
 * may read. Who may export a call: staff and the board members of its space (those who read the results); who
 * may read a proposal's record: those who may read its review (its association, staff, the space's board).
 */
@Component
class DecisionReader {

    private final CallService calls;
    private final ProposalService proposals;
    private final ReviewService reviews;
    private final BallotQueries ballots;
    private final AssociationService associations;
    private final SpaceAccess spaceAccess;
    private final CurrentUser currentUser;
    private final RecordsProperties properties;

    DecisionReader(
            CallService calls,
            ProposalService proposals,
            ReviewService reviews,
            BallotQueries ballots,
            AssociationService associations,
            SpaceAccess spaceAccess,
            CurrentUser currentUser,
            RecordsProperties properties) {
        this.calls = calls;
        this.proposals = proposals;
        this.reviews = reviews;
        this.ballots = ballots;
        this.associations = associations;
        this.spaceAccess = spaceAccess;
        this.currentUser = currentUser;
        this.properties = properties;
    }

    boolean mayExport(CallSummary call) {
        SignedInPerson me = currentUser.require();
        return me.hasRole(Role.STAFF) || spaceAccess.roleOf(call.spaceId(), me.accountId()) == SpaceRole.BOARD_MEMBER;
    }

    boolean mayReadRecord(long proposalId) {
        return reviews.mayRead(proposalId);
    }

    CallRecord call(long callId) {
        CallSummary call = calls.get(callId);
        if (!mayExport(call)) {
            throw new UserFacingException("records.error.may-not-export");
        }
        int count = proposals.countOfCall(callId, ProposalFilter.ANY);
        if (count > properties.maxProposalsPerCall()) {
            throw new UserFacingException("records.error.too-many", count, properties.maxProposalsPerCall());
        }
        List<ProposalRow> rows = new ArrayList<>();
        for (int offset = 0; offset < count; offset += ProposalService.MAX_PAGE) {
            rows.addAll(proposals.ofCall(
                    callId, ProposalFilter.ANY, ProposalOrder.TITLE_ASCENDING, offset, ProposalService.MAX_PAGE));
        }
        rows = rows.subList(0, Math.min(rows.size(), properties.maxProposalsPerCall()));
        Map<Long, BallotView> latest =
                ballots.latestOf(rows.stream().map(ProposalRow::id).toList());
        Map<Long, String> names = new HashMap<>();
        List<ProposalDecision> decisions = new ArrayList<>();
        for (ProposalRow row : rows) {
            decisions.add(decision(
                    row.id(),
                    row.title(),
                    associationName(names, row.associationId()),
                    row.state(),
                    latest.get(row.id())));
        }
        return new CallRecord(call, decisions);
    }

    ProposalRecord record(long proposalId) {
        if (!mayReadRecord(proposalId)) {
            throw new ProposalNotFoundException();
        }
        ProposalView proposal = proposals.get(proposalId);
        List<ProposalVersionInfo> versions = proposals.history(proposalId);
        List<Integer> submitted = proposals.submittedVersions(proposalId);
        Integer from = submitted.size() < 2 ? null : submitted.getFirst();
        Integer to = submitted.size() < 2 ? null : submitted.getLast();
        return new ProposalRecord(
                calls.get(proposal.callId()),
                decision(
                        proposalId,
                        proposal.content().title(),
                        associationName(new HashMap<>(), proposal.associationId()),
                        proposal.state()),
                versions,
                submitted,
                from,
                to,
                from == null ? List.of() : proposals.compare(proposalId, from, to),
                reviews.exchange(proposalId),
                proposal.lastReason());
    }

    private ProposalDecision decision(long proposalId, String title, String association, ProposalState state) {
        return decision(
                proposalId,
                title,
                association,
                state,
                ballots.latestOf(proposalId).orElse(null));
    }

    private ProposalDecision decision(
            long proposalId, String title, String association, ProposalState state, BallotView ballot) {
        BallotResults results = ballot != null && ballot.resultsVisible() ? ballots.results(ballot.id()) : null;
        return new ProposalDecision(proposalId, title == null ? "—" : title, association, state, ballot, results);
    }

    private String associationName(Map<Long, String> known, long associationId) {
        return known.computeIfAbsent(
                associationId,
                id -> associations.find(id).map(AssociationSummary::name).orElse("—"));
    }
}
