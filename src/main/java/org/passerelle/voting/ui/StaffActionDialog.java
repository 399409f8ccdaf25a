package org.passerelle.voting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.voting.BallotResults;

/**
 * Close early, extend (with a new closing time) or record the decision (with its action): always with a reason.
 * The decision starts from the vote's outcome and, being final, is asked twice: the second step says what it does.
 */
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
    final Paragraph outcome = new Paragraph();
    final Paragraph consequence = new Paragraph();
    final Button confirm = new Button();
    final Button back = new Button();
    private boolean confirming;

    /** @param results the ballot's results, for the decision to start from (null when not to be shown) */
    StaffActionDialog(Kind kind, java.time.Instant currentClosing, BallotResults results, Consumer<Answer> action) {
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
            if (results != null) {
                outcome.setText(DecisionWords.outcome(this, results, getLocale()));
                decision.setValue(DecisionWords.suggested(results.outcome()));
                add(outcome);
            }
            add(decision);
        }
        reason.setLabel(getTranslation("voting.staff.reason"));
        reason.setMaxLength(kind == Kind.DECIDE ? 4000 : 1000);
        reason.setWidthFull();
        consequence.setVisible(false);
        add(reason, consequence);
        confirm.setText(title);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields = Map.of("reason", reason, "closesAt", closesAt, "decision", decision);
        confirm.addClickListener(click -> {
            if (kind == Kind.DECIDE && !confirming && decision.getValue() != null) {
                confirmStep(true);
                return;
            }
            Feedback.clear(fields);
            try {
                action.accept(
                        new Answer(reason.getValue(), VotingFormat.instant(closesAt.getValue()), decision.getValue()));
                close();
            } catch (UserFacingException refusal) {
                confirmStep(false);
                Feedback.show(refusal, fields);
            }
        });
        back.setText(getTranslation("action.cancel"));
        back.addClickListener(click -> {
            if (confirming) {
                confirmStep(false);
            } else {
                close();
            }
        });
        getFooter().add(back, confirm);
    }

    /** The decision's second step shows only what it will do; "Back" returns to the choice. */
    private void confirmStep(boolean on) {
        confirming = on;
        if (on) {
            consequence.setText(DecisionWords.consequence(this, decision.getValue()));
        }
        consequence.setVisible(on);
        outcome.setVisible(!on);
        decision.setVisible(!on);
        reason.setVisible(!on);
        back.setText(getTranslation(on ? "voting.decide.back" : "action.cancel"));
    }
}
