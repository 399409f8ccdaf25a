package org.passerelle.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.passerelle.base.Formats;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.contacts.SegmentSummary;
import org.passerelle.newsletter.Audience;
import org.passerelle.newsletter.IssueNotFoundException;
import org.passerelle.newsletter.IssueState;
import org.passerelle.newsletter.IssueSummary;
import org.passerelle.newsletter.NewsletterSending;
import org.passerelle.newsletter.NewsletterService;
import org.passerelle.newsletter.SendReport;
import org.passerelle.security.Role;

/**
 * One issue: its subjects, its blocks ({@link BlockEditor}), the preview in both languages ({@link IssuePreview}),
 * and sending. A sent issue is shown as sent (the archive in the app), read-only.
 */
@Route("newsletter/:id")
@RolesAllowed(Role.Names.STAFF)
public final class NewsletterEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Span state = new Span();
    final TextField subjectEn = new TextField();
    final TextField subjectFr = new TextField();
    final Button saveSubjects = new Button();
    final Paragraph missing = new Paragraph();
    final ComboBox<SegmentSummary> segment = new ComboBox<>();
    final Checkbox members = new Checkbox();
    final Button send = new Button();
    final Paragraph sentState = new Paragraph();
    BlockEditor blocks;
    IssuePreview preview;

    private final NewsletterService newsletters;
    private final NewsletterSending sending;
    private IssueSummary issue;

    NewsletterEditorView(NewsletterService newsletters, NewsletterSending sending) {
        this.newsletters = newsletters;
        this.sending = sending;
        addClassName("passerelle-page");
        state.getElement().getThemeList().add("badge");
        subjectEn.setLabel(getTranslation("newsletter.subject.en"));
        subjectFr.setLabel(getTranslation("newsletter.subject.fr"));
        subjectEn.setMaxLength(200);
        subjectFr.setMaxLength(200);
        subjectEn.setWidth("24em");
        subjectFr.setWidth("24em");
        saveSubjects.setText(getTranslation("newsletter.editor.save"));
        saveSubjects.addClickListener(click -> saveSubjects());
        segment.setLabel(getTranslation("newsletter.editor.segment"));
        segment.setItemLabelGenerator(SegmentSummary::name);
        segment.setClearButtonVisible(true);
        members.setLabel(getTranslation("newsletter.editor.members"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        missing.addClassName("passerelle-newsletter-missing");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | IssueNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(long id) {
        issue = newsletters.issue(id);
        removeAll();
        boolean draft = issue.state() == IssueState.DRAFT;
        title.setText(issue.subject(getLocale()));
        state.setText(getTranslation(issue.state().messageKey()));
        RouterLink back = new RouterLink(getTranslation("newsletter.editor.back"), NewslettersView.class);
        add(back, title, state);
        blocks = null;
        if (draft) {
            subjectEn.setValue(issue.subjectEn());
            subjectFr.setValue(issue.subjectFr());
            HorizontalLayout subjects = new HorizontalLayout(subjectEn, subjectFr, saveSubjects);
            subjects.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            subjects.getStyle().set("flex-wrap", "wrap");
            blocks = new BlockEditor(newsletters, id, this::refresh);
            add(subjects, blocks);
        }
        preview = new IssuePreview(newsletters, id);
        add(new H3(getTranslation("newsletter.editor.preview")), preview);
        add(audience(draft));
        refresh();
    }

    private com.vaadin.flow.component.Component audience(boolean draft) {
        var panel = new com.vaadin.flow.component.html.Div();
        if (issue.state() == IssueState.SENT) {
            sentState.setText(getTranslation(
                    "newsletter.editor.sent-state", Formats.dateTime(issue.sentAt(), getLocale()), issue.recipients()));
            panel.add(sentState);
            return panel;
        }
        send.setText(getTranslation(draft ? "newsletter.editor.send" : "newsletter.editor.resume"));
        if (draft) {
            segment.setItems(sending.segments());
            HorizontalLayout choice = new HorizontalLayout(segment, members);
            choice.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            panel.add(new H3(getTranslation("newsletter.editor.audience")), missing, choice);
        }
        panel.add(send);
        return panel;
    }

    /** After any change of the blocks or subjects: the preview and what still keeps it from being sent. */
    void refresh() {
        if (preview != null) {
            preview.refresh();
        }
        if (issue.state() == IssueState.DRAFT) {
            List<String> lacking = newsletters.missingTexts(issue.id(), getLocale());
            missing.setText(
                    lacking.isEmpty() ? "" : getTranslation("newsletter.editor.missing", String.join("; ", lacking)));
            missing.setVisible(!lacking.isEmpty());
        }
    }

    void saveSubjects() {
        Map<String, TextField> fields = Map.of("subjectEn", subjectEn, "subjectFr", subjectFr);
        Feedback.clear(fields);
        try {
            issue = newsletters.saveSubjects(issue.id(), subjectEn.getValue(), subjectFr.getValue());
            title.setText(issue.subject(getLocale()));
            Feedback.success(getTranslation("newsletter.editor.saved"));
            refresh();
        } catch (UserFacingException refused) {
            Feedback.show(refused, fields);
        }
    }

    void send() {
        try {
            SendReport report = sending.send(
                    issue.id(),
                    new Audience(
                            segment.getValue() == null
                                    ? null
                                    : segment.getValue().id(),
                            members.getValue()),
                    getLocale());
            Feedback.success(
                    getTranslation("newsletter.editor.sent", report.queued(), report.alreadySent(), report.total()));
            show(issue.id());
        } catch (UserFacingException refused) {
            Feedback.show(refused, Map.of());
        }
    }

    @Override
    public String getPageTitle() {
        return issue == null ? getTranslation("newsletter.editor.title") : issue.subject(getLocale());
    }
}
