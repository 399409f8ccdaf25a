package org.passerelle.proposals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.base.Formats;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.proposals.ProposalPublications;
import org.passerelle.proposals.Publication;

/**
 * Whether the proposal is on the public outcomes page, who agreed and when; for its co-authors the public summary
 * in English and French and the buttons to agree (or save a changed summary) and to withdraw.
 */
final class PublicationPanel extends Div {

    final Paragraph status = new Paragraph();
    final TextArea summaryEn = new TextArea();
    final TextArea summaryFr = new TextArea();
    final Button agree = new Button();
    final Button withdraw = new Button();
    private final ProposalPublications publications;
    private final AccountService accounts;
    private final long proposalId;

    PublicationPanel(ProposalPublications publications, AccountService accounts, long proposalId) {
        this.publications = publications;
        this.accounts = accounts;
        this.proposalId = proposalId;
        addClassNames("passerelle-card", "proposal-publication");
        summaryEn.setLabel(getTranslation("proposals.publication.summary-en"));
        summaryFr.setLabel(getTranslation("proposals.publication.summary-fr"));
        for (TextArea summary : new TextArea[] {summaryEn, summaryFr}) {
            summary.setMaxLength(ProposalPublications.SUMMARY_MAX);
            summary.setHelperText(
                    getTranslation("proposals.publication.summary-hint", ProposalPublications.SUMMARY_MAX));
            summary.setWidthFull();
        }
        summaryEn.getElement().setAttribute("lang", "en");
        summaryFr.getElement().setAttribute("lang", "fr");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        agree.addClickListener(
                click -> act(() -> publications.agree(proposalId, summaryEn.getValue(), summaryFr.getValue())));
        withdraw.setText(getTranslation("proposals.publication.withdraw"));
        withdraw.addClickListener(click -> act(() -> publications.withdraw(proposalId)));
        show(publications.of(proposalId));
    }

    private void show(Publication publication) {
        removeAll();
        add(new H3(getTranslation("proposals.publication.title")), status);
        status.setText(statusText(publication));
        if (!publication.mayChange()) {
            return;
        }
        add(new Paragraph(getTranslation("proposals.publication.what")));
        summaryEn.setValue(publication.summaryEn() == null ? "" : publication.summaryEn());
        summaryFr.setValue(publication.summaryFr() == null ? "" : publication.summaryFr());
        agree.setText(
                getTranslation(publication.published() ? "proposals.publication.save" : "proposals.publication.agree"));
        HorizontalLayout buttons = new HorizontalLayout(agree);
        buttons.getStyle().set("flex-wrap", "wrap");
        if (publication.published()) {
            buttons.add(withdraw);
        }
        add(summaryEn, summaryFr, buttons, new Anchor("outcomes", getTranslation("proposals.publication.see-page")));
    }

    private String statusText(Publication publication) {
        if (publication.published()) {
            return getTranslation(
                    "proposals.publication.published",
                    name(publication.agreedBy()),
                    Formats.date(publication.agreedAt(), getLocale()));
        }
        if (publication.withdrawnBy() != null) {
            return getTranslation(
                    "proposals.publication.withdrawn",
                    name(publication.withdrawnBy()),
                    Formats.date(publication.withdrawnAt(), getLocale()));
        }
        return getTranslation("proposals.publication.not-published");
    }

    private String name(Long accountId) {
        if (accountId == null) {
            return getTranslation("proposals.publication.someone");
        }
        PersonRef person = accounts.people(java.util.List.of(accountId)).get(accountId);
        return person == null ? getTranslation("proposals.publication.someone") : person.displayName();
    }

    private void act(java.util.function.Supplier<Publication> action) {
        Feedback.clear(Map.of("summaryEn", summaryEn, "summaryFr", summaryFr));
        try {
            Publication publication = action.get();
            Feedback.success(getTranslation(
                    publication.published() ? "proposals.publication.done" : "proposals.publication.done-withdrawn"));
            show(publication);
        } catch (UserFacingException refusal) {
            Feedback.show(refusal, Map.<String, HasValidation>of("summaryEn", summaryEn, "summaryFr", summaryFr));
        }
    }
}
