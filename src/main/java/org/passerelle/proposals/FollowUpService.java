package org.passerelle.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.proposals.domain.Milestone;
import org.passerelle.proposals.domain.MilestoneRepository;
import org.passerelle.proposals.domain.ProgressReport;
import org.passerelle.proposals.domain.ProgressReportRepository;
import org.passerelle.proposals.domain.Proposal;
import org.passerelle.proposals.domain.ProposalRepository;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Empower: once a proposal is accepted, its authors (and staff) plan milestones, the authors report
 * progress while it is implemented, and write the closing impact summary. Readers are those who may
 * read the proposal.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class FollowUpService {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 20_000;
    private static final Set<ProposalState> FOLLOWED =
            EnumSet.of(ProposalState.ACCEPTED, ProposalState.IN_IMPLEMENTATION, ProposalState.COMPLETED);

    private final ProposalService proposals;
    private final ProposalRepository stored;
    private final MilestoneRepository milestones;
    private final ProgressReportRepository reports;
    private final CurrentUser currentUser;
    private final SubjectAccess subjects;
    private final Clock clock;

    FollowUpService(
            ProposalService proposals,
            ProposalRepository stored,
            MilestoneRepository milestones,
            ProgressReportRepository reports,
            CurrentUser currentUser,
            SubjectAccess subjects,
            Clock clock) {
        this.subjects = subjects;
        this.proposals = proposals;
        this.stored = stored;
        this.milestones = milestones;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FollowUp followUp(long proposalId) {
        ProposalView proposal = proposals.get(proposalId);
        if (!FOLLOWED.contains(proposal.state())) {
            throw new UserFacingException("proposals.follow-up.error.not-accepted");
        }
        Proposal entity = stored.findById(proposalId).orElseThrow(ProposalNotFoundException::new);
        List<Milestone> planned = milestones.findByProposalIdOrderByDueOnAscIdAsc(proposalId);
        Map<Long, String> titles = planned.stream().collect(Collectors.toMap(Milestone::getId, Milestone::getTitle));
        return new FollowUp(
                planned.stream()
                        .map(m -> new FollowUp.MilestoneInfo(m.getId(), m.getTitle(), m.getDueOn(), m.isDone()))
                        .toList(),
                reports.findByProposalIdOrderByReportDateDescIdDesc(proposalId).stream()
                        .map(r -> new FollowUp.ReportInfo(
                                r.getId(),
                                r.getAuthorId(),
                                r.getReportDate(),
                                r.getText(),
                                r.getMilestoneId(),
                                r.getMilestoneId() == null ? null : titles.get(r.getMilestoneId())))
                        .toList(),
                entity.getImpactSummary(),
                mayPlan(currentUser.require(), proposal));
    }

    /**
     * Whether the signed-in person may plan milestones of this proposal now (its co-authors and staff, while it
     * is accepted or in implementation); false for a proposal they may not see.
     */
    @Transactional(readOnly = true)
    public boolean mayPlanMilestones(long proposalId) {
        return subjects.of(SubjectRef.proposal(proposalId)).see()
                && mayPlan(currentUser.require(), proposals.get(proposalId));
    }

    /** Authors or staff plan a milestone of an accepted proposal or one in implementation; returns its id. */
    public long addMilestone(long proposalId, String title, LocalDate dueOn) {
        ProposalView proposal = proposals.get(proposalId);
        requirePlanner(proposal);
        String clean = text("milestoneTitle", title, TITLE_MAX);
        if (dueOn == null) {
            throw new InvalidInputException("milestoneDue", "proposals.follow-up.error.date-required");
        }
        return milestones
                .save(new Milestone(proposalId, clean, dueOn, clock.instant()))
                .getId();
    }

    public void setMilestoneDone(long milestoneId, boolean done) {
        Milestone milestone = milestones
                .findById(milestoneId)
                .orElseThrow(() -> new UserFacingException("proposals.follow-up.error.not-found"));
        requirePlanner(proposals.get(milestone.getProposalId()));
        milestone.setDone(done);
    }

    /** Co-authors report progress while the proposal is implemented. */
    public void addReport(long proposalId, LocalDate date, String text) {
        addReport(proposalId, date, text, null);
    }

    /**
     * Co-authors report progress while the proposal is implemented, optionally about one of its milestones.
     *
     * @param milestoneId a milestone of the same proposal, or {@code null}
     */
    public void addReport(long proposalId, LocalDate date, String text, Long milestoneId) {
        SignedInPerson me = currentUser.require();
        ProposalView proposal = proposals.get(proposalId);
        if (proposal.state() != ProposalState.IN_IMPLEMENTATION
                || !proposal.authorIds().contains(me.accountId())) {
            throw new UserFacingException("proposals.follow-up.error.may-not-report");
        }
        if (date == null) {
            throw new InvalidInputException("reportDate", "proposals.follow-up.error.date-required");
        }
        String clean = text("reportText", text, TEXT_MAX);
        if (milestoneId != null
                && milestones
                        .findById(milestoneId)
                        .filter(m -> m.getProposalId() == proposalId)
                        .isEmpty()) {
            throw new InvalidInputException("reportMilestone", "proposals.follow-up.error.milestone-other");
        }
        reports.save(new ProgressReport(proposalId, me.accountId(), date, clean, milestoneId, clock.instant()));
    }

    /** Co-authors write the closing impact summary, during implementation or once completed. */
    public void setImpactSummary(long proposalId, String text) {
        SignedInPerson me = currentUser.require();
        ProposalView proposal = proposals.get(proposalId);
        boolean stateAllows =
                proposal.state() == ProposalState.IN_IMPLEMENTATION || proposal.state() == ProposalState.COMPLETED;
        if (!stateAllows || !proposal.authorIds().contains(me.accountId())) {
            throw new UserFacingException("proposals.follow-up.error.may-not-report");
        }
        Proposal entity = stored.findById(proposalId).orElseThrow(ProposalNotFoundException::new);
        entity.setImpactSummary(text("impact", text, TEXT_MAX));
        entity.touch(clock.instant());
    }

    private void requirePlanner(ProposalView proposal) {
        if (!mayPlan(currentUser.require(), proposal)) {
            throw new UserFacingException("proposals.follow-up.error.may-not-plan");
        }
    }

    private static boolean mayPlan(SignedInPerson me, ProposalView proposal) {
        boolean stateAllows =
                proposal.state() == ProposalState.ACCEPTED || proposal.state() == ProposalState.IN_IMPLEMENTATION;
        return stateAllows && (proposal.authorIds().contains(me.accountId()) || me.hasRole(Role.STAFF));
    }

    private static String text(String field, String raw, int max) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException(field, "proposals.review.error.empty");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "proposals.error.too-long", max);
        }
        return value;
    }
}
