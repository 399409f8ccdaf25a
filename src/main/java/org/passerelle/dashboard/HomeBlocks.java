package org.passerelle.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.MilestoneItems;
import org.passerelle.proposals.ProposalDashboards;
import org.passerelle.proposals.ProposalItems;
import org.passerelle.proposals.ProposalState;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.sessions.ActionItems;
import org.passerelle.sessions.SessionDashboards;
import org.passerelle.voting.BallotDashboards;
import org.passerelle.voting.BallotItems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blocks of a person's home page, per role they hold, each built from the owning module's service (whose
 * counts already leave out what the person may not see): a fixed number of queries per block whatever the
 * data (the staff's blocks are in {@link StaffBlocks}). Settings (how many items, how far ahead) are in {@link
 * DashboardProperties}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HomeBlocks {

    private final ProposalDashboards proposals;
    private final BallotDashboards ballots;
    private final SessionDashboards sessions;
    private final CallService calls;
    private final StaffBlocks staffBlocks;
    private final CurrentUser currentUser;
    private final DashboardProperties settings;
    private final Clock clock;

    HomeBlocks(
            ProposalDashboards proposals,
            BallotDashboards ballots,
            SessionDashboards sessions,
            CallService calls,
            StaffBlocks staffBlocks,
            CurrentUser currentUser,
            DashboardProperties settings,
            Clock clock) {
        this.proposals = proposals;
        this.ballots = ballots;
        this.sessions = sessions;
        this.calls = calls;
        this.staffBlocks = staffBlocks;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every block of the person's home page, role by role (association, board, staff), then their own. */
    public List<HomeBlock> forMe(Locale locale) {
        SignedInPerson me = currentUser.require();
        List<HomeBlock> blocks = new ArrayList<>();
        boolean member = me.hasRole(Role.ASSOCIATION_MEMBER);
        boolean board = me.hasRole(Role.BOARD_MEMBER);
        boolean staff = me.hasRole(Role.STAFF);
        if (member) {
            blocks.add(drafts());
            blocks.add(awaitingMyAnswer());
            blocks.add(openCalls(locale));
            blocks.add(milestones());
        }
        if (board) {
            blocks.add(ballotsToVote());
            blocks.add(openQuestions());
        }
        if (staff) {
            blocks.addAll(staffBlocks.all(locale));
        }
        if (member || board) {
            blocks.add(nextSessions());
        }
        blocks.add(myActions());
        return blocks;
    }

    HomeBlock drafts() {
        ProposalItems found = proposals.myDrafts(settings.top());
        return new HomeBlock(
                "dashboard.member.drafts",
                HomeTopic.PROPOSALS,
                found.count(),
                found.top().stream()
                        .map(p -> p.detail() == 0
                                ? new HomeBlock.Line(
                                        BlockLines.title(p.title()), BlockLines.editor(p.id()), "dashboard.draft.ready")
                                : new HomeBlock.Line(
                                        BlockLines.title(p.title()),
                                        BlockLines.editor(p.id()),
                                        "dashboard.draft.missing",
                                        p.detail()))
                        .toList(),
                "my-proposals");
    }

    HomeBlock awaitingMyAnswer() {
        ProposalItems found = proposals.awaitingMyAnswer(settings.top());
        return new HomeBlock(
                "dashboard.member.answers",
                HomeTopic.PROPOSALS,
                found.count(),
                found.top().stream()
                        .map(p -> p.state() == ProposalState.REVISION_REQUESTED
                                ? new HomeBlock.Line(
                                        BlockLines.title(p.title()),
                                        BlockLines.proposal(p.id()),
                                        "dashboard.answer.revision")
                                : new HomeBlock.Line(
                                        BlockLines.title(p.title()),
                                        BlockLines.proposal(p.id()),
                                        "dashboard.answer.questions",
                                        p.detail()))
                        .toList(),
                "my-proposals");
    }

    HomeBlock openCalls(Locale locale) {
        List<CallSummary> open = calls.visibleCalls().stream()
                .filter(CallSummary::acceptsSubmissions)
                .sorted(Comparator.comparing(CallSummary::closesOn))
                .toList();
        return BlockLines.callBlock("dashboard.member.calls", open, locale, today(), settings.top());
    }

    HomeBlock milestones() {
        MilestoneItems found = proposals.myMilestonesDue(settings.milestoneDays(), settings.top());
        LocalDate today = today();
        return new HomeBlock(
                "dashboard.member.milestones",
                HomeTopic.PROPOSALS,
                found.count(),
                found.top().stream()
                        .map(m -> new HomeBlock.Line(
                                BlockLines.title(m.proposalTitle()) + " — " + m.title(),
                                BlockLines.proposal(m.proposalId()),
                                m.dueOn().isBefore(today) ? "dashboard.milestone.late" : "dashboard.milestone.due",
                                m.dueOn()))
                        .toList(),
                "my-proposals");
    }

    HomeBlock ballotsToVote() {
        BallotItems found = ballots.awaitingMyVote(settings.top());
        return BlockLines.ballotBlock("dashboard.board.ballots", found, "voting/awaiting");
    }

    HomeBlock openQuestions() {
        ProposalItems found = proposals.myOpenQuestions(settings.top());
        return new HomeBlock(
                "dashboard.board.questions",
                HomeTopic.PROPOSALS,
                found.count(),
                found.top().stream()
                        .map(p -> new HomeBlock.Line(
                                BlockLines.title(p.title()),
                                BlockLines.proposal(p.id()),
                                "dashboard.question.open",
                                p.detail(),
                                p.since()))
                        .toList(),
                null);
    }

    HomeBlock nextSessions() {
        return BlockLines.sessionBlock(
                "dashboard.sessions", sessions.coming(Duration.ofDays(settings.sessionDays()), settings.top()));
    }

    HomeBlock myActions() {
        ActionItems found = sessions.myOpenActions(settings.top());
        return new HomeBlock(
                "dashboard.actions",
                HomeTopic.SESSIONS,
                found.count(),
                found.top().stream()
                        .map(a -> new HomeBlock.Line(
                                a.title(),
                                "sessions/" + a.sessionId(),
                                "dashboard.action.due",
                                a.dueOn(),
                                a.sessionTitle()))
                        .toList(),
                "my-actions");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeZones.OFFICE));
    }
}
