package org.passerelle.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.passerelle.calls.CallSummary;
import org.passerelle.sessions.SessionItems;
import org.passerelle.voting.BallotItems;

/** How blocks of a kind (ballots, sessions, calls) and their lines are written, for every role's blocks. */
final class BlockLines {

    private BlockLines() {}

    static HomeBlock ballotBlock(String key, BallotItems found, String more) {
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

    static HomeBlock sessionBlock(String key, SessionItems found) {
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

    static HomeBlock callBlock(String key, List<CallSummary> found, Locale locale, LocalDate today, int top) {
        return new HomeBlock(
                key,
                HomeTopic.CALLS,
                found.size(),
                found.stream()
                        .limit(top)
                        .map(c -> new HomeBlock.Line(
                                c.title(locale).text(),
                                "calls/" + c.id(),
                                "dashboard.call.days-left",
                                ChronoUnit.DAYS.between(today, c.closesOn()),
                                c.closesOn()))
                        .toList(),
                "calls");
    }

    static String title(String title) {
        return title == null || title.isBlank() ? "—" : title;
    }

    static String editor(long id) {
        return "proposals/" + id + "/edit";
    }

    static String proposal(long id) {
        return "proposals/" + id;
    }
}
