package org.passerelle.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.people.ProfileFormBuilder.profile;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.Sector;
import org.passerelle.people.ProfileService;

class MyPublicProfileViewTest extends KaribuTest {

    private MyPublicProfileView open(TestAccounts.Person person) {
        signIn(person);
        navigate("people/me");
        return _get(MyPublicProfileView.class);
    }

    private static String notificationTexts() {
        return String.join(
                " | ",
                NotificationsKt.getNotifications().stream()
                        .map(Notification::getElement)
                        .map(e -> e.getProperty("text", ""))
                        .toList());
    }

    private int profileRows() {
        return jdbc.queryForObject("select count(*) from person_profile", Integer.class);
    }

    private List<String> storedSkills(TestAccounts.Person person) {
        return jdbc.queryForList(
                "select skill from person_skill where account_id = ? order by position",
                String.class,
                accounts.idOf(person));
    }

    @Test
    void aPersonFillsInTheirProfileAndJoinsThePool() {
        MyPublicProfileView view = open(TestAccounts.BOARD);
        assertThat(view.name.getText()).isEqualTo("Bea Board");
        assertThat(view.inPool.getValue()).isFalse();
        assertThat(view.bio.getHelperText()).isEqualTo("At most 1000 characters");
        assertThat(view.bio.getMaxLength()).isEqualTo(1000);
        assertThat(view.contactEmail.getPlaceholder()).isEqualTo(TestAccounts.BOARD.email());

        _setValue(view.languages, Set.of("en", "rw"));
        _setValue(view.originCountries, Set.of("RW"));
        _setValue(view.workCountries, Set.of("BE"));
        _setValue(view.sectors, Set.of(Sector.HEALTH));
        _setValue(view.skills.entry, "GIS");
        _click(view.skills.addSkill);
        _setValue(view.skills.entry, "gis"); // the same skill: not added twice
        _click(view.skills.addSkill);
        _setValue(view.skills.entry, "Public health"); // typed, not added: kept on save
        _setValue(view.bio, "Epidemiologist; speaks about community health workers.");
        _setValue(view.phone, "+32 470 12 34 56");
        _setValue(view.inPool, true);
        _click(view.save);

        assertThat(notificationTexts())
                .contains("Your public profile has been saved: you are now listed in the directory.");
        assertThat(storedSkills(TestAccounts.BOARD)).containsExactly("GIS", "Public health");
        assertThat(view.skills.getValue()).containsExactly("GIS", "Public health");
        assertThat(jdbc.queryForObject("select in_expert_pool from person_profile", Boolean.class))
                .isTrue();

        navigate("directory");
        DirectoryView directory = _get(DirectoryView.class);
        assertThat(directory.count.getText()).isEqualTo("One person found");
    }

    @Test
    void aRefusedFieldIsMarkedAndWhatWasTypedStays() {
        MyPublicProfileView view = open(TestAccounts.BOARD);
        _setValue(view.bio, "<script>alert(1)</script> my bio");
        _setValue(view.skills.entry, "Remote sensing");
        _click(view.skills.addSkill);
        _setValue(view.phone, "call me maybe");
        _setValue(view.inPool, true);
        _click(view.save);

        assertThat(view.phone.isInvalid()).isTrue();
        assertThat(view.phone.getErrorMessage())
                .isEqualTo("Enter a phone number with digits, spaces and + ( ) - . / only.");
        assertThat(view.bio.getValue()).isEqualTo("<script>alert(1)</script> my bio");
        assertThat(view.skills.getValue()).containsExactly("Remote sensing");
        assertThat(view.inPool.getValue()).isTrue();
        assertThat(profileRows()).isZero();

        _setValue(view.phone, "");
        _setValue(view.contactEmail, "not-an-address");
        _click(view.save);
        assertThat(view.phone.isInvalid()).isFalse();
        assertThat(view.contactEmail.isInvalid()).isTrue();
        assertThat(view.contactEmail.getErrorMessage()).isEqualTo("This is not a valid e-mail address.");

        _setValue(view.contactEmail, "");
        _setValue(view.skills, List.of("Remote sensing", "y".repeat(41)));
        _click(view.save);
        assertThat(view.skills.isInvalid()).isTrue();
        assertThat(view.skills.getErrorMessage()).contains("a skill has at most 40 characters");
        assertThat(profileRows()).isZero();
    }

    @Test
    void inFrenchASkillIsRemovedAndThePersonLeavesThePool() {
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(ProfileService.class)
                .saveMine(profile().skills("Microfinance", "Wolof").inPool(true).build());
        MyPublicProfileView view = open(TestAccounts.MEMBER); // French
        assertThat(view.inPool.getLabel()).isEqualTo("M'inscrire dans le vivier d'experts et d'intervenants");
        assertThat(view.inPool.getValue()).isTrue();

        _click(_get(view.skills.tags, Button.class, spec -> spec.withAttribute("aria-label", "Retirer Wolof")));
        _setValue(view.inPool, false);
        _click(view.save);

        assertThat(notificationTexts())
                .contains("Votre profil public a été enregistré : vous ne figurez plus dans l'annuaire.");
        assertThat(storedSkills(TestAccounts.MEMBER)).containsExactly("Microfinance");
        assertThat(jdbc.queryForObject("select in_expert_pool from person_profile", Boolean.class))
                .isFalse();

        _setValue(view.bio, "x".repeat(1001));
        _click(view.save);
        assertThat(view.bio.getErrorMessage()).isEqualTo("Une biographie compte au plus 1000 caractères.");
    }
}
