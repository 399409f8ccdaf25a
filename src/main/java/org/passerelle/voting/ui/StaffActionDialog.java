package org.passerelle.voting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.proposals.ProposalAction;

/** Close early, extend (with a new closing time) or record the decision (with its action): always with a reason. */
final class StaffActionDialog extends Dialog {

    /** What the dialog asks for besides the reason. */
    enum Kind {
        CLOSE,
        EXTEND,
        DECIDE
    }

    /** What staff entered. */
    record Answer(String reason, java.time.Instant closesAt, ProposalAction decision) {}

    final TextArea reason = new TextArea();
    final DateTimePicker closesAt = ComponentTexts.translated(new DateTimePicker());
    final RadioButtonGroup<ProposalAction> decision = new RadioButtonGroup<>();
    final Button confirm = new Button();

    StaffActionDialog(Kind kind, java.time.Instant currentClosing, Consumer<Answer> action) {
        String title = getTranslation(
                switch (kind) {
                    case CLOSE -> "voting.staff.close";
                    case EXTEND -> "voting.staff.extend";
                    case DECIDE -> "voting.staff.decide";
                });
        setHeaderTitle(title);
        if (kind == Kind.EXTEND) {
            closesAt.setLabel(getTranslation("voting.open.closes-at"));
            closesAt.setHelperText(getTranslation("voting.open.brussels"));
            closesAt.setValue(VotingFormat.brussels(currentClosing).plusDays(2));
            add(closesAt);
        }
        if (kind == Kind.DECIDE) {
            decision.setLabel(getTranslation("voting.staff.decision"));
            decision.setItems(ProposalAction.ACCEPT, ProposalAction.DECLINE, ProposalAction.REQUEST_REVISION);
            decision.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
            add(decision);
        }
        reason.setLabel(getTranslation("voting.staff.reason"));
        reason.setMaxLength(kind == Kind.DECIDE ? 4000 : 1000);
        reason.setWidthFull();
        add(reason);
        confirm.setText(title);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields = Map.of("reason", reason, "closesAt", closesAt, "decision", decision);
        confirm.addClickListener(click -> {
            Feedback.clear(fields);
            try {
                action.accept(
                        new Answer(reason.getValue(), VotingFormat.instant(closesAt.getValue()), decision.getValue()));
                close();
            } catch (UserFacingException refusal) {
                Feedback.show(refusal, fields);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
