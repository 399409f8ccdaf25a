package org.passerelle.spaces.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.accounts.AccountService;
import org.passerelle.base.Stage;
import org.passerelle.base.ui.NotFoundView;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;

class SpaceViewsTest extends KaribuTest {

    private SpaceSummary spaceAsAdmin(String title, AccessMode mode) {
        accounts.signIn(TestAccounts.ADMIN);
        SpaceSummary space = context.getBean(SpaceService.class)
                .create(new SpaceForm(title, null, "About " + title, null, Stage.ENGAGE, mode));
        TestAccounts.signOut();
        return space;
    }

    private static String notificationTexts() {
        return String.join(
                " | ",
                NotificationsKt.getNotifications().stream()
                        .map(Notification::getElement)
                        .map(e -> e.getProperty("text", ""))
                        .toList());
    }

    @Test
    void staffCreateASpaceAndLandOnIt() {
        signIn(TestAccounts.STAFF);
        navigate("spaces");
        _click(_get(SpacesView.class).create);
        SpaceDialog dialog = _get(SpaceDialog.class);
        _setValue(dialog.titleEn, "Rwanda — health and TVET");
        _setValue(dialog.descriptionFr, "Santé et formation professionnelle");
        _setValue(dialog.access, AccessMode.PRIVATE);
        _click(dialog.save);

        SpaceView view = _get(SpaceView.class);
        assertThat(view.title.getText()).isEqualTo("Rwanda — health and TVET");
        assertThat(view.archive.isVisible()).isTrue();
        assertThat(GridKt._size(view.members.grid)).isEqualTo(1);
    }

    @Test
    void aSpaceWithoutTitleIsRefusedAndTheDialogKeepsWhatWasTyped() {
        signIn(TestAccounts.STAFF);
        navigate("spaces");
        _click(_get(SpacesView.class).create);
        SpaceDialog dialog = _get(SpaceDialog.class);
        _setValue(dialog.descriptionEn, "<script>alert(1)</script> a description without a title");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.titleEn.isInvalid()).isTrue();
        assertThat(dialog.titleEn.getErrorMessage()).isEqualTo("Give the space a title, in English or in French.");
        assertThat(dialog.descriptionEn.getValue()).startsWith("<script>");
        assertThat(dialog.titleEn.getMaxLength()).isEqualTo(150);
    }

    @Test
    void nonStaffSeeNoCreateButtonAndCanJoinAnOpenSpace() {
        spaceAsAdmin("Remittances and investment", AccessMode.OPEN);
        spaceAsAdmin("Board only", AccessMode.PRIVATE);
        signIn(TestAccounts.OUTSIDER);
        navigate("spaces");
        SpacesView view = _get(SpacesView.class);
        assertThat(view.create.isVisible()).isFalse();
        assertThat(_find(view.list, SpaceCard.class)).hasSize(1);
        SpaceCard card = _get(view.list, SpaceCard.class);
        _click(card.join);
        assertThat(notificationTexts()).contains("You joined the space.");
        assertThat(_get(view.list, SpaceCard.class).join.getText()).isEmpty();
    }

    @Test
    void aPrivateSpaceAndAnUnknownIdLookTheSame() {
        SpaceSummary hidden = spaceAsAdmin("Board only", AccessMode.PRIVATE);
        signIn(TestAccounts.OUTSIDER);
        UI.getCurrent().navigate(SpaceView.class, SpaceView.parameters(hidden.id()));
        _get(NotFoundView.class);
        assertThat(_find(SpaceView.class)).isEmpty();
        UI.getCurrent().navigate("spaces/999999");
        _get(NotFoundView.class);
        UI.getCurrent().navigate("spaces/not-a-number");
        _get(NotFoundView.class);
    }

    @Test
    void staffInviteAndTheInviteeAcceptsInMySpaces() {
        SpaceSummary space = spaceAsAdmin("Women's associations", AccessMode.PRIVATE);
        signIn(TestAccounts.STAFF);
        UI.getCurrent().navigate(SpaceView.class, SpaceView.parameters(space.id()));
        MembersPanel members = _get(SpaceView.class).members;
        var outsider =
                context.getBean(AccountService.class).search("Outsider", 5).getFirst();
        _setValue(members.invitee, outsider);
        _setValue(members.inviteRole, SpaceRole.PARTICIPANT);
        _click(members.invite);
        assertThat(notificationTexts()).contains("Invitation sent to Oumar Outsider.");

        signOut();
        signIn(TestAccounts.OUTSIDER);
        navigate("my-spaces");
        MySpacesView mine = _get(MySpacesView.class);
        _click(_get(mine.invitations, Button.class, spec -> spec.withText("Accept")));
        assertThat(_find(mine.list, SpaceCard.class)).hasSize(1);
        UI.getCurrent().navigate(SpaceView.class, SpaceView.parameters(space.id()));
        assertThat(_get(SpaceView.class).title.getText()).isEqualTo("Women's associations");
    }

    @Test
    void removingTheLastFacilitatorIsRefusedWithAMessage() {
        SpaceSummary space = spaceAsAdmin("Youth", AccessMode.RESTRICTED);
        signIn(TestAccounts.STAFF);
        UI.getCurrent().navigate(SpaceView.class, SpaceView.parameters(space.id()));
        MembersPanel members = _get(SpaceView.class).members;
        var actions = (Button) GridKt._getCellComponent(members.grid, 0, "actions");
        _click(actions);
        assertThat(notificationTexts()).contains("A space needs at least one facilitator");
        assertThat(GridKt._size(_get(SpaceView.class).members.grid)).isEqualTo(1);
    }

    @Test
    void aTitleOnlyInEnglishIsMarkedForFrenchReaders() {
        SpaceSummary space = spaceAsAdmin("Remittances", AccessMode.OPEN);
        signIn(TestAccounts.MEMBER); // French
        UI.getCurrent().navigate(SpaceView.class, SpaceView.parameters(space.id()));
        SpaceView view = _get(SpaceView.class);
        assertThat(view.title.getText()).isEqualTo("Remittances");
        assertThat(view.title.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(_get(view.header, Span.class).getText()).isEqualTo("(EN)");
        assertThat(view.join.getText()).isEqualTo("Rejoindre");
        assertThat(view.join.getThemeNames()).as("a member's main action").contains("primary");
    }

    @Test
    void forStaffEditingIsTheMainActionNotJoining() {
        SpaceSummary space = spaceAsAdmin("Diaspora investment", AccessMode.OPEN);
        signIn(TestAccounts.STAFF);
        UI.getCurrent().navigate(SpaceView.class, SpaceView.parameters(space.id()));
        SpaceView view = _get(SpaceView.class);
        assertThat(view.edit.getThemeNames()).contains("primary");
        assertThat(view.join.getThemeNames()).doesNotContain("primary");
    }

    @Test
    void archivingMakesTheSpaceReadOnly() {
        SpaceSummary space = spaceAsAdmin("Culture", AccessMode.OPEN);
        context.getBean(SpaceMembershipService.class); // the bean exists for the view
        signIn(TestAccounts.STAFF);
        UI.getCurrent().navigate(SpaceView.class, SpaceView.parameters(space.id()));
        _click(_get(SpaceView.class).archive);
        SpaceView view = _get(SpaceView.class);
        assertThat(view.archive.getText()).isEqualTo("Restore");
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.members.invite.getText()).isEmpty();
    }
}
