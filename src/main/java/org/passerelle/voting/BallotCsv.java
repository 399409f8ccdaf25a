package org.passerelle.voting;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.passerelle.base.TimeZones;
import org.passerelle.voting.BallotResults.CriterionResult;
import org.passerelle.voting.BallotResults.NamedVote;
import org.passerelle.voting.domain.Ballot;

/**
 * The results as CSV: one "field,value" line per figure, then the criteria, the reasons for "no" and, in a
 * ballot that is not secret only, who chose what. Cells that a spreadsheet would run as a formula are
 * quoted with a leading apostrophe.
 */
final class BallotCsv {

    private static final DateTimeFormatter OFFICE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(TimeZones.OFFICE);

    private BallotCsv() {}

    static String write(Ballot ballot, String proposalTitle, BallotResults r) {
        StringBuilder csv = new StringBuilder();
        line(csv, "ballot", String.valueOf(ballot.getId()));
        line(csv, "proposal", proposalTitle);
        line(csv, "kind", ballot.getKind().name());
        line(csv, "secret", String.valueOf(ballot.isSecret()));
        line(csv, "opens_at", OFFICE_TIME.format(ballot.getOpensAt()));
        line(csv, "closes_at", OFFICE_TIME.format(ballot.getClosesAt()));
        line(csv, "final", String.valueOf(r.closed()));
        line(csv, "electorate", String.valueOf(r.electorateCount()));
        line(csv, "recused", String.valueOf(r.recusedCount()));
        line(csv, "eligible", String.valueOf(r.eligibleCount()));
        line(csv, "voters", String.valueOf(r.voterCount()));
        line(csv, "participation_percent", String.format(Locale.ROOT, "%.1f", r.participationPercent()));
        line(csv, "quorum_percent", String.valueOf(r.quorumPercent()));
        line(csv, "quorum_met", String.valueOf(r.quorumMet()));
        if (r.kind() == BallotKind.DECISION) {
            line(csv, "threshold", r.threshold().name());
            line(csv, "yes", String.valueOf(r.yes()));
            line(csv, "no", String.valueOf(r.no()));
            line(csv, "abstain", String.valueOf(r.abstain()));
        } else {
            csv.append("criterion,weight,scores,average\r\n");
            for (CriterionResult c : r.criteria()) {
                row(
                        csv,
                        name(c),
                        String.valueOf(c.criterion().weight()),
                        String.valueOf(c.scoreCount()),
                        number(c.average()));
            }
            line(csv, "weighted_total", r.weightedTotal() == null ? "" : number(r.weightedTotal()));
        }
        line(csv, "outcome", r.outcome().name());
        if (ballot.getDecision() != null) {
            line(csv, "decision", ballot.getDecision().name());
            line(csv, "decision_reason", ballot.getDecisionReason());
        }
        for (String reason : r.noReasons()) {
            line(csv, "reason_for_no", reason);
        }
        if (!ballot.isSecret() && !r.votes().isEmpty()) {
            csv.append("voter,choice,scores,reason\r\n");
            for (NamedVote vote : r.votes()) {
                row(
                        csv,
                        vote.voterName(),
                        vote.choice() == null ? "" : vote.choice().name(),
                        vote.scores().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                        vote.reason() == null ? "" : vote.reason());
            }
        }
        return csv.toString();
    }

    private static String name(CriterionResult c) {
        return c.criterion().nameEn() != null
                ? c.criterion().nameEn()
                : c.criterion().nameFr();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static void line(StringBuilder csv, String field, String value) {
        row(csv, field, value);
    }

    private static void row(StringBuilder csv, String... cells) {
        csv.append(List.of(cells).stream().map(BallotCsv::cell).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    static String cell(String raw) {
        String text = raw == null ? "" : raw;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
