package org.passerelle.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.documents.DocumentsFixture;

/** "Download my data" and "Erase my account" on the profile; the administrators' erasure dialog and requests. */
class PersonalDataViewsTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Value("${passerelle.data-dir:./data}")
    String dataDir;

    @org.junit.jupiter.api.AfterEach
    void removeTheExportFiles() throws java.io.IOException {
        for (String name : jdbc.queryForList(
                "select file_name from personal_data_export where file_name is not null", String.class)) {
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(dataDir, "exports", name));
        }
    }

    private ProfileView profile(TestAccounts.Person person) {
        signIn(person);
        navigate("profile");
        return _get(ProfileView.class);
    }

    @Test
    void downloadMyDataShowsProgressThenTheLink() {
        ProfileView view = profile(TestAccounts.BOARD);
        assertThat(view.myData.download.isVisible()).isFalse();
        _click(view.myData.request);
        assertThat(view.myData.status.getText()).isNotEmpty();
        DocumentsFixture.await(
                "the export is ready",
                () -> "READY"
                        .equals(jdbc.queryForObject(
                                "select state from personal_data_export order by id desc fetch first 1 rows only",
                                String.class)));
        view.myData.refresh();
        assertThat(view.myData.download.isVisible()).isTrue();
        assertThat(view.myData.progress.isVisible()).isFalse();
        assertThat(view.myData.status.getText())
                .startsWith("Your data is ready")
                .contains("The link works until");
    }

    @Test
    void anExpiredExportIsGoneAndCanBeAskedForAgain() {
        ProfileView view = profile(TestAccounts.MEMBER); // French
        _click(view.myData.request);
        DocumentsFixture.await(
                "the export is ready",
                () -> "READY"
                        .equals(jdbc.queryForObject(
                                "select state from personal_data_export order by id desc fetch first 1 rows only",
                                String.class)));
        jdbc.update(
                "update personal_data_export set expires_at = ?",
                Timestamp.from(Instant.now().minusSeconds(5)));
        view.myData.refresh();
        assertThat(view.myData.download.isVisible()).isFalse();
        assertThat(view.myData.request.isEnabled()).isTrue();
        assertThat(view.myData.request.getText()).isEqualTo("Télécharger mes données");
    }

    @Test
    void aPersonAsksToBeErasedAfterAConfirmation() {
        ProfileView view = profile(TestAccounts.BOARD);
        assertThat(view.erasureRequest.pending.isVisible()).isFalse();
        _click(view.erasureRequest.request);
        assertThat(view.erasureRequest.confirmation.isOpened()).isTrue();
        _click(view.erasureRequest.confirm);
        assertThat(view.erasureRequest.pending.isVisible()).isTrue();
        assertThat(view.erasureRequest.request.isVisible()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select erasure_requested_at from account where email = ?",
                        Timestamp.class,
                        TestAccounts.BOARD.email()))
                .isNotNull();
    }

    @Test
    void anAdministratorConfirmsARequestTypingTheAddress() {
        jdbc.update(
                "update account set erasure_requested_at = ? where email = ?",
                Timestamp.from(Instant.now()),
                TestAccounts.MEMBER.email());
        signIn(TestAccounts.ADMIN);
        navigate("accounts");
        AccountsView view = _get(AccountsView.class);
        assertThat(view.requests.isVisible()).isTrue();
        assertThat(GridKt._size(view.requests)).isOne();
        _click((Button) GridKt._getCellComponent(view.requests, 0, "erase"));
        EraseAccountDialog dialog = _get(EraseAccountDialog.class);

        _setValue(dialog.typedEmail, "not.the.address@test.example");
        _click(dialog.erase);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.typedEmail.isInvalid()).isTrue();
        assertThat(dialog.typedEmail.getErrorMessage()).contains("e-mail address exactly");

        _setValue(dialog.typedEmail, TestAccounts.MEMBER.email());
        _click(dialog.erase);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.requests.isVisible()).isFalse();
        assertThat(view.noRequests.isVisible()).isTrue();
        assertThat(view.grid.getListDataView().getItems()).anySatisfy(a -> {
            assertThat(a.erased()).isTrue();
            assertThat(a.displayName()).isEqualTo("Former member");
        });
    }

    @Test
    void theLastAdministratorCannotBeErasedAndIsToldWhy() {
        signIn(TestAccounts.ADMIN);
        navigate("accounts");
        AccountsView view = _get(AccountsView.class);
        int row = IntStream.range(0, GridKt._size(view.grid))
                .filter(r -> view.grid.getListDataView().getItem(r).email().equals(TestAccounts.ADMIN.email()))
                .findFirst()
                .orElseThrow();
        var actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Erase…")));
        EraseAccountDialog dialog = _get(EraseAccountDialog.class);
        _setValue(dialog.typedEmail, TestAccounts.ADMIN.email());
        _click(dialog.erase);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.typedEmail.getErrorMessage()).contains("last active administrator");
        assertThat(jdbc.queryForObject(
                        "select erased_at from account where email = ?", Timestamp.class, TestAccounts.ADMIN.email()))
                .isNull();
    }
}
