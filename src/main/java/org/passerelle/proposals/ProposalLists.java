package org.passerelle.proposals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.associations.AssociationRef;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.Sector;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.domain.ProposalListings;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceAction;
import org.springframework.stereotype.Component;

/**
 * Lists of proposals, filtered in the query by who may read them (never others' drafts) and paged in the
 * database: a fixed number of queries whatever the page.
 */
@Component
class ProposalLists {

    private final ProposalListings listings;
    private final CallService calls;
    private final AssociationService associations;
    private final SpaceAccess spaceAccess;
    private final CurrentUser currentUser;

    ProposalLists(
            ProposalListings listings,
            CallService calls,
            AssociationService associations,
            SpaceAccess spaceAccess,
            CurrentUser currentUser) {
        this.listings = listings;
        this.calls = calls;
        this.associations = associations;
        this.spaceAccess = spaceAccess;
        this.currentUser = currentUser;
    }

    /** The proposals of the person's associations (drafts included) and those they co-author. */
    List<ProposalRow> mine() {
        SignedInPerson me = currentUser.require();
        List<Long> mine = associations.associationsOf(me.accountId()).stream()
                .map(AssociationRef::id)
                .toList();
        return listings.ofPersonOrAssociations(me.accountId(), mine).stream()
                .map(ProposalLists::row)
                .toList();
    }

    /** The proposals the signed-in person co-authors, by id. */
    Set<Long> coAuthored() {
        return Set.copyOf(listings.coAuthoredBy(currentUser.require().accountId()));
    }

    /**
     * One page of the proposals of a call the person may read (never others' drafts), newest change first
     * or by title; a fixed number of queries whatever the page size.
     */
    List<ProposalRow> ofCall(long callId, ProposalFilter filter, ProposalOrder order, int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > ProposalService.MAX_PAGE) {
            throw new IllegalArgumentException("page out of bounds: " + offset + "/" + limit);
        }
        return listings.ofCall(callId, reader(callId), listingFilter(filter), order, offset, limit).stream()
                .map(ProposalLists::row)
                .toList();
    }

    /** How many proposals of a call the person may read, with these filters. */
    int countOfCall(long callId, ProposalFilter filter) {
        return Math.toIntExact(listings.countOfCall(callId, reader(callId), listingFilter(filter)));
    }

    /** Proposals waiting for staff: submitted (to triage) or in review (to move on), oldest first. */
    List<ProposalRow> awaitingStaff() {
        return listings
                .inStates(List.of(ProposalState.SUBMITTED, ProposalState.IN_REVIEW), ProposalService.MAX_PAGE)
                .stream()
                .map(ProposalLists::row)
                .toList();
    }

    private ProposalListings.Reader reader(long callId) {
        SignedInPerson me = currentUser.require();
        CallSummary call = calls.get(callId);
        List<Long> mine = associations.associationsOf(me.accountId()).stream()
                .map(AssociationRef::id)
                .toList();
        boolean reviewer = me.hasRole(Role.STAFF)
                || (spaceAccess.may(call.spaceId(), SpaceAction.SEE)
                        && spaceAccess.roleOf(call.spaceId(), me.accountId()) != null);
        return new ProposalListings.Reader(me.accountId(), mine, reviewer);
    }

    private static ProposalListings.Filter listingFilter(ProposalFilter filter) {
        ProposalFilter f = filter == null ? ProposalFilter.ANY : filter;
        return new ProposalListings.Filter(
                f.state(), f.sector() == null ? null : f.sector().name(), f.country());
    }

    static ProposalRow row(ProposalListings.Listed listed) {
        Set<Sector> sectors = Arrays.stream(listed.sectors().split(","))
                .filter(name -> !name.isEmpty())
                .map(Sector::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class)));
        return new ProposalRow(
                listed.id(),
                listed.associationId(),
                listed.title(),
                listed.state(),
                listed.country(),
                sectors,
                listed.updatedAt());
    }
}
