package org.passerelle.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;
import org.passerelle.discussions.ReportService;
import org.passerelle.documents.UnreadableDocuments;
import org.passerelle.proposals.ProposalDashboards;
import org.passerelle.proposals.ProposalItems;
import org.passerelle.sessions.SessionDashboards;
import org.passerelle.voting.BallotDashboards;
import org.passerelle.voting.BallotItems;
import org.springframework.stereotype.Component;

/**
 * The staff's blocks: the triage queue, reports to moderate, ballots closing without quorum, this week's
 * sessions, calls closing soon and unreadable documents. Asked by {@link HomeBlocks}, within its transaction.
 */
@Component
class StaffBlocks {

    private final ProposalDashboards proposals;
    private final BallotDashboards ballots;
    private final SessionDashboards sessions;
    private final CallService calls;
    private final ReportService reports;
    private final UnreadableDocuments documents;
    private final DashboardProperties settings;
    private final Clock clock;

    StaffBlocks(
            ProposalDashboards proposals,
            BallotDashboards ballots,
            SessionDashboards sessions,
            CallService calls,
            ReportService reports,
            UnreadableDocuments documents,
            DashboardProperties settings,
            Clock clock) {
        this.proposals = proposals;
        this.ballots = ballots;
        this.sessions = sessions;
        this.calls = calls;
        this.reports = reports;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    List<HomeBlock> all(Locale locale) {
        return List.of(
                triage(), reported(), ballotsShortOfQuorum(), sessionsThisWeek(), callsClosing(locale), unreadable());
    }

    private HomeBlock triage() {
        ProposalItems found = proposals.triageQueue(settings.top());
        return new HomeBlock(
                "dashboard.staff.triage",
                HomeTopic.PROPOSALS,
                found.count(),
                found.top().stream()
                        .map(p -> new HomeBlock.Line(
                                BlockLines.title(p.title()),
                                BlockLines.proposal(p.id()),
                                "dashboard.triage.age",
                                new HomeBlock.Key(p.state().messageKey()),
                                ageInDays(p.since())))
                        .toList(),
                "triage");
    }

    private HomeBlock reported() {
        return new HomeBlock(
                "dashboard.staff.reports", HomeTopic.MODERATION, reports.waitingCount(), List.of(), "moderation");
    }

    private HomeBlock ballotsShortOfQuorum() {
        BallotItems found = ballots.closingWithoutQuorum(Duration.ofHours(48), settings.top());
        return BlockLines.ballotBlock("dashboard.staff.ballots", found, "voting/ballots");
    }

    private HomeBlock sessionsThisWeek() {
        return BlockLines.sessionBlock("dashboard.staff.sessions", sessions.coming(Duration.ofDays(7), settings.top()));
    }

    private HomeBlock callsClosing(Locale locale) {
        LocalDate limit = today().plusDays(settings.callDays());
        List<CallSummary> closing = calls.visibleCalls().stream()
                .filter(call -> call.state() == CallState.OPEN
                        && !call.closesOn().isBefore(today())
                        && !call.closesOn().isAfter(limit))
                .sorted(Comparator.comparing(CallSummary::closesOn))
                .toList();
        return BlockLines.callBlock("dashboard.staff.calls", closing, locale, today(), settings.top());
    }

    private HomeBlock unreadable() {
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

    private long ageInDays(java.time.Instant since) {
        return since == null
                ? 0
                : Math.max(0, Duration.between(since, clock.instant()).toDays());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeZones.OFFICE));
    }
}
