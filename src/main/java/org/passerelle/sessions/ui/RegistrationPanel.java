package org.passerelle.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.passerelle.sessions.RegistrationNote;
import org.passerelle.sessions.SessionSummary;

/**
 * Registration on a session's page: the register (or waiting-list) button or one line saying why the reader
 * cannot register and what to do, as the service decided (see {@code SessionSummary.registrationNote}); an
 * invited author is told why they may.
 */
final class RegistrationPanel extends Div {

    final Paragraph invitation = new Paragraph();
    final Paragraph note = new Paragraph();
    final Button register = new Button();
    final Button unregister = new Button();
    /** The page's other actions (edit, cancel) sit in the same row. */
    final HorizontalLayout actions = new HorizontalLayout(register, unregister);

    RegistrationPanel(Runnable onRegister, Runnable onUnregister) {
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> onRegister.run());
        unregister.setText(getTranslation("sessions.unregister"));
        unregister.addClickListener(click -> onUnregister.run());
        actions.getStyle().set("flex-wrap", "wrap");
        add(invitation, note, actions);
    }

    void show(SessionSummary session) {
        boolean free = session.myStatus() == null;
        invitation.setVisible(session.invitedFor() != null && free);
        if (invitation.isVisible()) {
            invitation.setText(getTranslation("sessions.invited", session.invitedFor()));
        }
        RegistrationNote reason = session.registrationNote();
        // once registered, the seats line says where the reader stands; a cancellation's reason is said there too
        note.setVisible(
                reason != null && free && !(reason == RegistrationNote.CANCELLED && session.cancelReason() != null));
        if (note.isVisible()) {
            // only the full note takes an argument (a message formatted with none keeps its apostrophes single)
            note.setText(
                    reason == RegistrationNote.FULL
                            ? getTranslation(reason.messageKey(), session.registeredCount())
                            : getTranslation(reason.messageKey()));
        }
        register.setText(
                getTranslation(reason == RegistrationNote.FULL ? "sessions.join-waiting-list" : "sessions.register"));
        register.setVisible(session.mayRegister() && free);
        unregister.setVisible(session.mayRegister() && !free);
    }
}
