package org.passerelle.proposals;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.associations.AssociationSearchKeys;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.ReaderKeys;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectAccessProvider;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.proposals.domain.Proposal;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceSearchKeys;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a proposal: the association's members (drafts included), and once submitted the staff and the
 * members of the call's space; nobody else learns that it exists. Its co-authors contribute (edit, attach and
 * remove documents) while it is a draft or a revision is asked. Staff manage a submitted one (its lifecycle).
 * A submitted proposal has a thread: read by its readers, written by its authors and the space's contributors.
 * Two queries for any number of proposals (those the transaction does not hold yet, with their authors; the
 * person's associations) besides the spaces' own answer.
 */
@Component
@Transactional(readOnly = true)
class ProposalAccessProvider implements SubjectAccessProvider {

    private static final Set<ProposalState> EDITABLE =
            EnumSet.of(ProposalState.DRAFT, ProposalState.REVISION_REQUESTED);
    private final EntityLoader loader;
    private final AssociationService associations;
    private final SubjectAccess subjects;
    private final CurrentUser currentUser;

    ProposalAccessProvider(
            EntityLoader loader, AssociationService associations, SubjectAccess subjects, CurrentUser currentUser) {
        this.loader = loader;
        this.associations = associations;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.PROPOSAL;
    }

    @Override
    public Map<Long, Access> accessTo(Collection<Long> ids) {
        SignedInPerson me = currentUser.require();
        List<Proposal> found = loader.byIds(Proposal.class, ids);
        if (found.isEmpty()) {
            return Map.of();
        }
        Set<Long> myAssociations = associations.activeAssociationIdsOf(me.accountId());
        Set<Long> spaceIds = found.stream().map(Proposal::getSpaceId).collect(Collectors.toSet());
        Map<SubjectRef, Access> spaces =
                subjects.of(spaceIds.stream().map(SubjectRef::space).toList());
        Map<Long, Access> answer = new HashMap<>();
        for (Proposal proposal : found) {
            Access space = spaces.get(SubjectRef.space(proposal.getSpaceId()));
            answer.put(
                    proposal.getId(),
                    access(proposal, me, myAssociations.contains(proposal.getAssociationId()), space));
        }
        return answer;
    }

    private static Access access(Proposal proposal, SignedInPerson me, boolean associationMember, Access space) {
        SubjectRef subject = SubjectRef.proposal(proposal.getId());
        boolean author = proposal.getAuthors().contains(me.accountId());
        boolean submitted = proposal.getSubmittedVersion() != null;
        boolean reviewer = submitted && (me.hasRole(Role.STAFF) || (space.see() && space.role() != null));
        if (!author && !associationMember && !reviewer) {
            return Access.hidden(subject);
        }
        Set<Right> rights = EnumSet.of(Right.SEE);
        boolean editable = author && EDITABLE.contains(proposal.getState());
        if (editable) {
            rights.add(Right.CONTRIBUTE);
            rights.add(Right.MODERATE);
        }
        if (submitted && me.hasRole(Role.STAFF)) {
            rights.add(Right.MANAGE);
        }
        if (submitted) {
            rights.add(Right.READ_THREAD);
            if (author || space.contribute()) {
                rights.add(Right.POST_IN_THREAD);
            }
        }
        return new Access(
                subject,
                proposal.getSpaceId(),
                proposal.getAssociationId(),
                author ? "AUTHOR" : associationMember ? "ASSOCIATION" : null,
                rights,
                editable ? null : "proposals.error.not-editable");
    }

    /**
     * Who may find a proposal, as {@link #accessTo} decides: its association's members and its authors ({@link
     * #authorKeys}), and once submitted the staff and the members of its space ({@link #reviewerKeys}). Its thread
     * is read by the same people, once it is submitted. Other rights are not searched.
     */
    @Override
    public Map<Long, Set<String>> searchKeys(Collection<Long> ids, Right right) {
        Map<Long, Set<String>> answer = new HashMap<>();
        for (Proposal proposal : loader.byIds(Proposal.class, ids)) {
            boolean submitted = proposal.getSubmittedVersion() != null;
            Set<String> keys = new java.util.HashSet<>();
            if (right == Right.SEE || (right == Right.READ_THREAD && submitted)) {
                keys.addAll(authorKeys(proposal));
                keys.addAll(reviewerKeys(proposal));
            }
            if (!keys.isEmpty()) {
                answer.put(proposal.getId(), keys);
            }
        }
        return answer;
    }

    /** Those who see the proposal as its authors: its association's active members and its co-authors. */
    static Set<String> authorKeys(Proposal proposal) {
        Set<String> keys = new java.util.HashSet<>();
        keys.add(AssociationSearchKeys.member(proposal.getAssociationId()));
        proposal.getAuthors().forEach(author -> keys.add(ReaderKeys.account(author)));
        return keys;
    }

    /** Those who see it as reviewers once submitted: staff, and whoever sees its space with a role in it. */
    static Set<String> reviewerKeys(Proposal proposal) {
        return proposal.getSubmittedVersion() == null
                ? Set.of()
                : Set.of(ReaderKeys.role(Role.STAFF.name()), SpaceSearchKeys.member(proposal.getSpaceId()));
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids, Locale reader) {
        Map<Long, String> answer = new HashMap<>();
        for (Proposal proposal : loader.byIds(Proposal.class, ids)) {
            answer.put(proposal.getId(), proposal.getTitle());
        }
        return answer;
    }
}
