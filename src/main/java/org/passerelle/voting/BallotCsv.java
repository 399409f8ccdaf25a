package org.passerelle.voting;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.passerelle.base.Csv;
import org.passerelle.base.TimeZones;
import org.passerelle.voting.BallotResults.CriterionResult;
import org.passerelle.voting.BallotResults.NamedVote;
import org.passerelle.voting.domain.Ballot;

/**
 * The results as CSV: one "field,value" line per figure, then the criteria, the reasons for "no" and, in a
 * ballot that is not secret only, who chose what, written by {@link Csv} (which neutralises formulas).
 */
final class BallotCsv {

    private static final DateTimeFormatter OFFICE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(TimeZones.OFFICE);

    private BallotCsv() {}

    static String write(Ballot ballot, String proposalTitle, BallotResults r) {
        Csv csv = Csv.plain();
        csv.row("ballot", String.valueOf(ballot.getId()));
        csv.row("proposal", proposalTitle);
        csv.row("kind", ballot.getKind().name());
        csv.row("secret", String.valueOf(ballot.isSecret()));
        csv.row("opens_at", OFFICE_TIME.format(ballot.getOpensAt()));
        csv.row("closes_at", OFFICE_TIME.format(ballot.getClosesAt()));
        csv.row("final", String.valueOf(r.closed()));
        csv.row("electorate", String.valueOf(r.electorateCount()));
        csv.row("recused", String.valueOf(r.recusedCount()));
        csv.row("eligible", String.valueOf(r.eligibleCount()));
        csv.row("voters", String.valueOf(r.voterCount()));
        csv.row("participation_percent", String.format(Locale.ROOT, "%.1f", r.participationPercent()));
        csv.row("quorum_percent", String.valueOf(r.quorumPercent()));
        csv.row("quorum_met", String.valueOf(r.quorumMet()));
        if (r.kind() == BallotKind.DECISION) {
            csv.row("threshold", r.threshold().name());
            csv.row("yes", String.valueOf(r.yes()));
            csv.row("no", String.valueOf(r.no()));
            csv.row("abstain", String.valueOf(r.abstain()));
        } else {
            csv.row("criterion", "weight", "scores", "average");
            for (CriterionResult c : r.criteria()) {
                csv.row(
                        name(c),
                        String.valueOf(c.criterion().weight()),
                        String.valueOf(c.scoreCount()),
                        number(c.average()));
            }
            csv.row("weighted_total", r.weightedTotal() == null ? "" : number(r.weightedTotal()));
        }
        csv.row("outcome", r.outcome().name());
        if (ballot.getDecision() != null) {
            csv.row("decision", ballot.getDecision().name());
            csv.row("decision_reason", ballot.getDecisionReason());
        }
        for (String reason : r.noReasons()) {
            csv.row("reason_for_no", reason);
        }
        if (!ballot.isSecret() && !r.votes().isEmpty()) {
            csv.row("voter", "choice", "scores", "reason");
            for (NamedVote vote : r.votes()) {
                csv.row(
                        vote.voterName(),
                        vote.choice() == null ? "" : vote.choice().name(),
                        vote.scores().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                        vote.reason() == null ? "" : vote.reason());
            }
        }
        return csv.text();
    }

    private static String name(CriterionResult c) {
        return c.criterion().nameEn() != null
                ? c.criterion().nameEn()
                : c.criterion().nameFr();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
