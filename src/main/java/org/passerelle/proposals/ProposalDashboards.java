package org.passerelle.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.passerelle.associations.AssociationService;
import org.passerelle.base.RoundTripMemo;
import org.passerelle.base.Sector;
import org.passerelle.base.TimeZones;
import org.passerelle.proposals.domain.PipelineCounts;
import org.passerelle.proposals.domain.ProposalCounts;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and short lists of proposals for the home page, and the 3E pipeline: each a fixed number of indexed
 * queries whatever the number of proposals, each filtered in the query by the rule of {@link
 * ProposalAccessProvider} (never another association's draft; submitted ones only for staff and the members of
 * their space).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProposalDashboards {

    private final ProposalCounts counts;
    private final PipelineCounts pipelines;
    private final ProposalReading reading;
    private final AssociationService associations;
    private final SpaceService spaces;
    private final CurrentUser currentUser;
    private final RoundTripMemo memo;
    private final org.passerelle.base.SubjectAccess subjects;
    private final org.passerelle.base.EntityLoader loader;
    private final Clock clock;

    ProposalDashboards(
            ProposalCounts counts,
            PipelineCounts pipelines,
            ProposalReading reading,
            AssociationService associations,
            SpaceService spaces,
            CurrentUser currentUser,
            RoundTripMemo memo,
            org.passerelle.base.SubjectAccess subjects,
            org.passerelle.base.EntityLoader loader,
            Clock clock) {
        this.counts = counts;
        this.pipelines = pipelines;
        this.reading = reading;
        this.associations = associations;
        this.spaces = spaces;
        this.currentUser = currentUser;
        this.memo = memo;
        this.subjects = subjects;
        this.loader = loader;
        this.clock = clock;
    }

    /** The drafts of the person's associations and those they co-author, latest change first; detail: sections missing. */
    public ProposalItems myDrafts(int top) {
        ProposalCounts.Reader reader = reader();
        long count = counts.countDrafts(reader);
        List<ProposalItems.Item> items = counts.drafts(reader, top).stream()
                .map(line -> item(line, reading.get(line.id()).missingSections().size()))
                .toList();
        return new ProposalItems(count, items);
    }

    /** Proposals the person co-authors that wait for them (revision requested, questions unanswered), oldest first. */
    public ProposalItems awaitingMyAnswer(int top) {
        ProposalCounts.Reader reader = reader();
        return new ProposalItems(
                counts.countAwaitingAnswer(reader),
                counts.awaitingAnswer(reader, top).stream()
                        .map(line -> item(line, line.detail()))
                        .toList());
    }

    /** Milestones not done of the person's accepted proposals, due within {@code days} days or late, soonest first. */
    public MilestoneItems myMilestonesDue(int days, int top) {
        ProposalCounts.Reader reader = reader();
        LocalDate until = today().plusDays(days);
        return new MilestoneItems(
                counts.countMilestonesDue(reader, until),
                counts.milestonesDue(reader, until, top).stream()
                        .map(m -> new MilestoneItems.Item(m.proposalId(), m.proposalTitle(), m.title(), m.dueOn()))
                        .toList());
    }

    /** Proposals under review in the person's spaces with questions they asked and nobody answered yet. */
    public ProposalItems myOpenQuestions(int top) {
        ProposalCounts.Reader reader = reader();
        return new ProposalItems(
                counts.countMyOpenQuestions(reader),
                counts.myOpenQuestions(reader, top).stream()
                        .map(line -> item(line, line.detail()))
                        .toList());
    }

    /** Staff: the triage queue (submitted or in review), oldest change first. */
    @PreAuthorize("hasRole('STAFF')")
    public ProposalItems triageQueue(int top) {
        ProposalCounts.Reader reader = reader();
        return new ProposalItems(
                counts.countQueue(reader),
                counts.queue(reader, top).stream().map(line -> item(line, 0)).toList());
    }

    /** The 3E pipeline of the proposals the person may read, with these filters (staff and board members). */
    @PreAuthorize("hasAnyRole('STAFF', 'BOARD_MEMBER')")
    public PipelineFigures pipeline(PipelineFilter filter) {
        ProposalCounts.Reader reader = reader();
        PipelineFilter f = filter == null ? PipelineFilter.ANY : filter;
        PipelineCounts.Filter where = new PipelineCounts.Filter(
                f.spaceId(),
                f.callId(),
                f.from(),
                f.to(),
                f.country(),
                f.sector() == null ? null : f.sector().name());
        Map<String, PipelineFigures.CallRow> calls = new LinkedHashMap<>();
        for (PipelineCounts.StateCount c : pipelines.byCallAndState(reader, where)) {
            calls.computeIfAbsent(
                            c.spaceId() + "/" + c.callId(),
                            k -> new PipelineFigures.CallRow(
                                    c.spaceId(), c.callId(), new EnumMap<>(ProposalState.class)))
                    .byState()
                    .put(c.state(), c.count());
        }
        Map<ProposalState, Double> medians = new EnumMap<>(ProposalState.class);
        Map<ProposalState, Long> stays = new EnumMap<>(ProposalState.class);
        pipelines.medianDaysByState(reader, where).forEach((state, figures) -> {
            medians.put(state, figures[0]);
            stays.put(state, (long) figures[1]);
        });
        Map<String, Long> countries = new TreeMap<>(pipelines.acceptedBy(reader, where, false));
        countries.remove("");
        Map<Sector, Long> sectors = new EnumMap<>(Sector.class);
        pipelines
                .acceptedBy(reader, where, true)
                .forEach((listed, n) -> Arrays.stream(listed.split(","))
                        .filter(name -> !name.isEmpty())
                        .forEach(name -> sectors.merge(Sector.valueOf(name), n, Long::sum)));
        return new PipelineFigures(
                List.copyOf(calls.values()),
                medians,
                stays,
                countries,
                sectors,
                pipelines.lateMilestones(reader, where, today()));
    }

    /**
     * The titles of these proposals as the person sees them (the current one for its association, the submitted
     * one for reviewers); those the person may not read are left out. A fixed number of queries for any number.
     */
    public Map<Long, String> titles(java.util.Collection<Long> proposalIds) {
        Map<org.passerelle.base.SubjectRef, org.passerelle.base.Access> access = subjects.of(proposalIds.stream()
                .map(org.passerelle.base.SubjectRef::proposal)
                .distinct()
                .toList());
        List<Long> visible = access.values().stream()
                .filter(org.passerelle.base.Access::see)
                .map(a -> a.subject().id())
                .toList();
        Map<Long, String> titles = new java.util.HashMap<>();
        for (org.passerelle.proposals.domain.Proposal p :
                loader.byIds(org.passerelle.proposals.domain.Proposal.class, visible)) {
            boolean own = access.get(org.passerelle.base.SubjectRef.proposal(p.getId()))
                            .role()
                    != null;
            String title = own ? p.getTitle() : p.getListTitle();
            titles.put(p.getId(), title == null ? "—" : title);
        }
        return titles;
    }

    private static ProposalItems.Item item(ProposalCounts.Line line, long detail) {
        return new ProposalItems.Item(line.id(), line.title(), line.state(), line.since(), detail);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeZones.OFFICE));
    }

    /** Who reads, worked out once per round-trip. */
    private ProposalCounts.Reader reader() {
        SignedInPerson me = currentUser.require();
        return memo.remember(
                new ReaderKey(),
                () -> new ProposalCounts.Reader(
                        me.accountId(),
                        associations.activeAssociationIdsOf(me.accountId()),
                        me.hasRole(Role.STAFF),
                        spaces.mySpaces().stream()
                                .filter(space -> space.myRole() != null)
                                .map(SpaceSummary::id)
                                .toList()));
    }

    private record ReaderKey() {}
}
