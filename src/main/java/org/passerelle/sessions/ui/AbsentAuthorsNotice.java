package org.passerelle.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.sessions.AgendaAuthors;
import org.passerelle.sessions.AgendaAuthors.Absent;
import org.passerelle.sessions.SessionSummary;

/**
 * For the facilitators of a session in a private space: the authors of a proposal on the agenda who cannot see
 * the session (only members know the space exists), each with a button to invite them to the space. Hidden when
 * there is none.
 */
final class AbsentAuthorsNotice extends Div {

    final UnorderedList people = new UnorderedList();
    private final AgendaAuthors authors;
    private long sessionId;

    AbsentAuthorsNotice(AgendaAuthors authors) {
        this.authors = authors;
        addClassName("passerelle-card");
        add(
                new H3(getTranslation("sessions.absent-authors.title")),
                new Paragraph(getTranslation("sessions.absent-authors.why")),
                people);
        setVisible(false);
    }

    void show(SessionSummary session) {
        sessionId = session.id();
        render(session.mayFacilitate() ? authors.absent(session.id()) : List.of());
    }

    private void render(List<Absent> absent) {
        people.removeAll();
        for (Absent author : absent) {
            ListItem line = new ListItem(
                    new Span(getTranslation("sessions.absent-authors.line", author.name(), author.proposalTitle())));
            if (author.invitationPending()) {
                line.add(new Span(" — " + getTranslation("sessions.absent-authors.pending")));
            } else {
                Button invite = new Button(getTranslation("sessions.absent-authors.invite"));
                invite.getElement()
                        .setAttribute(
                                "aria-label", getTranslation("sessions.absent-authors.invite-person", author.name()));
                invite.addClickListener(click -> invite(author));
                line.add(new Span(" "), invite);
            }
            people.add(line);
        }
        setVisible(!absent.isEmpty());
    }

    private void invite(Absent author) {
        try {
            authors.inviteToSpace(sessionId, author.accountId());
            Feedback.success(getTranslation("sessions.absent-authors.invited", author.name()));
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
        render(authors.absent(sessionId)); // the invitation now shows as pending
    }
}
