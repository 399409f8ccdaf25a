package org.passerelle.sessions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.passerelle.sessions.ActionItemView;
import org.passerelle.sessions.ActionStatus;
import org.passerelle.sessions.SessionRecordService;

/** The action items the person owns, from every session they can see: open ones first, by due date. */
@Route("my-actions")
@PermitAll
@Menu(order = 19, title = "nav.my-actions", icon = "vaadin:check-square-o")
public final class MyActionsView extends Main implements HasDynamicTitle {

    final Div list = new Div();

    MyActionsView(SessionRecordService followUp) {
        addClassName("passerelle-page");
        add(list);
        List<ActionItemView> mine = followUp.myActions();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("sessions.my-actions.none")));
        }
        for (ActionItemView item : mine) {
            Div card = new Div();
            card.addClassName("passerelle-card");
            Span status = new Span(getTranslation(item.status().messageKey()));
            status.getElement().getThemeList().add(item.status() == ActionStatus.DONE ? "badge success" : "badge");
            card.add(
                    new Paragraph(item.title()),
                    status,
                    new Paragraph(getTranslation(
                            "sessions.my-actions.due", item.dueOn().toString())),
                    new RouterLink(
                            getTranslation("sessions.my-actions.from", item.sessionTitle()),
                            SessionView.class,
                            SessionView.parameters(item.sessionId())),
                    FollowUpPanel.doneBox(followUp, item));
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.my-actions.title");
    }
}
