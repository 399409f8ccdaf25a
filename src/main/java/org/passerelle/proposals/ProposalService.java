package org.passerelle.proposals;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.associations.AssociationRef;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.AssociationSummary;
import org.passerelle.base.RoundTripMemo;
import org.passerelle.base.Sector;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.ProposalEvents.ProposalDecided;
import org.passerelle.proposals.ProposalEvents.ProposalSubmitted;
import org.passerelle.proposals.ProposalEvents.ProposalTransitioned;
import org.passerelle.proposals.ProposalLifecycle.Actor;
import org.passerelle.proposals.domain.Proposal;
import org.passerelle.proposals.domain.ProposalListings;
import org.passerelle.proposals.domain.ProposalRepository;
import org.passerelle.proposals.domain.ProposalTransitionRecord;
import org.passerelle.proposals.domain.ProposalTransitionRepository;
import org.passerelle.proposals.domain.ProposalVersionRecord;
import org.passerelle.proposals.domain.ProposalVersionRepository;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, versions and the lifecycle of proposals. Who may read: the association's members (drafts
 * included), and once submitted the staff and the members of the call's space; nobody else learns that
 * a proposal exists. Who may write: the co-authors, while the proposal is a draft or a revision is asked.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProposalService {

    /** The largest page a list may ask for. */
    public static final int MAX_PAGE = 500;

    private static final Set<ProposalState> NOT_COUNTED = EnumSet.of(ProposalState.DRAFT, ProposalState.WITHDRAWN);
    private final ProposalRepository proposals;
    private final ProposalListings listings;
    private final ProposalVersionRepository versions;
    private final ProposalTransitionRepository transitions;
    private final ProposalContentCodec codec;
    private final CallService calls;
    private final AssociationService associations;
    private final SpaceAccess spaceAccess;
    private final SubjectAccess subjects;
    private final RoundTripMemo memo;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(
            ProposalRepository proposals,
            ProposalListings listings,
            ProposalVersionRepository versions,
            ProposalTransitionRepository transitions,
            ProposalContentCodec codec,
            CallService calls,
            AssociationService associations,
            SpaceAccess spaceAccess,
            SubjectAccess subjects,
            RoundTripMemo memo,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.proposals = proposals;
        this.listings = listings;
        this.versions = versions;
        this.transitions = transitions;
        this.codec = codec;
        this.calls = calls;
        this.associations = associations;
        this.spaceAccess = spaceAccess;
        this.subjects = subjects;
        this.memo = memo;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A member of an association starts a draft for a call they can see; they are its first co-author. */
    public ProposalView createDraft(long callId, long associationId, String title) {
        SignedInPerson me = currentUser.require();
        CallSummary call = calls.get(callId);
        if (call.state() == CallState.DECIDED) {
            throw new UserFacingException("proposals.error.call-decided");
        }
        if (!associations.isActiveMember(associationId, me.accountId())) {
            throw new UserFacingException("proposals.error.not-association-member");
        }
        ProposalContent content = withTitle(ProposalContent.empty(), title);
        ContentRules.check(content);
        Proposal proposal = new Proposal(
                callId, call.spaceId(), associationId, me.accountId(), codec.write(content), clock.instant());
        setContent(proposal, content);
        proposals.saveAndFlush(proposal);
        recordVersion(proposal, me.accountId(), content, ProposalContent.empty());
        return view(me, proposal);
    }

    /**
     * Saves the authors' text as a new version. {@code lockVersion} is the one the author started from:
     * when someone else saved since, nothing is saved and a {@link ProposalConflictException} says what
     * the other person changed. Saving unchanged text creates no version.
     */
    public ProposalView save(long proposalId, long lockVersion, ProposalContent content) {
        SignedInPerson me = currentUser.require();
        memo.forget(); // a change that publishes no event: what this request remembered is stale
        Proposal proposal = readable(me, proposalId);
        if (!mayEdit(me, proposal)) {
            throw new UserFacingException("proposals.error.not-editable");
        }
        ContentRules.check(content);
        ProposalContent stored = codec.read(proposal.getContentJson());
        if (proposal.getVersion() != lockVersion) {
            throw new ProposalConflictException(stored, proposal.getVersion(), SectionDiff.compare(content, stored));
        }
        if (content.changedSince(stored).isEmpty()) {
            return view(me, proposal);
        }
        setContent(proposal, content);
        proposal.touch(clock.instant());
        try {
            proposals.saveAndFlush(proposal);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            // another save committed between our read and our write: the same answer as above
            throw new ProposalConflictException(stored, lockVersion + 1, SectionDiff.compare(content, stored));
        }
        recordVersion(proposal, me.accountId(), content, stored);
        return view(me, proposal);
    }

    /** A co-author adds another active member of the same association as co-author. */
    public ProposalView addCoAuthor(long proposalId, long accountId) {
        SignedInPerson me = currentUser.require();
        memo.forget(); // a change that publishes no event: what this request remembered is stale
        Proposal proposal = readable(me, proposalId);
        if (!mayEdit(me, proposal)) {
            throw new UserFacingException("proposals.error.not-editable");
        }
        if (!associations.isActiveMember(proposal.getAssociationId(), accountId)) {
            throw new UserFacingException("proposals.error.co-author-not-member");
        }
        if (proposal.getAuthors().contains(accountId)) {
            throw new UserFacingException("proposals.error.already-co-author");
        }
        proposal.addAuthor(accountId);
        proposal.touch(clock.instant());
        return view(me, proposals.saveAndFlush(proposal));
    }

    /** Moves the proposal; the lifecycle table decides whether this person may, from this state. */
    public ProposalView act(long proposalId, ProposalAction action, String reason) {
        SignedInPerson me = currentUser.require();
        Proposal proposal = readable(me, proposalId);
        ProposalState from = proposal.getState();
        ProposalState to = ProposalLifecycle.next(from, action, actors(me, proposal))
                .orElseThrow(() -> new UserFacingException("proposals.error.transition"));
        String why = reason == null ? "" : reason.strip();
        if (ProposalLifecycle.reasonRequired(action) && why.isEmpty()) {
            throw new org.passerelle.base.InvalidInputException("reason", "proposals.error.reason-required");
        }
        if (why.length() > 4000) {
            throw new org.passerelle.base.InvalidInputException("reason", "proposals.error.too-long", 4000);
        }
        if (action == ProposalAction.SUBMIT || action == ProposalAction.RESUBMIT) {
            ProposalContent submitted = checkSubmission(proposal);
            proposal.setSubmittedVersion(proposal.getVersionCount());
            proposal.setListing(submitted.title(), submitted.country(), sectorList(submitted));
        }
        proposal.setState(to);
        proposal.setLastReason(why.isEmpty() ? proposal.getLastReason() : why);
        proposal.touch(clock.instant());
        proposals.saveAndFlush(proposal);
        transitions.save(new ProposalTransitionRecord(
                proposalId, action, from, to, me.accountId(), why.isEmpty() ? null : why, clock.instant()));
        events.publishEvent(
                new ProposalTransitioned(me.accountId(), proposalId, proposal.getSpaceId(), action, from, to));
        if (to == ProposalState.SUBMITTED) {
            events.publishEvent(
                    new ProposalSubmitted(proposalId, proposal.getSpaceId(), proposal.getSubmittedVersion()));
        }
        if (from == ProposalState.VOTING && to != ProposalState.WITHDRAWN) {
            events.publishEvent(new ProposalDecided(proposalId, proposal.getSpaceId(), to, why));
        }
        return view(me, proposal);
    }

    /**
     * One proposal as the person may see it; remembered for the request (the sections of its page all ask),
     * forgotten at every change.
     */
    @Transactional(readOnly = true)
    public ProposalView get(long proposalId) {
        SignedInPerson me = currentUser.require();
        return memo.remember(new Remembered(proposalId), () -> view(me, readable(me, proposalId)));
    }

    /** The key of a proposal's view in the round-trip memo. */
    private record Remembered(long proposalId) {}

    /** The history of saved versions, newest first (authors see all; reviewers see up to the submitted one). */
    @Transactional(readOnly = true)
    public List<ProposalVersionInfo> history(long proposalId) {
        ProposalView proposal = get(proposalId); // as the reader sees it: its last version is the limit
        Integer submitted = proposal.submittedVersion();
        return versions.findByProposalIdOrderByNumberDesc(proposalId).stream()
                .filter(v -> v.getNumber() <= proposal.versionNumber())
                .map(v -> new ProposalVersionInfo(
                        v.getNumber(),
                        v.getAuthorId(),
                        v.getCreatedAt(),
                        sections(v.getChangedSections()),
                        submitted != null && v.getNumber() == submitted))
                .toList();
    }

    /** Compares two versions section by section. */
    @Transactional(readOnly = true)
    public List<SectionDiff.SectionChange> compare(long proposalId, int fromVersion, int toVersion) {
        SignedInPerson me = currentUser.require();
        Proposal proposal = readable(me, proposalId);
        int limit = isAuthorSide(me, proposal) ? Integer.MAX_VALUE : proposal.getSubmittedVersion();
        if (fromVersion > limit || toVersion > limit) {
            throw new UserFacingException("proposals.error.version-not-found");
        }
        return SectionDiff.compare(content(proposalId, fromVersion), content(proposalId, toVersion));
    }

    /** The proposals of the person's associations (drafts included) and those they co-author. */
    @Transactional(readOnly = true)
    public List<ProposalRow> mine() {
        SignedInPerson me = currentUser.require();
        List<Long> mine = associations.associationsOf(me.accountId()).stream()
                .map(AssociationRef::id)
                .toList();
        return listings.ofPersonOrAssociations(me.accountId(), mine).stream()
                .map(ProposalService::row)
                .toList();
    }

    /**
     * One page of the proposals of a call the person may read (never others' drafts), newest change first
     * or by title; a fixed number of queries whatever the page size.
     */
    @Transactional(readOnly = true)
    public List<ProposalRow> ofCall(long callId, ProposalFilter filter, ProposalOrder order, int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("page out of bounds: " + offset + "/" + limit);
        }
        return listings.ofCall(callId, reader(callId), listingFilter(filter), order, offset, limit).stream()
                .map(ProposalService::row)
                .toList();
    }

    /** How many proposals of a call the person may read, with these filters. */
    @Transactional(readOnly = true)
    public int countOfCall(long callId, ProposalFilter filter) {
        return Math.toIntExact(listings.countOfCall(callId, reader(callId), listingFilter(filter)));
    }

    /** Proposals waiting for staff: submitted (to triage) or in review (to move on), oldest first. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<ProposalRow> awaitingStaff() {
        return listings.inStates(List.of(ProposalState.SUBMITTED, ProposalState.IN_REVIEW), MAX_PAGE).stream()
                .map(ProposalService::row)
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

    private ProposalContent checkSubmission(Proposal proposal) {
        ProposalContent content = codec.read(proposal.getContentJson());
        Set<Section> missing = content.missingSections();
        if (!missing.isEmpty()) {
            throw new UserFacingException("proposals.error.incomplete", missing.size());
        }
        if (!calls.acceptsSubmissions(proposal.getCallId())) {
            throw new UserFacingException("proposals.error.call-closed");
        }
        CallSummary call = calls.get(proposal.getCallId());
        AssociationSummary association =
                associations.find(proposal.getAssociationId()).orElseThrow(ProposalNotFoundException::new);
        if (call.form().verifiedOnly() && !association.verified()) {
            throw new UserFacingException("proposals.error.not-verified");
        }
        if (!call.countries().isEmpty() && !call.countries().contains(content.country())) {
            throw new UserFacingException("proposals.error.country-not-eligible");
        }
        if (!call.sectors().isEmpty() && content.sectors().stream().noneMatch(call.sectors()::contains)) {
            throw new UserFacingException("proposals.error.sector-not-eligible");
        }
        long others = proposals.countActive(proposal.getCallId(), proposal.getAssociationId(), NOT_COUNTED)
                - (NOT_COUNTED.contains(proposal.getState()) ? 0 : 1);
        if (others >= call.form().maxPerAssociation()) {
            throw new UserFacingException(
                    "proposals.error.max-reached", call.form().maxPerAssociation());
        }
        return content;
    }

    private void setContent(Proposal proposal, ProposalContent content) {
        proposal.setContent(content.title(), codec.write(content));
        proposal.setCurrentListing(content.title(), content.country(), sectorList(content));
    }

    private static String sectorList(ProposalContent content) {
        return content.sectors().stream().map(Enum::name).sorted().collect(Collectors.joining(",", ",", ","));
    }

    private static ProposalRow row(ProposalListings.Listed listed) {
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

    private void recordVersion(Proposal proposal, long authorId, ProposalContent content, ProposalContent before) {
        String changed = content.changedSince(before).stream().map(Enum::name).collect(Collectors.joining(","));
        versions.save(new ProposalVersionRecord(
                proposal.getId(),
                proposal.nextVersionNumber(),
                authorId,
                clock.instant(),
                changed,
                codec.write(content)));
        proposals.saveAndFlush(proposal);
    }

    private ProposalContent content(long proposalId, int number) {
        return versions.findByProposalIdAndNumber(proposalId, number)
                .map(v -> codec.read(v.getContentJson()))
                .orElseThrow(() -> new UserFacingException("proposals.error.version-not-found"));
    }

    /** The proposal when the person may read it (see {@link ProposalAccessProvider}); "not found" otherwise. */
    private Proposal readable(SignedInPerson me, long proposalId) {
        subjects.require(SubjectRef.proposal(proposalId), ProposalNotFoundException::new);
        return proposals.findById(proposalId).orElseThrow(ProposalNotFoundException::new);
    }

    /**
     * Whether the person reads as the authors do (a co-author or a member of the association: the current text,
     * every version). From the access answer, which the caller has just asked (remembered, no query).
     */
    private boolean isAuthorSide(SignedInPerson me, Proposal proposal) {
        String role = subjects.of(SubjectRef.proposal(proposal.getId())).role();
        return role != null || proposal.getAuthors().contains(me.accountId());
    }

    private boolean mayEdit(SignedInPerson me, Proposal proposal) {
        return proposal.getAuthors().contains(me.accountId())
                && (proposal.getState() == ProposalState.DRAFT
                        || proposal.getState() == ProposalState.REVISION_REQUESTED);
    }

    private Set<Actor> actors(SignedInPerson me, Proposal proposal) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (proposal.getAuthors().contains(me.accountId())) {
            actors.add(Actor.AUTHOR);
        }
        if (me.hasRole(Role.STAFF) && proposal.getSubmittedVersion() != null) {
            actors.add(Actor.STAFF);
        }
        return actors;
    }

    private ProposalView view(SignedInPerson me, Proposal proposal) {
        boolean authorSide = isAuthorSide(me, proposal);
        ProposalContent content = authorSide || proposal.getSubmittedVersion() == null
                ? codec.read(proposal.getContentJson())
                : content(proposal.getId(), proposal.getSubmittedVersion());
        return new ProposalView(
                proposal.getId(),
                proposal.getCallId(),
                proposal.getSpaceId(),
                proposal.getAssociationId(),
                proposal.getState(),
                content,
                authorSide ? proposal.getVersionCount() : proposal.getSubmittedVersion(),
                proposal.getSubmittedVersion(),
                proposal.getAuthors().stream().sorted().toList(),
                content.missingSections(),
                mayEdit(me, proposal),
                ProposalLifecycle.available(proposal.getState(), actors(me, proposal)),
                proposal.getLastReason(),
                proposal.getVersion());
    }

    private static ProposalContent withTitle(ProposalContent c, String title) {
        return new ProposalContent(
                title == null ? null : title.strip(),
                c.summary(),
                c.problem(),
                c.objectives(),
                c.activities(),
                c.beneficiaries(),
                c.country(),
                c.region(),
                c.sectors(),
                c.budgetAmount(),
                c.currency(),
                c.budgetItems(),
                c.startDate(),
                c.endDate(),
                c.milestones(),
                c.partners(),
                c.diasporaContribution(),
                c.expectedImpact(),
                c.sustainability(),
                c.risks());
    }

    private static List<Section> sections(String stored) {
        return stored.isEmpty()
                ? List.of()
                : Arrays.stream(stored.split(",")).map(Section::valueOf).toList();
    }
}
