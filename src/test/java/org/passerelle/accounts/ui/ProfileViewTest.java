package org.passerelle.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.dashboard.ui.HomeView;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProfileViewTest extends KaribuTest {

    private ProfileView open(TestAccounts.Person person) {
        signIn(person);
        navigate("profile");
        return _get(ProfileView.class);
    }

    private String storedHash(TestAccounts.Person person) {
        return jdbc.queryForObject("select password_hash from account where email = ?", String.class, person.email());
    }

    @Test
    void changesThePassword() {
        ProfileView view = open(TestAccounts.BOARD);
        _setValue(view.currentPassword, TestAccounts.PASSWORD);
        _setValue(view.newPassword, "Umuganda-each-saturday-4");
        _setValue(view.confirmation, "Umuganda-each-saturday-4");
        _click(view.changePassword);

        assertThat(context.getBean(PasswordEncoder.class)
                        .matches("Umuganda-each-saturday-4", storedHash(TestAccounts.BOARD)))
                .isTrue();
        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getElement)
                .anySatisfy(e -> assertThat(e.getProperty("text", "")).isEqualTo("Your password has been changed."));
    }

    @Test
    void refusesAWrongCurrentPasswordATooShortOrCommonOneAndADifferentConfirmation() {
        ProfileView view = open(TestAccounts.MEMBER); // French
        String before = storedHash(TestAccounts.MEMBER);
        _setValue(view.currentPassword, "not-my-password");
        _setValue(view.newPassword, "Umuganda-each-saturday-4");
        _setValue(view.confirmation, "Umuganda-each-saturday-4");
        _click(view.changePassword);
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("Le mot de passe actuel n'est pas correct.");

        _setValue(view.currentPassword, TestAccounts.PASSWORD);
        _setValue(view.newPassword, "court");
        _click(view.changePassword);
        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("Un mot de passe compte au moins 12 caractères.");

        _setValue(view.newPassword, "azertyuiop123");
        _click(view.changePassword);
        assertThat(view.newPassword.getErrorMessage()).contains("trop courant");

        _setValue(view.newPassword, "Umuganda-each-saturday-4");
        _setValue(view.confirmation, "Umuganda-each-saturday-5");
        _click(view.changePassword);
        assertThat(view.confirmation.getErrorMessage()).isEqualTo("Les deux nouveaux mots de passe sont différents.");
        assertThat(view.newPassword.getValue()).isEqualTo("Umuganda-each-saturday-4");
        assertThat(storedHash(TestAccounts.MEMBER)).isEqualTo(before);
    }

    @Test
    void aPersonWhoMustChangeThePasswordCanOpenNothingElse() {
        jdbc.update("update account set must_change_password = true where email = ?", TestAccounts.STAFF.email());
        signIn(TestAccounts.STAFF);
        ProfileView view = _get(ProfileView.class); // the home page was refused
        assertThat(view.mustChange.isVisible()).isTrue();
        navigate("accounts");
        _get(ProfileView.class);

        _setValue(view.currentPassword, TestAccounts.PASSWORD);
        _setValue(view.newPassword, "Umuganda-each-saturday-4");
        _setValue(view.confirmation, "Umuganda-each-saturday-4");
        _click(view.changePassword);
        assertThat(view.mustChange.isVisible()).isFalse();
        navigate("");
        _get(HomeView.class);
    }

    @Test
    void changingTheLanguageHereIsRemembered() {
        ProfileView view = open(TestAccounts.BOARD);
        _setValue(view.language, Locale.FRENCH);
        assertThat(jdbc.queryForObject(
                        "select language from account where email = ?", String.class, TestAccounts.BOARD.email()))
                .isEqualTo("fr");
    }
}
