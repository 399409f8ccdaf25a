package org.passerelle.sessions.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.passerelle.base.TimeZones;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.sessions.SessionForm;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.spaces.SpaceSummary;

/**
 * Staff schedule or change a session. Times are Brussels wall-clock times; every rule is checked by the
 * service, and what was typed stays when it refuses.
 */
final class SessionDialog extends Dialog {

    final ComboBox<SpaceSummary> space = new ComboBox<>();
    /** The title and description in English, and beside them in French: either title, or both. */
    final TextField title = new TextField();

    final TextField titleFr = new TextField();
    final TextArea description = new TextArea();
    final TextArea descriptionFr = new TextArea();
    final DateTimePicker startsAt = ComponentTexts.translated(new DateTimePicker());
    final DateTimePicker endsAt = ComponentTexts.translated(new DateTimePicker());
    final TextField place = new TextField();
    final TextField onlineLink = new TextField();
    final IntegerField capacity = new IntegerField();
    final AgendaEditor agenda = new AgendaEditor();
    final Button save = new Button();
    private final Map<String, HasValidation> fields;
    /** The last refusal's text: on its field, or in a notification (agenda, links to proposals). */
    String lastRefusal;

    static SessionDialog create(
            SessionService sessions, List<SpaceSummary> spaces, SpaceSummary preset, Consumer<SessionSummary> onSaved) {
        return new SessionDialog(sessions, spaces, preset, null, onSaved);
    }

    static SessionDialog edit(SessionService sessions, SessionSummary existing, Consumer<SessionSummary> onSaved) {
        return new SessionDialog(sessions, List.of(), null, existing, onSaved);
    }

    private SessionDialog(
            SessionService sessions,
            List<SpaceSummary> spaces,
            SpaceSummary preset,
            SessionSummary existing,
            Consumer<SessionSummary> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "sessions.dialog.create" : "sessions.dialog.edit"));
        setWidth("min(60rem, 100vw)");
        space.setLabel(getTranslation("sessions.field.space"));
        space.setItems(spaces);
        space.setItemLabelGenerator(s -> s.title(getLocale()).text());
        space.setVisible(existing == null && preset == null);
        space.addValueChangeListener(change -> agenda.setProposals(
                change.getValue() == null
                        ? List.of()
                        : sessions.linkableProposals(change.getValue().id())));
        limit(title, "sessions.field.title-en", 150);
        limit(titleFr, "sessions.field.title-fr", 150);
        description.setLabel(getTranslation("sessions.field.description-en"));
        descriptionFr.setLabel(getTranslation("sessions.field.description-fr"));
        for (TextArea area : List.of(description, descriptionFr)) {
            area.setMaxLength(8000);
            area.setHelperText(getTranslation("sessions.field.markdown", 8000));
        }
        startsAt.setLabel(getTranslation("sessions.field.starts-at"));
        endsAt.setLabel(getTranslation("sessions.field.ends-at"));
        startsAt.setHelperText(getTranslation("sessions.field.brussels-time"));
        endsAt.setHelperText(getTranslation("sessions.field.brussels-time"));
        startsAt.setStep(java.time.Duration.ofMinutes(15));
        endsAt.setStep(java.time.Duration.ofMinutes(15));
        limit(place, "sessions.field.place", 300);
        limit(onlineLink, "sessions.field.online-link", 500);
        onlineLink.setPlaceholder("https://");
        capacity.setLabel(getTranslation("sessions.field.capacity"));
        capacity.setMin(1);
        capacity.setMax(1000);
        capacity.setStepButtonsVisible(true);
        fields = Map.of(
                "title", title,
                "titleFr", titleFr,
                "description", description,
                "descriptionFr", descriptionFr,
                "startsAt", startsAt,
                "endsAt", endsAt,
                "place", place,
                "onlineLink", onlineLink,
                "capacity", capacity);
        if (existing != null) {
            agenda.setProposals(sessions.linkableProposals(existing.spaceId()));
            fill(existing.toForm());
        } else {
            LocalDateTime start = LocalDateTime.now(TimeZones.OFFICE)
                    .plusDays(7)
                    .truncatedTo(ChronoUnit.HOURS)
                    .withHour(14);
            fill(new SessionForm(null, null, start, start.plusHours(2), null, null, 20, List.of()));
            if (preset != null) {
                space.setValue(preset);
            }
        }
        // each English field with its French one on a row; one column on phones
        FormLayout form = new FormLayout(
                space, title, titleFr, description, descriptionFr, startsAt, endsAt, place, onlineLink, capacity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(space, 2);
        add(form, new H4(getTranslation("sessions.agenda")), agenda);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(sessions, preset, existing, onSaved));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save(
            SessionService sessions, SpaceSummary preset, SessionSummary existing, Consumer<SessionSummary> onSaved) {
        Feedback.clear(fields);
        space.setInvalid(false);
        SessionForm form = new SessionForm(
                title.getValue(),
                titleFr.getValue(),
                description.getValue(),
                descriptionFr.getValue(),
                startsAt.getValue(),
                endsAt.getValue(),
                place.getValue(),
                onlineLink.getValue(),
                capacity.getValue() == null ? 0 : capacity.getValue(),
                agenda.value());
        try {
            SessionSummary saved;
            if (existing != null) {
                saved = sessions.update(existing.id(), existing.version(), form);
            } else {
                SpaceSummary target = preset != null ? preset : space.getValue();
                if (target == null) {
                    space.setErrorMessage(getTranslation("sessions.error.space-required"));
                    space.setInvalid(true);
                    return;
                }
                saved = sessions.schedule(target.id(), form);
            }
            close();
            onSaved.accept(saved);
        } catch (UserFacingException refusal) {
            lastRefusal = Feedback.show(refusal, fields);
        }
    }

    private void fill(SessionForm form) {
        title.setValue(orEmpty(form.title()));
        titleFr.setValue(orEmpty(form.titleFr()));
        description.setValue(orEmpty(form.description()));
        descriptionFr.setValue(orEmpty(form.descriptionFr()));
        startsAt.setValue(form.startsAt());
        endsAt.setValue(form.endsAt());
        place.setValue(orEmpty(form.place()));
        onlineLink.setValue(orEmpty(form.onlineLink()));
        capacity.setValue(form.capacity());
        agenda.setItems(form.agenda());
    }

    private void limit(TextField field, String key, int max) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.setHelperText(getTranslation("form.max-length", max));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
