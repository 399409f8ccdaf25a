package org.passerelle.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.base.Formats;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.sessions.ActionItemForm;
import org.passerelle.sessions.ActionItemMilestoneChoices;
import org.passerelle.sessions.ActionItemMilestones;
import org.passerelle.sessions.ActionItemView;
import org.passerelle.sessions.ActionStatus;
import org.passerelle.sessions.MinutesExport;
import org.passerelle.sessions.Registrant;
import org.passerelle.sessions.RegistrationService;
import org.passerelle.sessions.RegistrationStatus;
import org.passerelle.sessions.SessionPhase;
import org.passerelle.sessions.SessionRecordService;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionState;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.spaces.SpaceMembership;

/**
 * After (and during) a session: the minutes and their Markdown download and the action items for every
 * reader; for facilitators, the attendance, minutes and action-item forms, and for staff a way to make an action
 * item a milestone of an accepted proposal on the agenda.
 */
final class FollowUpPanel extends Div {

    final Div minutes = new Div();
    final Anchor download;
    final UnorderedList actions = new UnorderedList();
    final CheckboxGroup<Registrant> attendance = new CheckboxGroup<>();
    final Button saveAttendance = new Button();
    final TextArea minutesEditor = new TextArea();
    final Button saveMinutes = new Button();
    final TextField actionTitle = new TextField();
    final ComboBox<SpaceMembership> actionOwner = new ComboBox<>();
    final DatePicker actionDue = ComponentTexts.translated(new DatePicker());
    final Button addAction = new Button();
    private final SessionSummary session;
    private final SessionRecordService followUp;
    private final Runnable refresh;
    private final ActionItemMilestoneLinks milestoneLinks;

