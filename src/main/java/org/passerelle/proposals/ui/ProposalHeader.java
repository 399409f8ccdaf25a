package org.passerelle.proposals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.passerelle.base.Formats;
import org.passerelle.proposals.ProposalContent;
import org.passerelle.proposals.ProposalView;

/**
 * What a reader needs before anything else: the title, where the proposal stands (3E stage and state, in words),
 * who brings it to which call, and its country, sectors, budget, dates and submission day, formatted for the
 * reader's language. The summary follows as the lead; the latest reason given, when there is one.
 */
final class ProposalHeader extends Header {

    /** The title; the shell's top bar carries the page's one h1 (the same text, cut to two lines on phones). */
    final H2 title = new H2();

    /**
     * The facts, terms and values, as the list's own HTML (escaped here): one state node for the whole list rather
     * than two per term and two per value for as long as the page is open (README, "Memory per open screen").
     */
    final DescriptionList facts = new DescriptionList();

    private final StringBuilder factsHtml = new StringBuilder();

    /**
     * @param association the association's name
     * @param callTitle the call's title in the reader's language (or the other one), {@code null} when the reader
     *     may not see the call
     */
    ProposalHeader(ProposalView proposal, String association, String callTitle) {
        addClassName("proposal-header");
        Locale locale = getLocale();
        ProposalContent content = proposal.content();
        title.setText(titleOf(proposal, this));
        add(title, new StageIndicator(proposal.state()));
        if (content.summary() != null && !content.summary().isBlank()) {
            Paragraph lead = new Paragraph(content.summary());
            lead.addClassName("proposal-lead");
            add(lead);
        }
        facts.addClassName("proposal-facts");
        fact("proposals.summary.association", association);
        if (callTitle != null) {
            factHtml(
                    "proposals.field.call",
                    "<a href=\"calls/" + proposal.callId() + "\">" + Entities.escape(callTitle) + "</a>");
        }
        fact("proposals.section.COUNTRY_REGION", ProposalFormat.place(content.country(), content.region(), locale));
        fact("proposals.section.SECTORS", ProposalFormat.sectors(content.sectors(), this::getTranslation, locale));
        if (content.budgetAmount() != null) {
            fact("proposals.section.BUDGET", Formats.money(content.budgetAmount(), content.currency(), locale));
        }
        fact("proposals.section.TIMELINE", ProposalFormat.period(content.startDate(), content.endDate(), locale));
        if (proposal.submittedAt() != null) {
            fact("proposals.summary.submitted", Formats.date(proposal.submittedAt(), locale));
        }
        facts.getElement().setProperty("innerHTML", factsHtml.toString());
        add(facts);
        if (proposal.lastReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("proposals.last-reason", proposal.lastReason()));
            reason.addClassName("passerelle-card");
            add(reason);
        }
    }

    static String titleOf(ProposalView proposal, Component reader) {
        String title = proposal.content().title();
        return title == null || title.isBlank() ? reader.getTranslation("proposals.untitled") : title;
    }

    private void fact(String termKey, String value) {
        if (value != null && !value.isBlank()) {
            factHtml(termKey, Entities.escape(value));
        }
    }

    private void factHtml(String termKey, String valueHtml) {
        factsHtml
                .append("<dt>")
                .append(Entities.escape(getTranslation(termKey)))
                .append("</dt><dd>")
                .append(valueHtml)
                .append("</dd>");
    }
}
