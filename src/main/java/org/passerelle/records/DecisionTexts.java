package org.passerelle.records;

import java.util.Locale;
import java.util.stream.Collectors;
import org.passerelle.base.Formats;
import org.passerelle.base.Translations;
import org.passerelle.calls.CallSummary;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalVersionInfo;
import org.passerelle.proposals.ReviewExchange;
import org.passerelle.proposals.SectionDiff;
import org.passerelle.voting.BallotKind;
import org.passerelle.voting.BallotResults;
import org.passerelle.voting.BallotView;

/**
 * The reports' content in the reader's language, written to a {@link ReportWriter}: the call's report (call,
 * dates, criteria, then each proposal's result) and a proposal's decision record. Labels come from the message
 * bundles; the call's title is given in both languages when it has both.
 */
final class DecisionTexts {

    private final Translations translations;
    private final Locale locale;

    DecisionTexts(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = Translations.supported(locale);
    }

    String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    void callReport(CallRecord record, java.time.Instant generatedAt, ReportWriter out) {
        CallSummary call = record.call();
        out.title(t("records.report.title", call.title(locale).text()));
        call(call, out);
        out.field(t("records.call.state"), t(call.state().messageKey()));
        out.heading(t("records.call.criteria"));
        if (call.criteria().isEmpty()) {
            out.paragraph(t("records.call.no-criteria"));
        }
        for (Criterion criterion : call.criteria()) {
            out.item(t("records.call.criterion", criterion.name(locale).text(), criterion.weight()));
        }
        out.heading(t("records.report.proposals", record.proposals().size()));
        if (record.proposals().isEmpty()) {
            out.paragraph(t("records.report.no-proposals"));
        }
        for (ProposalDecision decision : record.proposals()) {
            out.subheading(decision.title());
            proposal(decision, out);
            result(decision, out);
        }
        out.paragraph(t("records.report.generated", Formats.dateTime(generatedAt, locale)));
    }

    void proposalRecord(ProposalRecord record, ReportWriter out) {
        ProposalDecision decision = record.decision();
        out.title(t("records.record.title", decision.title()));
        call(record.call(), out);
        proposal(decision, out);
        out.heading(t("records.record.versions"));
        for (ProposalVersionInfo version : record.versions()) {
            out.item(t(
                    record.submittedVersions().contains(version.number())
                            ? "records.record.version-submitted"
                            : "records.record.version",
                    version.number(),
                    Formats.dateTime(version.createdAt(), locale)));
        }
        out.heading(t("records.record.compared"));
        if (record.comparedFrom() == null) {
            out.paragraph(t("records.record.compared.none"));
        } else {
            out.paragraph(t("records.record.compared.versions", record.comparedFrom(), record.comparedTo()));
            for (SectionDiff.SectionChange change : record.changes()) {
                out.subheading(t(change.section().messageKey()));
                out.paragraph(change.lines().stream().map(DecisionTexts::marked).collect(Collectors.joining("\n")));
            }
        }
        out.heading(t("records.record.questions"));
        if (record.exchange().isEmpty()) {
            out.paragraph(t("records.record.no-questions"));
        }
        for (ReviewExchange exchange : record.exchange()) {
            out.paragraph(t(
                    "records.record.question",
                    exchange.askedByName(),
                    Formats.dateTime(exchange.askedAt(), locale),
                    exchange.question()));
            out.paragraph(
                    exchange.answered()
                            ? t(
                                    "records.record.answer",
                                    exchange.answeredByName(),
                                    Formats.dateTime(exchange.answeredAt(), locale),
                                    exchange.answer())
                            : t("records.record.not-answered"));
        }
        out.heading(t("records.record.result"));
        result(decision, out);
        if (present(record.lastReason()) && !record.lastReason().equals(decision.decisionReason())) {
            out.field(t("records.record.last-reason"), record.lastReason());
        }
    }

    private void call(CallSummary call, ReportWriter out) {
        String en = call.form().titleEn();
        String fr = call.form().titleFr();
        if (present(en) && present(fr)) {
            out.field(t("records.call.title-en"), en);
            out.field(t("records.call.title-fr"), fr);
        } else {
            out.field(t("records.call.title"), call.title(locale).text());
        }
        out.field(t("records.call.dates"), Formats.dateRange(call.opensOn(), call.closesOn(), locale));
    }

    private void proposal(ProposalDecision decision, ReportWriter out) {
        out.field(t("records.proposal.association"), decision.association());
        out.field(
                t("records.proposal.state"),
                t(decision.state().messageKey()) + " — "
                        + t(decision.state().stage().messageKey()));
    }

    private void result(ProposalDecision decision, ReportWriter out) {
        BallotView ballot = decision.ballot();
        if (ballot == null) {
            out.field(t("records.ballot"), t("records.ballot.none"));
        } else {
            out.field(
                    t("records.ballot"),
                    t(ballot.kind().messageKey()) + " — " + t(ballot.state().messageKey()));
            BallotResults r = decision.results();
            if (r == null) {
                out.field(t("records.results"), t("records.results.hidden"));
            } else {
                results(r, out);
            }
        }
        if (decision.decided()) {
            out.field(
                    t("records.decision"),
                    t("records.decision." + ballot.decision().name()));
            out.field(t("records.decision.reason"), decision.decisionReason());
            out.field(t("records.decision.date"), Formats.date(decision.decidedAt(), locale));
        } else {
            out.field(t("records.decision"), t("records.decision.none"));
        }
    }

    private void results(BallotResults r, ReportWriter out) {
        out.field(
                t("records.participation"),
                t(
                        "records.participation.value",
                        r.voterCount(),
                        r.eligibleCount(),
                        Formats.number(Math.round(r.participationPercent() * 10) / 10.0, locale)));
        out.field(
                t("records.quorum"),
                t("records.quorum.value", r.quorumPercent(), t(r.quorumMet() ? "records.met" : "records.not-met")));
        if (r.kind() == BallotKind.DECISION) {
            out.field(t("records.threshold"), t(r.threshold().messageKey()));
            out.field(t("records.counts"), t("records.counts.value", r.yes(), r.no(), r.abstain()));
        } else {
            for (BallotResults.CriterionResult c : r.criteria()) {
                out.item(t(
                        "records.score",
                        c.criterion().name(locale).text(),
                        c.criterion().weight(),
                        Formats.number(Math.round(c.average() * 100) / 100.0, locale),
                        c.scoreCount()));
            }
            out.field(
                    t("records.weighted-total"),
                    r.weightedTotal() == null
                            ? "—"
                            : Formats.number(Math.round(r.weightedTotal() * 100) / 100.0, locale));
        }
        out.field(t("records.outcome"), t(r.outcome().messageKey()));
    }

    /** A compared line as text: insertions as [+…+], deletions as [-…-]. */
    private static String marked(java.util.List<SectionDiff.Segment> line) {
        return line.stream()
                .map(s -> switch (s.kind()) {
                    case INSERTED -> "[+" + s.text() + "+]";
                    case DELETED -> "[-" + s.text() + "-]";
                    case UNCHANGED -> s.text();
                })
                .collect(Collectors.joining());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
