package org.passerelle.outcomes.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.base.Countries;
import org.passerelle.base.ui.OtherLanguage;
import org.passerelle.proposals.PublicOutcome;

/**
 * One published project: its title as a heading, then country, sectors, stage and year in words, then its summary
 * (in the other language, marked as such and with its own {@code lang}, when the reader's is missing).
 */
final class OutcomeCard extends Article {

    final H2 title;
    final Paragraph facts = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Span fallback = new Span();

    OutcomeCard(PublicOutcome outcome) {
        addClassNames("passerelle-card", "outcome-card");
        title = new H2(outcome.title());
        title.addClassName("outcome-title");
        facts.addClassName("passerelle-card-meta");
        facts.setText(facts(outcome));
        summary.setText(outcome.summary().text());
        OtherLanguage.mark(summary, outcome.summary());
        add(title, facts);
        if (outcome.summary().fallback()) {
            fallback.setText(
                    "en".equals(outcome.summary().language())
                            ? getTranslation("outcomes.summary.in-en")
                            : getTranslation("outcomes.summary.in-fr"));
            fallback.addClassName("outcome-fallback");
            add(fallback);
        }
        add(summary);
    }

    private String facts(PublicOutcome outcome) {
        List<String> parts = new ArrayList<>();
        if (outcome.country() != null) {
            parts.add(Countries.name(outcome.country(), getLocale()));
        }
        if (!outcome.sectors().isEmpty()) {
            parts.add(outcome.sectors().stream()
                    .map(sector -> getTranslation(sector.messageKey()))
                    .collect(Collectors.joining(", ")));
        }
        parts.add(getTranslation(
                "outcomes.stage",
                getTranslation(outcome.stage().messageKey()),
                getTranslation(outcome.state().messageKey())));
        parts.add(getTranslation("outcomes.year", String.valueOf(outcome.year())));
        return String.join(" · ", parts);
    }
}
