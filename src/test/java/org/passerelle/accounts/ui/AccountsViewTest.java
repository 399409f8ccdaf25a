package org.passerelle.accounts.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.security.Role;

class AccountsViewTest extends KaribuTest {

    private AccountsView view;

    @BeforeEach
    void openAsAdministrator() {
        signIn(TestAccounts.ADMIN);
        navigate("accounts");
        view = _get(AccountsView.class);
    }

    private AccountDialog openCreateDialog() {
        _click(view.create);
        return _get(AccountDialog.class);
    }

    private int rowOf(String email) {
        return IntStream.range(0, _size(view.grid))
                .filter(row -> view.grid.getListDataView().getItem(row).email().equals(email))
                .findFirst()
                .orElse(-1);
    }

    private Button actionOf(TestAccounts.Person person, String label) {
        int row = rowOf(person.email());
        assertThat(row).isNotNegative();
        var actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
        return _get(actions, Button.class, spec -> spec.withText(label));
    }

    @Test
    void listsEveryAccount() {
        assertThat(_size(view.grid)).isEqualTo(TestAccounts.ALL.size());
        assertThat(view.grid.getListDataView().getItems().map(a -> a.email()))
                .contains(TestAccounts.MEMBER.email(), TestAccounts.DISABLED.email());
    }

    @Test
    void createsAnAccount() {
        AccountDialog dialog = openCreateDialog();
        _setValue(dialog.email, "Aissatou.Ba@example.org");
        _setValue(dialog.displayName, "Aïssatou Ba");
        _setValue(dialog.roles, EnumSet.of(Role.ASSOCIATION_MEMBER));
        _setValue(dialog.temporaryPassword, "Teranga-et-solidarite-3");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(rowOf("aissatou.ba@example.org")).isNotNegative();
        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getElement)
                .anySatisfy(e -> assertThat(e.getProperty("text", "")).contains("aissatou.ba@example.org"));
    }

    @Test
    void refusesEmptyFieldsAndKeepsTheDialogOpenWithWhatWasTyped() {
        AccountDialog dialog = openCreateDialog();
        _setValue(dialog.displayName, "Someone");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter an e-mail address.");
        assertThat(dialog.displayName.getValue()).isEqualTo("Someone");
        assertThat(_size(view.grid)).isEqualTo(TestAccounts.ALL.size());
    }

    @Test
    void refusesADuplicateEmailAndAWeakPassword() {
        AccountDialog dialog = openCreateDialog();
        _setValue(dialog.email, "STAFF@test.example");
        _setValue(dialog.displayName, "Copy");
        _setValue(dialog.roles, EnumSet.of(Role.STAFF));
        _setValue(dialog.temporaryPassword, "Teranga-et-solidarite-3");
        _click(dialog.save);
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Another account already uses this e-mail address.");

        _setValue(dialog.email, "new@test.example");
        _setValue(dialog.temporaryPassword, "short");
        _click(dialog.save);
        assertThat(dialog.email.isInvalid()).isFalse();
        assertThat(dialog.temporaryPassword.isInvalid()).isTrue();
        assertThat(dialog.temporaryPassword.getErrorMessage()).isEqualTo("A password has at least 12 characters.");

        _setValue(dialog.temporaryPassword, "Password12345");
        _click(dialog.save);
        assertThat(dialog.temporaryPassword.getErrorMessage()).contains("too common");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void editsRolesOfAnAccount() {
        Button edit = actionOf(TestAccounts.BOARD, "Edit");
        assertThat(edit.getAriaLabel()).contains("Edit Bea Board");
        _click(edit);
        AccountDialog dialog = _get(AccountDialog.class);
        assertThat(dialog.email.getValue()).isEqualTo(TestAccounts.BOARD.email());
        _setValue(dialog.roles, EnumSet.of(Role.BOARD_MEMBER, Role.STAFF));
        _click(dialog.save);
        assertThat(view.grid
                        .getListDataView()
                        .getItem(rowOf(TestAccounts.BOARD.email()))
                        .roles())
                .containsExactlyInAnyOrder(Role.BOARD_MEMBER, Role.STAFF);
    }

    @Test
    void disablesAndEnablesAnAccount() {
        _click(actionOf(TestAccounts.BOARD, "Disable"));
        assertThat(view.grid
                        .getListDataView()
                        .getItem(rowOf(TestAccounts.BOARD.email()))
                        .enabled())
                .isFalse();
        _click(actionOf(TestAccounts.BOARD, "Enable"));
        assertThat(view.grid
                        .getListDataView()
                        .getItem(rowOf(TestAccounts.BOARD.email()))
                        .enabled())
                .isTrue();
    }

    @Test
    void theLastAdministratorCannotDisableThemself() {
        _click(actionOf(TestAccounts.ADMIN, "Disable"));
        assertThat(view.grid
                        .getListDataView()
                        .getItem(rowOf(TestAccounts.ADMIN.email()))
                        .enabled())
                .isTrue();
        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getElement)
                .anySatisfy(e -> assertThat(e.getProperty("text", "")).contains("last active administrator"));
    }

    @Test
    void nonAdministratorsCannotOpenTheView() {
        signOut();
        signIn(TestAccounts.STAFF);
        navigate("accounts");
        assertThat(_find(AccountsView.class)).isEmpty();
    }

    @Test
    void onAPhoneEachAccountIsACardWithItsWordsAndItsActions() {
        assertThat(view.phoneCards.showsCards()).isFalse();
        assertThat(view.grid.getColumnByKey("card").isVisible()).isFalse();

        view.phoneCards.fit(360);

        assertThat(view.phoneCards.showsCards()).isTrue();
        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getKey()))
                .containsExactly("card");
        int row = rowOf(TestAccounts.MEMBER.email());
        var card = GridKt._getCellComponent(view.grid, row, "card");
        assertThat(_get(
                                card,
                                com.vaadin.flow.component.html.Span.class,
                                spec -> spec.withClasses("passerelle-card-title"))
                        .getText())
                .isEqualTo(TestAccounts.MEMBER.name());
        assertThat(_get(
                                card,
                                com.vaadin.flow.component.html.Span.class,
                                spec -> spec.withClasses("passerelle-card-meta"))
                        .getText())
                .contains(TestAccounts.MEMBER.email())
                .contains("Association member")
                .contains("Active");
        assertThat(_find(card, Button.class).stream().map(Button::getText)).contains("Edit");

        view.phoneCards.fit(1280);
        assertThat(view.grid.getColumnByKey("card").isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("name").isVisible()).isTrue();
        assertThat(view.grid.getColumnByKey("actions").isVisible()).isTrue();
    }
}