    FollowUpPanel(
            SessionSummary session,
            SessionService sessions,
            RegistrationService registrations,
            SessionRecordService followUp,
            MinutesExport export,
            Runnable refresh) {
        this.session = session;
        this.followUp = followUp;
        this.refresh = refresh;
        // the session page builds this panel; the bean comes from Spring through Vaadin's instantiator
        this.milestoneLinks = new ActionItemMilestoneLinks(
                VaadinService.getCurrent().getInstantiator().getOrCreate(ActionItemMilestones.class),
                () -> showActions(followUp.actions(session.id())));
        addClassName("passerelle-card");
        minutes.add(
                session.minutes() == null
                        ? new Paragraph(getTranslation("sessions.minutes.none"))
                        : SessionTexts.markdown(session.minutes()));
        download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = export.markdown(session.id()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            export.fileName(session),
                            "text/markdown; charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("sessions.minutes.download"));
        add(new H3(getTranslation("sessions.minutes")), minutes, download);
        add(new H3(getTranslation("sessions.actions")), actions);
        showActions(followUp.actions(session.id()));
        SessionPhase phase = session.phase(sessions.now());
        boolean facilitates = session.mayFacilitate() && session.state() == SessionState.SCHEDULED;
        if (facilitates && phase != SessionPhase.UPCOMING) {
            addAttendance(registrations);
            addMinutesEditor();
        }
        if (facilitates) {
            addActionForm();
        }
    }

    private void showActions(List<ActionItemView> items) {
        actions.removeAll();
        if (items.isEmpty()) {
            actions.add(new ListItem(getTranslation("sessions.actions.none")));
        }
        ActionItemMilestoneChoices choices = items.isEmpty() ? null : milestoneLinks.choices(session.id());
        for (ActionItemView item : items) {
            ListItem line = new ListItem(new Span(getTranslation(
                    "sessions.actions.line", item.title(), item.ownerName(), Formats.date(item.dueOn(), getLocale()))));
            Span status = new Span(getTranslation(item.status().messageKey()));
            status.getElement().getThemeList().add(item.status() == ActionStatus.DONE ? "badge success" : "badge");
            line.add(new Span(" "), status);
            if (item.mayChange()) {
                line.add(doneBox(followUp, item));
            }
            milestoneLinks.addTo(line, item, choices);
            actions.add(line);
        }
    }

    static Checkbox doneBox(SessionRecordService followUp, ActionItemView item) {
        Checkbox done = new Checkbox(item.status() == ActionStatus.DONE);
        done.setLabel(done.getTranslation("sessions.actions.done"));
        done.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                followUp.setStatus(item.id(), change.getValue() ? ActionStatus.DONE : ActionStatus.OPEN);
                Feedback.success(done.getTranslation("sessions.actions.saved"));
            } catch (UserFacingException refusal) {
                Feedback.error(Feedback.text(refusal));
            }
        });
        return done;
    }

    private void addAttendance(RegistrationService registrations) {
        List<Registrant> seated = registrations.registrants(session.id()).stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .toList();
        attendance.setLabel(getTranslation("sessions.attendance"));
        attendance.setItems(seated);
        attendance.setItemLabelGenerator(Registrant::displayName);
        attendance.setValue(
                seated.stream().filter(r -> Boolean.TRUE.equals(r.attended())).collect(Collectors.toSet()));
        saveAttendance.setText(getTranslation("sessions.attendance.save"));
        saveAttendance.addClickListener(click -> run(
                () -> followUp.recordAttendance(
                        session.id(),
                        attendance.getValue().stream()
                                .map(Registrant::accountId)
                                .toList()),
                "sessions.attendance.saved"));
        add(new H4(getTranslation("sessions.attendance")), attendance, saveAttendance);
    }

    private void addMinutesEditor() {
        minutesEditor.setLabel(getTranslation("sessions.minutes.edit"));
        minutesEditor.setMaxLength(20000);
        minutesEditor.setHelperText(getTranslation("sessions.minutes.help", 20000));
        minutesEditor.setWidthFull();
        minutesEditor.setMinHeight("10rem");
        minutesEditor.setValue(session.minutes() == null ? "" : session.minutes());
        saveMinutes.setText(getTranslation("sessions.minutes.save"));
        saveMinutes.addClickListener(click -> {
            minutesEditor.setInvalid(false);
            try {
                followUp.saveMinutes(session.id(), minutesEditor.getValue());
                Feedback.success(getTranslation("sessions.minutes.saved"));
                refresh.run();
            } catch (UserFacingException refusal) {
                Feedback.show(refusal, Map.of("minutes", minutesEditor));
            }
        });
        add(minutesEditor, saveMinutes);
    }

    private void addActionForm() {
        actionTitle.setLabel(getTranslation("sessions.actions.title"));
        actionTitle.setMaxLength(300);
        actionOwner.setLabel(getTranslation("sessions.actions.owner"));
        actionOwner.setItems(followUp.ownerChoices(session.id()));
        actionOwner.setItemLabelGenerator(SpaceMembership::displayName);
        actionDue.setLabel(getTranslation("sessions.actions.due"));
        addAction.setText(getTranslation("sessions.actions.add"));
        addAction.addClickListener(click -> {
            Map<String, com.vaadin.flow.component.HasValidation> fields =
                    Map.of("title", actionTitle, "owner", actionOwner, "dueOn", actionDue);
            Feedback.clear(fields);
            try {
                followUp.addAction(
                        session.id(),
                        new ActionItemForm(
                                actionTitle.getValue(),
                                actionOwner.getValue() == null
                                        ? null
                                        : actionOwner.getValue().accountId(),
                                actionDue.getValue()));
                Feedback.success(getTranslation("sessions.actions.added"));
                refresh.run();
            } catch (UserFacingException refusal) {
                Feedback.show(refusal, fields);
            }
        });
        HorizontalLayout form = new HorizontalLayout(actionTitle, actionOwner, actionDue, addAction);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        add(new H4(getTranslation("sessions.actions.new")), form);
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Feedback.success(getTranslation(successKey));
            refresh.run();
        } catch (UserFacingException refusal) {
            Feedback.error(Feedback.text(refusal));
        }
    }

    Set<Long> attendedIds() {
        return attendance.getValue().stream().map(Registrant::accountId).collect(Collectors.toSet());
    }
}
