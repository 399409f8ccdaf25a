package org.passerelle.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.Set;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalLifecycle;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.Restoration;

/**
 * Before an author's step that changes who may do what with the proposal (submit, withdraw, restore): what will
 * happen, in plain words, with the confirm button named by its effect and the other one by what it keeps.
 */
final class StepConfirmDialog extends Dialog {

    /** The steps that are confirmed first. */
    static final Set<ProposalAction> CONFIRMED =
            EnumSet.of(ProposalAction.SUBMIT, ProposalAction.RESUBMIT, ProposalAction.WITHDRAW, ProposalAction.RESTORE);

    final Paragraph consequence = new Paragraph();
    final Paragraph undo = new Paragraph();
    final Button confirm = new Button();
    final Button keep = new Button();

    /**
     * @param state the proposal's state now
     * @param restoration for RESTORE, where it comes back to; {@code null} otherwise
     */
    StepConfirmDialog(ProposalAction action, ProposalState state, Restoration restoration, Runnable onConfirm) {
        setHeaderTitle(getTranslation(title(action)));
        setMaxWidth("36rem");
        add(consequence);
        switch (action) {
            case SUBMIT, RESUBMIT -> consequence.setText(getTranslation("proposals.confirm.submit.consequence"));
            case WITHDRAW -> {
                consequence.setText(getTranslation(
                        state == ProposalState.VOTING
                                ? "proposals.confirm.withdraw.voting"
                                : state == ProposalState.DRAFT
                                        ? "proposals.confirm.withdraw.draft"
                                        : "proposals.confirm.withdraw.review"));
                undo.setText(getTranslation(
                        state == ProposalState.VOTING
                                ? "proposals.confirm.withdraw.undo-voting"
                                : "proposals.confirm.withdraw.undo",
                        ProposalLifecycle.RESTORE_WINDOW.toDays()));
                add(undo);
            }
            case RESTORE -> {
                consequence.setText(getTranslation(
                        "proposals.confirm.restore.consequence",
                        getTranslation(restoration.target().messageKey())));
                if (restoration.withdrawnFrom() == ProposalState.VOTING) {
                    undo.setText(getTranslation("proposals.confirm.restore.from-voting"));
                    add(undo);
                }
            }
            default -> throw new IllegalArgumentException(action + " is not confirmed here");
        }
        confirm.setText(getTranslation(confirmLabel(action)));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (action == ProposalAction.WITHDRAW) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClickListener(click -> {
            close();
            onConfirm.run();
        });
        keep.setText(getTranslation(keepLabel(action)));
        keep.addClickListener(click -> close());
        getFooter().add(keep, confirm);
    }

    private static String title(ProposalAction action) {
        return switch (action) {
            case WITHDRAW -> "proposals.confirm.withdraw.title";
            case RESTORE -> "proposals.confirm.restore.title";
            default -> "proposals.confirm.submit.title";
        };
    }

    private static String confirmLabel(ProposalAction action) {
        return switch (action) {
            case WITHDRAW -> "proposals.confirm.withdraw.confirm";
            case RESTORE -> "proposals.confirm.restore.confirm";
            default -> "proposals.confirm.submit.confirm";
        };
    }

    private static String keepLabel(ProposalAction action) {
        return switch (action) {
            case WITHDRAW -> "proposals.confirm.withdraw.keep";
            case RESTORE -> "proposals.confirm.restore.keep";
            default -> "proposals.confirm.submit.keep";
        };
    }
}
