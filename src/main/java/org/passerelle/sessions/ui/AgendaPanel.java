package org.passerelle.sessions.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.sessions.AgendaLine;
import org.passerelle.sessions.SessionSummary;

/**
 * The agenda with the item under way marked, and the timer the facilitator started for it. The remaining
 * time is computed on the server and counted down in the browser between pushes.
 */
final class AgendaPanel extends Div {

    final OrderedList items = new OrderedList();
    final Paragraph status = new Paragraph();
    final Span timer = new Span();
    final List<ListItem> lines = new ArrayList<>();

    AgendaPanel() {
        addClassName("passerelle-card");
        timer.addClassName("passerelle-session-timer");
        timer.getElement().setAttribute("role", "timer");
        timer.getElement().setAttribute("aria-live", "off");
        add(new H3(getTranslation("sessions.agenda")), status, timer, items);
    }

    void show(SessionSummary session, Instant now) {
        items.removeAll();
        lines.clear();
        if (session.agenda().isEmpty()) {
            status.setText(getTranslation("sessions.agenda.empty"));
        } else if (session.currentItem() == null) {
            status.setText(getTranslation("sessions.agenda.not-started"));
        } else if (session.current() == null) {
            status.setText(getTranslation("sessions.agenda.over"));
        } else {
            status.setText(getTranslation(
                    "sessions.agenda.current",
                    session.currentItem() + 1,
                    session.current().title()));
        }
        for (int i = 0; i < session.agenda().size(); i++) {
            AgendaLine line = session.agenda().get(i);
            ListItem item = new ListItem(
                    new Span(line.title()),
                    new Span(" — " + getTranslation("sessions.agenda.minutes", line.durationMinutes())));
            if (line.proposalId() != null) {
                Anchor proposal = new Anchor("proposals/" + line.proposalId(), line.proposalTitle());
                item.add(new Span(" · "), proposal);
            }
            if (session.currentItem() != null && session.currentItem() == i) {
                item.addClassName("passerelle-agenda-current");
                item.getElement().setAttribute("aria-current", "step");
            }
            lines.add(item);
            items.add(item);
        }
        showTimer(session, now);
    }

    private void showTimer(SessionSummary session, Instant now) {
        Instant end = session.timerEndsAt();
        if (end == null) {
            timer.setVisible(false);
            timer.setText("");
            timer.getElement().executeJs("clearInterval(this.__passerelleTimer)");
            return;
        }
        timer.setVisible(true);
        long left = Math.max(0, Duration.between(now, end).toSeconds());
        String label = getTranslation("sessions.timer.left");
        timer.setText(label + " " + format(left));
        // counts down in the browser; the server sends the end again on every change
        timer.getElement()
                .executeJs(
                        "const el=this; clearInterval(el.__passerelleTimer);"
                                + "const end=Date.now()+$0*1000;"
                                + "el.__passerelleTimer=setInterval(()=>{const s=Math.max(0,Math.round((end-Date.now())/1000));"
                                + "el.textContent=$1+' '+Math.floor(s/60)+':'+String(s%60).padStart(2,'0');"
                                + "if(s===0){clearInterval(el.__passerelleTimer);}},1000);",
                        left, label);
    }

    static String format(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
