package org.passerelle.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.passerelle.base.Sector;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;
import org.passerelle.people.MyProfile;
import org.passerelle.people.ProfileForm;
import org.passerelle.people.ProfileService;

/**
 * The signed-in person edits their own public profile and chooses whether to be listed in the expert and
 * speaker pool. On a refusal the field is marked and everything typed stays.
 */
@Route("people/me")
@PermitAll
@Menu(order = 30, title = "nav.my-public-profile", icon = "vaadin:user-card")
public final class MyPublicProfileView extends Main implements HasDynamicTitle {

    final H3 name = new H3();
    final MultiSelectComboBox<String> languages = Choices.languages(this, getLocale(), "people.field.languages");
    final MultiSelectComboBox<String> originCountries =
            Choices.countries(this, getLocale(), "people.field.origin-countries");
    final MultiSelectComboBox<String> workCountries =
            Choices.countries(this, getLocale(), "people.field.work-countries");
    final MultiSelectComboBox<Sector> sectors = Choices.sectors(this, "people.field.sectors");
    final SkillsInput skills = new SkillsInput();
    final TextArea bio = new TextArea();
    final TextField phone = new TextField();
    final TextField contactEmail = new TextField();
    final Checkbox inPool = new Checkbox();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = Map.of(
            "languages", languages,
            "originCountries", originCountries,
            "workCountries", workCountries,
            "sectors", sectors,
            "skills", skills,
            "bio", bio,
            "phone", phone,
            "contactEmail", contactEmail);
    private final ProfileService service;
    private boolean listed;

    MyPublicProfileView(ProfileService service) {
        this.service = service;
        addClassName("passerelle-page");
        bio.setLabel(getTranslation("people.field.bio"));
        bio.setPlaceholder(getTranslation("people.field.bio.placeholder"));
        bio.setMaxLength(ProfileForm.BIO_MAX);
        bio.setHelperText(getTranslation("people.field.bio.helper", ProfileForm.BIO_MAX));
        bio.setMinHeight("8em");
        phone.setLabel(getTranslation("people.field.phone"));
        phone.setHelperText(getTranslation("people.field.phone.helper"));
        phone.setMaxLength(ProfileForm.PHONE_MAX);
        contactEmail.setLabel(getTranslation("people.field.contact-email"));
        contactEmail.setMaxLength(ProfileForm.EMAIL_MAX);
        inPool.setLabel(getTranslation("people.field.in-pool"));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        add(card(name, new Paragraph(getTranslation("people.profile.intro"))));
        FormLayout about = form(languages, originCountries, workCountries, sectors, skills, bio);
        about.setColspan(skills, 2);
        about.setColspan(bio, 2);
        add(card(new H3(getTranslation("people.profile.about")), about));
        add(card(new H3(getTranslation("people.profile.contact")), form(phone, contactEmail)));
        add(card(
                new H3(getTranslation("people.profile.pool")),
                new Paragraph(getTranslation("people.field.in-pool.explanation")),
                inPool));
        add(save);
        show(service.mine());
    }

    private void save() {
        Feedback.clear(fields);
        skills.addTyped();
        ProfileForm form = new ProfileForm(
                languages.getValue(),
                originCountries.getValue(),
                workCountries.getValue(),
                sectors.getValue(),
                skills.getValue(),
                bio.getValue(),
                phone.getValue(),
                contactEmail.getValue(),
                inPool.getValue());
        try {
            boolean wasListed = listed;
            show(service.saveMine(form));
            Feedback.success(getTranslation(
                    listed == wasListed
                            ? "people.profile.saved"
                            : listed ? "people.profile.joined" : "people.profile.left"));
        } catch (UserFacingException refusal) {
            Feedback.show(refusal, fields);
        }
    }

    /** Shows the profile as stored (trimmed, de-duplicated), so the person sees what others will see. */
    private void show(MyProfile mine) {
        ProfileForm profile = mine.profile();
        name.setText(mine.displayName());
        languages.setValue(profile.languages());
        originCountries.setValue(profile.originCountries());
        workCountries.setValue(profile.workCountries());
        sectors.setValue(profile.sectors());
        skills.setValue(profile.skills());
        bio.setValue(profile.bio());
        phone.setValue(profile.phone());
        contactEmail.setValue(profile.contactEmail());
        contactEmail.setPlaceholder(mine.accountEmail());
        contactEmail.setHelperText(getTranslation("people.field.contact-email.helper", mine.accountEmail()));
        inPool.setValue(profile.inExpertPool());
        listed = profile.inExpertPool();
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        return form;
    }

    private static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("passerelle-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.profile.title");
    }
}
