package org.passerelle.voting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.passerelle.voting.BallotKind;
import org.passerelle.voting.BallotResults;

/** Participation against the quorum, the counts or weighted scores, the outcome, and who chose what (open ballots). */
final class ResultsSummary extends Div {

    final Paragraph participation = new Paragraph();
    final Paragraph outcome = new Paragraph();
    final UnorderedList figures = new UnorderedList();

    ResultsSummary(BallotResults r) {
        addClassName("passerelle-card");
        Locale locale = getLocale();
        add(new H4(getTranslation(r.closed() ? "voting.results.final" : "voting.results.live")));
        participation.setText(getTranslation(
                "voting.results.participation",
                r.voterCount(),
                r.eligibleCount(),
                String.format(locale, "%.0f", r.participationPercent()),
                r.quorumPercent(),
                getTranslation(r.quorumMet() ? "voting.results.quorum-met" : "voting.results.quorum-not-met")));
        add(participation);
        if (r.kind() == BallotKind.DECISION) {
            figures.add(new ListItem(getTranslation("voting.choice.YES") + " : " + r.yes()));
            figures.add(new ListItem(getTranslation("voting.choice.NO") + " : " + r.no()));
            figures.add(new ListItem(getTranslation("voting.choice.ABSTAIN") + " : " + r.abstain()));
        } else {
            r.criteria()
                    .forEach(c -> figures.add(new ListItem(getTranslation(
                            "voting.results.criterion",
                            c.criterion().name(locale).text(),
                            c.criterion().weight(),
                            String.format(locale, "%.2f", c.average())))));
            if (r.weightedTotal() != null) {
                figures.add(new ListItem(
                        getTranslation("voting.results.weighted", String.format(locale, "%.2f", r.weightedTotal()))));
            }
        }
        add(figures);
        outcome.setText(getTranslation(
                "voting.results.outcome", getTranslation(r.outcome().messageKey())));
        add(outcome);
        if (!r.noReasons().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            r.noReasons().forEach(reason -> reasons.add(new ListItem(reason)));
            add(new Paragraph(getTranslation("voting.results.no-reasons")), reasons);
        }
        if (!r.votes().isEmpty()) {
            UnorderedList votes = new UnorderedList();
            r.votes()
                    .forEach(v -> votes.add(new ListItem(v.voterName() + " : "
                            + (v.choice() != null
                                    ? getTranslation(v.choice().messageKey())
                                    : v.scores().toString())
                            + (v.reason() == null ? "" : " — " + v.reason()))));
            add(new Paragraph(getTranslation("voting.results.votes")), votes);
        }
    }
}
