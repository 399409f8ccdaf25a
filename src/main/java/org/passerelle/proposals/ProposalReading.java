package org.passerelle.proposals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.RoundTripMemo;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.proposals.ProposalLifecycle.Actor;
import org.passerelle.proposals.domain.Proposal;
import org.passerelle.proposals.domain.ProposalRepository;
import org.passerelle.proposals.domain.ProposalTransitionRepository;
import org.passerelle.proposals.domain.ProposalVersionRecord;
import org.passerelle.proposals.domain.ProposalVersionRepository;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.springframework.stereotype.Component;

/**
 * Reading one proposal as the person may see it: authors and their association the current text and every
 * version, reviewers the submitted version; who may read is the access contract's answer
 * ({@link ProposalAccessProvider}). The other use cases start from here.
 */
@Component
class ProposalReading {

    private final ProposalRepository proposals;
    private final AssociationService associations;
    private final ProposalVersionRepository versions;
    private final ProposalTransitionRepository transitions;
    private final ProposalContentCodec codec;
    private final SubjectAccess subjects;
    private final RoundTripMemo memo;
    private final CurrentUser currentUser;

    ProposalReading(
            ProposalRepository proposals,
            ProposalVersionRepository versions,
            ProposalTransitionRepository transitions,
            ProposalContentCodec codec,
            SubjectAccess subjects,
            RoundTripMemo memo,
            CurrentUser currentUser,
            AssociationService associations) {
        this.associations = associations;
        this.proposals = proposals;
        this.versions = versions;
        this.transitions = transitions;
        this.codec = codec;
        this.subjects = subjects;
        this.memo = memo;
        this.currentUser = currentUser;
    }

    java.util.Set<Long> concernedPeople(long proposalId) {
        java.util.Set<Long> people = new java.util.LinkedHashSet<>();
        proposals.findById(proposalId).ifPresent(proposal -> {
            people.addAll(proposal.getAuthors());
            people.addAll(associations.activeMemberIds(proposal.getAssociationId()));
        });
        return people;
    }

    /** The co-authors of each of these proposals the person may see (others are left out, not refused). */
    java.util.Map<Long, List<Long>> authorsOf(java.util.Collection<Long> proposalIds) {
        java.util.Map<Long, List<Long>> found = new java.util.LinkedHashMap<>();
        var refs = proposalIds.stream().map(SubjectRef::proposal).toList();
        var access = subjects.of(refs);
        for (var proposal : proposals.findAllById(proposalIds)) {
            if (access.get(SubjectRef.proposal(proposal.getId())).see()) {
                found.put(proposal.getId(), List.copyOf(proposal.getAuthors()));
            }
        }
        return found;
    }

    /**
     * One proposal as the person may see it; remembered for the request (the sections of its page all ask),
     * forgotten at every change.
     */
    ProposalView get(long proposalId) {
        SignedInPerson me = currentUser.require();
        return memo.remember(new Remembered(proposalId), () -> view(me, readable(me, proposalId)));
    }

    /** The key of a proposal's view in the round-trip memo. */
    private record Remembered(long proposalId) {}

    /** The history of saved versions, newest first (authors see all; reviewers see up to the submitted one). */
    List<ProposalVersionInfo> history(long proposalId) {
        ProposalView proposal = get(proposalId); // as the reader sees it: its last version is the limit
        Integer submitted = proposal.submittedVersion();
        return versions.findByProposalIdOrderByNumberDesc(proposalId).stream()
                .filter(v -> v.getNumber() <= proposal.versionNumber())
                .map(v -> new ProposalVersionInfo(
                        v.getNumber(),
                        v.getAuthorId(),
                        v.getCreatedAt(),
                        sections(v.getChangedSections()),
                        submitted != null && v.getNumber() == submitted,
                        v.isAutosaved()))
                .toList();
    }

    /**
     * The versions given to the board, oldest first: at each submission and resubmission, the latest version
     * saved before it (versions are numbered in the order they are created).
     */
    List<Integer> submittedVersions(long proposalId) {
        ProposalView proposal = get(proposalId);
        List<ProposalVersionRecord> saved = versions.findByProposalIdOrderByNumberDesc(proposalId);
        return transitions.findByProposalIdOrderByIdAsc(proposalId).stream()
                .filter(t -> t.getAction() == ProposalAction.SUBMIT || t.getAction() == ProposalAction.RESUBMIT)
                .map(t -> saved.stream()
                        .filter(v -> !v.getCreatedAt().isAfter(t.getOccurredAt()))
                        .map(ProposalVersionRecord::getNumber)
                        .findFirst())
                .flatMap(java.util.Optional::stream)
                .filter(number -> number <= proposal.versionNumber())
                .distinct()
                .toList();
    }

    /** Compares two versions section by section. */
    List<SectionDiff.SectionChange> compare(long proposalId, int fromVersion, int toVersion) {
        SignedInPerson me = currentUser.require();
        Proposal proposal = readable(me, proposalId);
        int limit = isAuthorSide(me, proposal) ? Integer.MAX_VALUE : proposal.getSubmittedVersion();
        if (fromVersion > limit || toVersion > limit) {
            throw new UserFacingException("proposals.error.version-not-found");
        }
        return SectionDiff.compare(content(proposalId, fromVersion), content(proposalId, toVersion));
    }

    private ProposalContent content(long proposalId, int number) {
        return versions.findByProposalIdAndNumber(proposalId, number)
                .map(v -> codec.read(v.getContentJson()))
                .orElseThrow(() -> new UserFacingException("proposals.error.version-not-found"));
    }

    /** The proposal when the person may read it (see {@link ProposalAccessProvider}); "not found" otherwise. */
    Proposal readable(SignedInPerson me, long proposalId) {
        subjects.require(SubjectRef.proposal(proposalId), ProposalNotFoundException::new);
        return proposals.findById(proposalId).orElseThrow(ProposalNotFoundException::new);
    }

    /**
     * Whether the person reads as the authors do (a co-author or a member of the association: the current text,
     * every version). From the access answer, which the caller has just asked (remembered, no query).
     */
    boolean isAuthorSide(SignedInPerson me, Proposal proposal) {
        String role = subjects.of(SubjectRef.proposal(proposal.getId())).role();
        return role != null || proposal.getAuthors().contains(me.accountId());
    }

    boolean mayEdit(SignedInPerson me, Proposal proposal) {
        return proposal.getAuthors().contains(me.accountId())
                && (proposal.getState() == ProposalState.DRAFT
                        || proposal.getState() == ProposalState.REVISION_REQUESTED);
    }

    Set<Actor> actors(SignedInPerson me, Proposal proposal) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (proposal.getAuthors().contains(me.accountId())) {
            actors.add(Actor.AUTHOR);
        }
        if (me.hasRole(Role.STAFF) && proposal.getSubmittedVersion() != null) {
            actors.add(Actor.STAFF);
        }
        return actors;
    }

    ProposalView view(SignedInPerson me, Proposal proposal) {
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
                proposal.getSubmittedVersion() == null
                        ? null
                        : transitions
                                .lastArrivalIn(proposal.getId(), ProposalState.SUBMITTED)
                                .orElse(null),
                proposal.getAuthors().stream().sorted().toList(),
                content.missingSections(),
                mayEdit(me, proposal),
                ProposalLifecycle.available(proposal.getState(), actors(me, proposal)),
                proposal.getLastReason(),
                proposal.getVersion());
    }

    private static List<Section> sections(String stored) {
        return stored.isEmpty()
                ? List.of()
                : Arrays.stream(stored.split(",")).map(Section::valueOf).toList();
    }
}
