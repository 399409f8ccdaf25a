package org.passerelle.sessions.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.passerelle.sessions.RegistrationStatus;
import org.passerelle.sessions.SessionState;
import org.passerelle.sessions.SessionSummary;

/** The seats left and the waiting list, where the reader stands, or why the session was cancelled. */
final class SeatsLine extends Paragraph {

    void show(SessionSummary current) {
        String seatText =
                getTranslation("sessions.seats", current.seatsLeft(), current.capacity(), current.waitingCount());
        if (current.myStatus() == RegistrationStatus.REGISTERED) {
            seatText += " " + getTranslation("sessions.you-registered");
        } else if (current.myStatus() == RegistrationStatus.WAITING) {
            seatText += " " + getTranslation("sessions.you-waiting", current.myWaitingPosition());
        }
        if (current.state() == SessionState.CANCELLED && current.cancelReason() != null) {
            seatText = getTranslation("sessions.cancelled-because", current.cancelReason());
        }
        setText(seatText);
    }
}
