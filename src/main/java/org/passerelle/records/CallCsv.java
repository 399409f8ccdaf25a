package org.passerelle.records;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.passerelle.base.Csv;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallSummary;
import org.passerelle.voting.BallotKind;
import org.passerelle.voting.BallotResults;
import org.passerelle.voting.BallotView;

/**
 * A call's decisions as CSV for spreadsheets (UTF-8 with a byte order mark, see {@link Csv}): the call in a few
 * "field,value" lines, a blank line, then one row per proposal. Values are machine-readable (states and
 * decisions as codes, ISO dates in the office's time zone); a proposal without a recorded decision says "no
 * decision yet", one whose results the reader may not see leaves the figures empty.
 */
final class CallCsv {

    static final String NO_DECISION_YET = "no decision yet";
    static final List<String> HEADER = List.of(
            "proposal_id",
            "title",
            "association",
            "state",
            "stage",
            "ballot_kind",
            "ballot_state",
            "eligible",
            "voters",
            "participation_percent",
            "quorum_percent",
            "quorum_met",
            "threshold",
            "yes",
            "no",
            "abstain",
            "criteria_averages",
            "weighted_total",
            "outcome",
            "decision",
            "decision_reason",
            "decided_at");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(TimeZones.OFFICE);

    private CallCsv() {}

    static byte[] write(CallRecord record) {
        CallSummary call = record.call();
        Csv csv = Csv.withBom()
                .row("call_id", String.valueOf(call.id()))
                .row("title_en", call.form().titleEn())
                .row("title_fr", call.form().titleFr())
                .row("opens_on", String.valueOf(call.opensOn()))
                .row("closes_on", String.valueOf(call.closesOn()))
                .row("state", call.state().name())
                .row(
                        "criteria",
                        call.criteria().stream()
                                .map(c -> (c.nameEn() != null ? c.nameEn() : c.nameFr()) + " " + c.weight() + "%")
                                .collect(Collectors.joining("; ")))
                .blankLine()
                .row(HEADER);
        record.proposals().forEach(p -> csv.row(row(p)));
        return csv.utf8();
    }

    private static List<String> row(ProposalDecision p) {
        BallotView ballot = p.ballot();
        BallotResults r = p.results();
        boolean decision = r != null && r.kind() == BallotKind.DECISION;
        boolean scoring = r != null && !decision;
        List<String> row = new ArrayList<>(List.of(
                String.valueOf(p.proposalId()),
                p.title(),
                p.association(),
                p.state().name(),
                p.stage().name()));
        row.add(ballot == null ? "" : ballot.kind().name());
        row.add(ballot == null ? "" : ballot.state().name());
        row.add(r == null ? "" : String.valueOf(r.eligibleCount()));
        row.add(r == null ? "" : String.valueOf(r.voterCount()));
        row.add(r == null ? "" : String.format(Locale.ROOT, "%.1f", r.participationPercent()));
        row.add(r == null ? "" : String.valueOf(r.quorumPercent()));
        row.add(r == null ? "" : String.valueOf(r.quorumMet()));
        row.add(decision ? r.threshold().name() : "");
        row.add(decision ? String.valueOf(r.yes()) : "");
        row.add(decision ? String.valueOf(r.no()) : "");
        row.add(decision ? String.valueOf(r.abstain()) : "");
        row.add(
                scoring
                        ? r.criteria().stream()
                                .map(c -> String.format(Locale.ROOT, "%.2f", c.average()))
                                .collect(Collectors.joining(" "))
                        : "");
        row.add(scoring && r.weightedTotal() != null ? String.format(Locale.ROOT, "%.2f", r.weightedTotal()) : "");
        row.add(r == null ? "" : r.outcome().name());
        row.add(p.decided() ? ballot.decision().name() : NO_DECISION_YET);
        row.add(p.decided() ? p.decisionReason() : "");
        row.add(p.decided() && p.decidedAt() != null ? ISO.format(p.decidedAt()) : "");
        return row;
    }
}
