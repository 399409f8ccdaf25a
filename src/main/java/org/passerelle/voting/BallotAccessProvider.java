package org.passerelle.voting;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectAccessProvider;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.voting.domain.Ballot;
import org.passerelle.voting.domain.BallotElector;
import org.passerelle.voting.domain.BallotElectorRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ballots' answer to the access contract. A ballot is for its audience — staff, its electors and the board
 * members of its space — provided they may read its proposal. Others who read the proposal (its association)
 * see the ballot only once it is closed: its counts and the decision, never who was recused or voted what.
 * Staff manage it (close, extend, decide); electors contribute (declare, vote).
 */
@Component
@Transactional(readOnly = true)
class BallotAccessProvider implements SubjectAccessProvider {

    private final EntityLoader ballots;
    private final BallotElectorRepository electors;
    private final SubjectAccess subjects;
    private final CurrentUser currentUser;

    BallotAccessProvider(
            EntityLoader ballots, BallotElectorRepository electors, SubjectAccess subjects, CurrentUser currentUser) {
        this.ballots = ballots;
        this.electors = electors;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.BALLOT;
    }

    @Override
    public Map<Long, Access> accessTo(Collection<Long> ids) {
        SignedInPerson me = currentUser.require();
        List<Ballot> found = ballots.byIds(Ballot.class, ids);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<SubjectRef, Access> proposals = subjects.of(found.stream()
                .map(b -> SubjectRef.proposal(b.getProposalId()))
                .distinct()
                .toList());
        Set<Long> electorOf = electors.findByAccountIdAndBallotIdIn(me.accountId(), ids).stream()
                .map(BallotElector::getBallotId)
                .collect(Collectors.toSet());
        Map<SubjectRef, Access> spaces = subjects.of(found.stream()
                .map(b -> SubjectRef.space(b.getSpaceId()))
                .distinct()
                .toList());
        Map<Long, Access> answer = new HashMap<>();
        for (Ballot ballot : found) {
            SubjectRef subject = SubjectRef.ballot(ballot.getId());
            boolean elector = electorOf.contains(ballot.getId());
            boolean audience = BallotRules.audience(
                    me.hasRole(Role.STAFF),
                    elector,
                    spaces.get(SubjectRef.space(ballot.getSpaceId())).role());
            boolean readsProposal =
                    proposals.get(SubjectRef.proposal(ballot.getProposalId())).see();
            if (!readsProposal || !(audience || ballot.isClosed())) {
                answer.put(ballot.getId(), Access.hidden(subject));
                continue;
            }
            Set<Right> rights = EnumSet.of(Right.SEE);
            if (elector) {
                rights.add(Right.CONTRIBUTE);
            }
            if (me.hasRole(Role.STAFF)) {
                rights.add(Right.MANAGE);
            }
            answer.put(
                    ballot.getId(),
                    new Access(
                            subject,
                            ballot.getSpaceId(),
                            null,
                            elector ? "ELECTOR" : null,
                            rights,
                            elector ? null : "voting.error.not-elector"));
        }
        return answer;
    }

    /** A ballot is called by its proposal (which its readers see). */
    @Override
    public Map<Long, String> titles(Collection<Long> ids, Locale reader) {
        List<Ballot> found = ballots.byIds(Ballot.class, ids);
        Map<SubjectRef, String> proposals = subjects.titles(
                found.stream().map(b -> SubjectRef.proposal(b.getProposalId())).toList(), reader);
        Map<Long, String> answer = new HashMap<>();
        for (Ballot ballot : found) {
            String title = proposals.get(SubjectRef.proposal(ballot.getProposalId()));
            if (title != null) {
                answer.put(ballot.getId(), title);
            }
        }
        return answer;
    }
}
