package org.passerelle.proposals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.passerelle.associations.AssociationRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;
import org.passerelle.proposals.Ineligibility;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;

/** Starts a draft: for which call, on behalf of which of the person's associations, with a working title. */
final class NewProposalDialog extends Dialog {

    final ComboBox<CallSummary> call = new ComboBox<>();
    final ComboBox<AssociationRef> association = new ComboBox<>();
    final TextField title = new TextField();
    final Button start = new Button();
    /** Why the chosen association may not answer the chosen call, with what to do; hidden when it may. */
    final Paragraph eligibility = new Paragraph();

    private final ProposalService proposals;

    NewProposalDialog(
            ProposalService proposals,
            List<CallSummary> calls,
            List<AssociationRef> associations,
            Consumer<ProposalView> onCreated) {
        this.proposals = proposals;
        setHeaderTitle(getTranslation("proposals.create"));
        call.setLabel(getTranslation("proposals.field.call"));
        call.setItems(calls.stream()
                .filter(c -> c.state() != CallState.DECIDED && c.state() != CallState.DRAFT)
                .toList());
        call.setItemLabelGenerator(c -> c.title(getLocale()).text());
        association.setLabel(getTranslation("proposals.field.association"));
        association.setItems(associations);
        association.setItemLabelGenerator(AssociationRef::name);
        if (associations.size() == 1) {
            association.setValue(associations.getFirst());
        }
        title.setLabel(getTranslation("proposals.section.TITLE"));
        title.setMaxLength(200);
        eligibility.getElement().setAttribute("role", "alert");
        eligibility.setVisible(false);
        call.addValueChangeListener(change -> showEligibility());
        association.addValueChangeListener(change -> showEligibility());
        add(new FormLayout(call, association, title), eligibility);
        start.setText(getTranslation("proposals.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            call.setInvalid(call.isEmpty());
            association.setInvalid(association.isEmpty());
            call.setErrorMessage(getTranslation("proposals.error.call-required"));
            association.setErrorMessage(getTranslation("proposals.error.association-required"));
            if (call.isEmpty() || association.isEmpty()) {
                return;
            }
            try {
                ProposalView created = proposals.createDraft(
                        call.getValue().id(), association.getValue().id(), title.getValue());
                close();
                onCreated.accept(created);
            } catch (UserFacingException refusal) {
                Feedback.show(refusal, Map.<String, HasValidation>of("TITLE", title));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), start);
    }

    /** Says at once, when the call and the association are chosen, whether this association may answer it. */
    private void showEligibility() {
        List<Ineligibility> reasons = call.isEmpty() || association.isEmpty()
                ? List.of()
                : proposals.eligibilityToStart(
                        call.getValue().id(), association.getValue().id());
        eligibility.setText(reasons.stream()
                .map(reason ->
                        getTranslation(reason.messageKey(), reason.arguments().toArray()))
                .collect(Collectors.joining(" ")));
        eligibility.setVisible(!reasons.isEmpty());
        start.setEnabled(reasons.isEmpty());
    }

    /** Chooses this call, when the person came from its page ("Submit a proposal") and it accepts drafts. */
    NewProposalDialog forCall(long callId) {
        call.getListDataView()
                .getItems()
                .filter(c -> c.id() == callId)
                .findFirst()
                .ifPresent(call::setValue);
        return this;
    }
}
