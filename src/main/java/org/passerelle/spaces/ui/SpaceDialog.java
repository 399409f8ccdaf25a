package org.passerelle.spaces.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.passerelle.base.Stage;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;

/** Staff create or edit a space. All rules are checked by the service; what was typed stays on refusal. */
final class SpaceDialog extends Dialog {

    static final int TITLE_MAX = 150;
    static final int DESCRIPTION_MAX = 4000;

    final TextField titleEn = new TextField();
    final TextField titleFr = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionFr = new TextArea();
    final RadioButtonGroup<Stage> stage = new RadioButtonGroup<>();
    final RadioButtonGroup<AccessMode> access = new RadioButtonGroup<>();
    final Button save = new Button();
    private final Map<String, HasValidation> fields;

    SpaceDialog(SpaceService service, SpaceSummary existing, Consumer<SpaceSummary> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "spaces.dialog.create" : "spaces.dialog.edit"));
        setWidth("min(48rem, 100vw)");
        text(titleEn, "spaces.field.title-en", TITLE_MAX);
        text(titleFr, "spaces.field.title-fr", TITLE_MAX);
        area(descriptionEn, "spaces.field.description-en");
        area(descriptionFr, "spaces.field.description-fr");
        stage.setLabel(getTranslation("spaces.field.stage"));
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        access.setLabel(getTranslation("spaces.field.access"));
        access.setItems(List.of(AccessMode.values()));
        access.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        fields = Map.of(
                "titleEn",
                titleEn,
                "titleFr",
                titleFr,
                "descriptionEn",
                descriptionEn,
                "descriptionFr",
                descriptionFr,
                "stage",
                stage,
                "accessMode",
                access);
        if (existing != null) {
            titleEn.setValue(nonNull(existing.titleEn()));
            titleFr.setValue(nonNull(existing.titleFr()));
            descriptionEn.setValue(nonNull(existing.descriptionEn()));
            descriptionFr.setValue(nonNull(existing.descriptionFr()));
            stage.setValue(existing.stage());
            access.setValue(existing.accessMode());
        } else {
            stage.setValue(Stage.ENABLE);
            access.setValue(AccessMode.RESTRICTED);
        }
        FormLayout form = new FormLayout(titleEn, titleFr, descriptionEn, descriptionFr, stage, access);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(new Paragraph(getTranslation("spaces.field.texts-hint")), form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(service, existing, onSaved));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save(SpaceService service, SpaceSummary existing, Consumer<SpaceSummary> onSaved) {
        Feedback.clear(fields);
        SpaceForm form = new SpaceForm(
                titleEn.getValue(),
                titleFr.getValue(),
                descriptionEn.getValue(),
                descriptionFr.getValue(),
                stage.getValue(),
                access.getValue());
        try {
            SpaceSummary saved =
                    existing == null ? service.create(form) : service.update(existing.id(), existing.version(), form);
            close();
            onSaved.accept(saved);
        } catch (UserFacingException refusal) {
            Feedback.show(refusal, fields);
        }
    }

    private void text(TextField field, String labelKey, int max) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setHelperText(getTranslation("form.max-length", max));
    }

    private void area(TextArea field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(DESCRIPTION_MAX);
        field.setHelperText(getTranslation("form.max-length", DESCRIPTION_MAX));
        field.setMinHeight("8em");
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
