package org.passerelle.people.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passerelle.people.ProfileForm;

/**
 * Skills as free tags: type one, press Enter or Add, remove one with its button. A skill already there
 * (whatever the case) is not added twice; the limits are the service's, shown in the helper text.
 */
final class SkillsInput extends CustomField<List<String>> {

    final TextField entry = new TextField();
    final Button addSkill = new Button();
    final Div tags = new Div();
    private final List<String> skills = new ArrayList<>();

    SkillsInput() {
        super(List.of());
        setLabel(getTranslation("people.field.skills"));
        setHelperText(getTranslation("people.field.skills.helper", ProfileForm.SKILLS_MAX, ProfileForm.SKILL_MAX));
        entry.setAriaLabel(getTranslation("people.field.skill-entry"));
        entry.setPlaceholder(getTranslation("people.field.skill-entry"));
        entry.setMaxLength(ProfileForm.SKILL_MAX);
        entry.addKeyPressListener(Key.ENTER, event -> addTyped());
        addSkill.setText(getTranslation("people.skills.add"));
        addSkill.setIcon(VaadinIcon.PLUS.create());
        addSkill.addClickListener(click -> {
            addTyped();
            entry.focus();
        });
        HorizontalLayout row = new HorizontalLayout(entry, addSkill);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        tags.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        add(new Div(row, tags));
        render();
    }

    /** Adds the typed skill, if any, so that one typed but not yet added is not lost on save. */
    void addTyped() {
        String skill = entry.getValue().strip();
        entry.clear();
        if (skill.isEmpty() || skills.stream().anyMatch(s -> sameSkill(s, skill))) {
            return;
        }
        skills.add(skill);
        render();
        updateValue();
    }

    private void remove(String skill) {
        skills.remove(skill);
        render();
        updateValue();
    }

    private void render() {
        tags.removeAll();
        if (skills.isEmpty()) {
            tags.add(new Span(getTranslation("people.skills.none")));
        }
        for (String skill : skills) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> remove(skill));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("people.skills.remove", skill));
            Span tag = new Span(new Span(skill), remove);
            tag.getElement().getThemeList().add("badge");
            tags.add(tag);
        }
    }

    private static boolean sameSkill(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    @Override
    protected List<String> generateModelValue() {
        return List.copyOf(skills);
    }

    @Override
    protected void setPresentationValue(List<String> value) {
        skills.clear();
        if (value != null) {
            skills.addAll(value);
        }
        render();
    }
}
