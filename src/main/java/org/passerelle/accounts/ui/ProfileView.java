package org.passerelle.accounts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.accounts.AccountErasure;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.AccountSummary;
import org.passerelle.accounts.MyDataExports;
import org.passerelle.accounts.PasswordPolicy;
import org.passerelle.accounts.PrivacyProperties;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.base.ui.Feedback;
import org.passerelle.base.ui.PageSection;
import org.passerelle.security.ui.LanguageSelection;
import org.passerelle.security.ui.LanguageSwitch;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Every person's own account: who they are, their language and their password, then the settings other
 * modules add as {@code PageSection<AccountSummary>} beans.
 */
@Route("profile")
@PermitAll
@Menu(order = 100, title = "nav.profile", icon = "vaadin:user")
public final class ProfileView extends Main implements HasDynamicTitle {

    final Paragraph mustChange = new Paragraph();
    final LanguageSwitch language;
    final PasswordField currentPassword = ComponentTexts.translated(new PasswordField());
    final PasswordField newPassword = ComponentTexts.translated(new PasswordField());
    final PasswordField confirmation = ComponentTexts.translated(new PasswordField());
    final Button changePassword = new Button();
    final MyDataCard myData;
    final ErasureRequestCard erasureRequest;
    private final Map<String, HasValidation> fields =
            Map.of("currentPassword", currentPassword, "password", newPassword, "confirmation", confirmation);
    private final AccountService service;

    ProfileView(
            AccountService service,
            LanguageSelection languageSelection,
            ObjectProvider<PageSection<AccountSummary>> sections,
            MyDataExports exports,
            AccountErasure erasure,
            PrivacyProperties privacy) {
        this.service = service;
        addClassName("passerelle-page");
        AccountSummary me = service.me();

        Div identity = new Div(
                new H3(me.displayName()),
                new Paragraph(getTranslation("accounts.field.email") + ": " + me.email()),
                new Paragraph(getTranslation("accounts.field.roles") + ": "
                        + me.roles().stream()
                                .map(role -> getTranslation(role.messageKey()))
                                .collect(Collectors.joining(", "))));
        identity.addClassName("passerelle-card");

        language = new LanguageSwitch(languageSelection);
        language.setLabel(getTranslation("language.label"));
        Div languageCard = new Div(new H3(getTranslation("profile.language")), language);
        languageCard.addClassName("passerelle-card");

        mustChange.setText(getTranslation("profile.must-change-password"));
        mustChange.setVisible(me.mustChangePassword());
        mustChange.getElement().setAttribute("role", "alert");
        currentPassword.setLabel(getTranslation("profile.current-password"));
        newPassword.setLabel(getTranslation("profile.new-password"));
        newPassword.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirmation.setLabel(getTranslation("profile.confirm-password"));
        changePassword.setText(getTranslation("profile.change-password"));
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(click -> changePassword());
        Div passwordCard = new Div(
                new H3(getTranslation("profile.password")),
                mustChange,
                new FormLayout(currentPassword, newPassword, confirmation),
                changePassword);
        passwordCard.addClassName("passerelle-card");

        add(identity, languageCard, passwordCard);
        // other modules' settings of the person (e.g. notifications)
        PageSection.render(sections, me, false).forEach(this::add);
        myData = new MyDataCard(exports, privacy.exportValidFor().toHours());
        erasureRequest = new ErasureRequestCard(erasure);
        add(myData, erasureRequest);
    }

    private void changePassword() {
        Feedback.clear(fields);
        try {
            service.changeOwnPassword(currentPassword.getValue(), newPassword.getValue(), confirmation.getValue());
            currentPassword.clear();
            newPassword.clear();
            confirmation.clear();
            mustChange.setVisible(false);
            Feedback.success(getTranslation("profile.password-changed"));
        } catch (UserFacingException refusal) {
            Feedback.show(refusal, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
