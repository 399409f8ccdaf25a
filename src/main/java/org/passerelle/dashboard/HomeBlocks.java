package org.passerelle.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;
import org.passerelle.discussions.ReportService;
import org.passerelle.documents.UnreadableDocuments;
import org.passerelle.proposals.MilestoneItems;
import org.passerelle.proposals.ProposalDashboards;
import org.passerelle.proposals.ProposalItems;
import org.passerelle.proposals.ProposalState;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.security.SignedInPerson;
import org.passerelle.sessions.ActionItems;
import org.passerelle.sessions.SessionItems;
import org.passerelle.sessions.SessionService;
import org.passerelle.voting.BallotDashboards;
import org.passerelle.voting.BallotItems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blocks of a person's home page, per role they hold, each built from the owning module's service (whose
 * counts already leave out what the person may not see): a fixed number of queries per block whatever the
 * data. Settings (how many items, how far ahead) are in {@link DashboardProperties}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HomeBlocks {

    private final ProposalDashboards proposals;
    private final BallotDashboards ballots;
    private final SessionService sessions;
    private final CallService calls;
    private final ReportService reports;
    private final UnreadableDocuments documents;
    private final CurrentUser currentUser;
    private final DashboardProperties settings;
    private final Clock clock;

    HomeBlocks(
            ProposalDashboards proposals,
            BallotDashboards ballots,
            SessionService sessions,
            CallService calls,
            ReportService reports,
            UnreadableDocuments documents,
            CurrentUser currentUser,
            DashboardProperties settings,
            Clock clock) {
        this.proposals = proposals;
        this.ballots = ballots;
        this.sessions = sessions;
        this.calls = calls;
        this.reports = reports;
        this.documents = documents;
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
            blocks.add(triage());
            blocks.add(reported());
            blocks.add(ballotsShortOfQuorum());
            blocks.add(sessionsThisWeek());
            blocks.add(callsClosing(locale));
            blocks.add(unreadable());
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
                                ? new HomeBlock.Line(title(p.title()), editor(p.id()), "dashboard.draft.ready")
                                : new HomeBlock.Line(
                                        title(p.title()), editor(p.id()), "dashboard.draft.missing", p.detail()))
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
                                ? new HomeBlock.Line(title(p.title()), proposal(p.id()), "dashboard.answer.revision")
                                : new HomeBlock.Line(
                                        title(p.title()), proposal(p.id()), "dashboard.answer.questions", p.detail()))
                        .toList(),
                "my-proposals");
    }

    HomeBlock openCalls(Locale locale) {
        List<CallSummary> open = calls.visibleCalls().stream()
                .filter(CallSummary::acceptsSubmissions)
                .sorted(Comparator.comparing(CallSummary::closesOn))
                .toList();
        return callBlock("dashboard.member.calls", open, locale);
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
                                title(m.proposalTitle()) + " — " + m.title(),
                                proposal(m.proposalId()),
                                m.dueOn().isBefore(today) ? "dashboard.milestone.late" : "dashboard.milestone.due",
                                m.dueOn()))
                        .toList(),
                "my-proposals");
    }

    HomeBlock ballotsToVote() {
        BallotItems found = ballots.awaitingMyVote(settings.top());
        return ballotBlock("dashboard.board.ballots", found, "voting/awaiting");
    }

    HomeBlock openQuestions() {
        ProposalItems found = proposals.myOpenQuestions(settings.top());
        return new HomeBlock(
                "dashboard.board.questions",
                HomeTopic.PROPOSALS,
                found.count(),
                found.top().stream()
                        .map(p -> new HomeBlock.Line(
                                title(p.title()), proposal(p.id()), "dashboard.question.open", p.detail(), p.since()))
                        .toList(),
                null);
    }

    HomeBlock triage() {
        ProposalItems found = proposals.triageQueue(settings.top());
        return new HomeBlock(
                "dashboard.staff.triage",
                HomeTopic.PROPOSALS,
                found.count(),
                found.top().stream()
                        .map(p -> new HomeBlock.Line(
                                title(p.title()),
                                proposal(p.id()),
                                "dashboard.triage.age",
                                new HomeBlock.Key(p.state().messageKey()),
                                ageInDays(p.since())))
                        .toList(),
                "triage");
    }

    HomeBlock reported() {
        return new HomeBlock(
                "dashboard.staff.reports", HomeTopic.MODERATION, reports.waitingCount(), List.of(), "moderation");
    }

    HomeBlock ballotsShortOfQuorum() {
        BallotItems found = ballots.closingWithoutQuorum(Duration.ofHours(48), settings.top());
        return ballotBlock("dashboard.staff.ballots", found, "voting/ballots");
    }

    HomeBlock sessionsThisWeek() {
        return sessionBlock("dashboard.staff.sessions", sessions.coming(Duration.ofDays(7), settings.top()));
    }

    HomeBlock nextSessions() {
        return sessionBlock(
                "dashboard.sessions", sessions.coming(Duration.ofDays(settings.sessionDays()), settings.top()));
    }

    HomeBlock callsClosing(Locale locale) {
        LocalDate limit = today().plusDays(settings.callDays());
        List<CallSummary> closing = calls.visibleCalls().stream()
                .filter(call -> call.state() == CallState.OPEN
                        && !call.closesOn().isBefore(today())
                        && !call.closesOn().isAfter(limit))
                .sorted(Comparator.comparing(CallSummary::closesOn))
                .toList();
        return callBlock("dashboard.staff.calls", closing, locale);
    }

    HomeBlock unreadable() {
        UnreadableDocuments.Found found = documents.latest(settings.top());
        return new HomeBlock(
                "dashboard.staff.documents",
                HomeTopic.DOCUMENTS,
                found.count(),
                found.top().stream()
                        .map(d -> new HomeBlock.Line(
                                d.name(),
                                "documents/" + d.id(),
                                "dashboard.document.failed",
                                new HomeBlock.Key(
                                        d.failureKey() == null ? "dashboard.document.unknown" : d.failureKey())))
                        .toList(),
                null);
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

    private HomeBlock ballotBlock(String key, BallotItems found, String more) {
        return new HomeBlock(
                key,
                HomeTopic.BALLOTS,
                found.count(),
                found.top().stream()
                        .map(b -> new HomeBlock.Line(
                                title(b.proposalTitle()),
                                "proposals/" + b.proposalId(),
                                "dashboard.ballot.progress",
                                b.closesAt(),
                                b.voted(),
                                b.eligible(),
                                b.quorumPercent(),
                                b.votesToQuorum()))
                        .toList(),
                more);
    }

    private HomeBlock sessionBlock(String key, SessionItems found) {
        return new HomeBlock(
                key,
                HomeTopic.SESSIONS,
                found.count(),
                found.top().stream()
                        .map(s -> new HomeBlock.Line(
                                s.title(),
                                "sessions/" + s.id(),
                                s.myStatus() == null ? "dashboard.session.seats" : "dashboard.session.mine",
                                s.startsAt(),
                                s.registered(),
                                s.capacity(),
                                new HomeBlock.Key(
                                        s.myStatus() == null
                                                ? "dashboard.session.none"
                                                : s.myStatus().messageKey())))
                        .toList(),
                "sessions");
    }

    private HomeBlock callBlock(String key, List<CallSummary> found, Locale locale) {
        LocalDate today = today();
        return new HomeBlock(
                key,
                HomeTopic.CALLS,
                found.size(),
                found.stream()
                        .limit(settings.top())
                        .map(c -> new HomeBlock.Line(
                                c.title(locale).text(),
                                "calls/" + c.id(),
                                "dashboard.call.days-left",
                                ChronoUnit.DAYS.between(today, c.closesOn()),
                                c.closesOn()))
                        .toList(),
                "calls");
    }

    private long ageInDays(java.time.Instant since) {
        return since == null
                ? 0
                : Math.max(0, Duration.between(since, clock.instant()).toDays());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeZones.OFFICE));
    }

    private static String title(String title) {
        return title == null || title.isBlank() ? "—" : title;
    }

    private static String editor(long id) {
        return "proposals/" + id + "/edit";
    }

    private static String proposal(long id) {
        return "proposals/" + id;
    }
}
