package org.passerelle.discussions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.base.Formats;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.MarkdownView;
import org.passerelle.discussions.MessageState;
import org.passerelle.discussions.ModerationItem;
import org.passerelle.discussions.ModerationService;
import org.passerelle.discussions.ReportService;
import org.passerelle.security.Role;

/**
 * Facilitators' moderation queue: reported messages of the spaces they moderate, with the reports'
 * reasons, to hide (with a reason), restore, dismiss the reports, or suspend the author. The number
 * waiting is in the title and, as a badge, in the navigation.
 */
@Route("moderation")
@RolesAllowed(Role.Names.STAFF)
@Menu(order = 18, title = "nav.moderation", icon = "vaadin:flag")
public final class ModerationView extends Main implements HasDynamicTitle {

    final Paragraph empty = new Paragraph();
    final List<Div> items = new ArrayList<>();
    private final ReportService reports;
    private final ModerationService moderation;
    private int waiting;

    ModerationView(ReportService reports, ModerationService moderation) {
        this.reports = reports;
        this.moderation = moderation;
        addClassName("passerelle-page");
        addClassName("moderation-queue");
        show();
    }

    private void show() {
        removeAll();
        items.clear();
        List<ModerationItem> queue = reports.queue();
        waiting = queue.size();
        empty.setText(getTranslation("discussions.queue.empty"));
        empty.setVisible(queue.isEmpty());
        add(empty);
        queue.forEach(item -> items.add(item(item)));
        items.forEach(this::add);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        ModerationBadge.update(this, waiting);
    }

    private Div item(ModerationItem item) {
        Div card = new Div();
        card.addClassNames("passerelle-card", "moderation-item");
        card.getElement().setAttribute("data-message-id", String.valueOf(item.messageId()));
        Span author = new Span(getTranslation(
                "discussions.queue.by", item.authorName(), Formats.dateTime(item.postedAt(), getLocale())));
        Span state = new Span(getTranslation(stateKey(item.state())));
        state.addClassName("moderation-state");
        card.add(new Div(author, new Span(" · "), state));
        if (item.subject().kind() == SubjectKind.SPACE) {
            card.add(new Anchor("spaces/" + item.spaceId(), getTranslation("discussions.queue.open-thread")));
        }
        MarkdownView text = new MarkdownView(item.text());
        text.addClassName("thread-text");
        card.add(text);
        Div reports = new Div();
        reports.addClassName("moderation-reports");
        item.reports()
                .forEach(r -> reports.add(
                        new Paragraph(getTranslation("discussions.queue.report", r.reporterName(), r.reason()))));
        card.add(reports);
        Div actions = new Div();
        actions.addClassName("thread-actions");
        if (item.state() == MessageState.VISIBLE || item.state() == MessageState.UNDER_REVIEW) {
            actions.add(button(
                    "discussions.hide",
                    () -> new ReasonDialog(
                                    getTranslation("discussions.hide-title"),
                                    getTranslation("discussions.hide"),
                                    false,
                                    (reason, d) -> moderation.hide(item.messageId(), reason),
                                    this::show)
                            .open()));
        }
        if (item.state() == MessageState.HIDDEN || item.state() == MessageState.UNDER_REVIEW) {
            actions.add(button("discussions.restore", () -> act(() -> moderation.restore(item.messageId()))));
        }
        actions.add(button("discussions.dismiss", () -> act(() -> moderation.dismissReports(item.messageId()))));
        actions.add(button(
                "discussions.suspend",
                () -> new ReasonDialog(
                                getTranslation("discussions.suspend-title", item.authorName()),
                                getTranslation("discussions.suspend"),
                                true,
                                (reason, duration) ->
                                        moderation.suspend(item.spaceId(), item.authorId(), duration, reason),
                                () -> Feedback.success(getTranslation("discussions.suspended-done", item.authorName())))
                        .open()));
        card.add(actions);
        return card;
    }

    private static String stateKey(MessageState state) {
        return "discussions.state." + state.name();
    }

    private Button button(String key, Runnable action) {
        return MessageCard.small(getTranslation(key), action);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return waiting == 0
                ? getTranslation("discussions.queue.title")
                : getTranslation("discussions.queue.title-count", waiting);
    }
}
