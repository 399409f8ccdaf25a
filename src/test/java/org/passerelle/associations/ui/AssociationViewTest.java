package org.passerelle.associations.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.AssociationsFixture;
import org.passerelle.base.ui.NotFoundView;

class AssociationViewTest extends KaribuTest {

    static final String SCRIPT = "<script>alert('x')</script>\nWe run health centres.";
    private long association;

    @BeforeEach
    void oneAssociationWhoseContactIsBoth() {
        AssociationsFixture.reset(jdbc);
        AssociationForm base = AssociationsFixture.form("Association Rwandaise de Belgique");
        AssociationForm form = new AssociationForm(
                base.name(),
                base.acronym(),
                SCRIPT,
                base.countries(),
                base.residence(),
                base.sectors(),
                base.website(),
                base.email(),
                base.phone());
        accounts.signIn(TestAccounts.STAFF);
        association = context.getBean(AssociationService.class)
                .register(form, accounts.idOf(TestAccounts.BOTH))
                .id();
        TestAccounts.signOut();
    }

    private AssociationView open(TestAccounts.Person person) {
        signIn(person);
        UI.getCurrent().navigate(AssociationView.class, AssociationView.parameters(association));
        return _get(AssociationView.class);
    }

    private static String notifications() {
        return String.join(
                " | ",
                NotificationsKt.getNotifications().stream()
                        .map(Notification::getElement)
                        .map(e -> e.getProperty("text", ""))
                        .toList());
    }

    private Button action(AssociationView view, String memberName, String label) {
        int row = IntStream.range(0, _size(view.members.grid))
                .filter(r -> view.members
                        .grid
                        .getListDataView()
                        .getItem(r)
                        .displayName()
                        .equals(memberName))
                .findFirst()
                .orElseThrow();
        var actions = (HorizontalLayout) _getCellComponent(view.members.grid, row, "actions");
        return _get(actions, Button.class, spec -> spec.withText(label));
    }

    @Test
    void aReaderSeesTheProfileAsTextAndNoManagement() {
        AssociationView view = open(TestAccounts.OUTSIDER);
        assertThat(view.title.getText()).isEqualTo("Association Rwandaise de Belgique (ARB)");
        assertThat(view.details.description.getText()).isEqualTo(SCRIPT);
        assertThat(view.details.description.getElement().getChildren())
                .as("the text is one text node, no element was made of it")
                .allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(view.details.website.getHref()).isEqualTo("https://arb.example.org");
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.verify.isVisible()).isFalse();
        assertThat(view.leave.isVisible()).isFalse();
        assertThat(view.members.grid.getColumnByKey("actions")).isNull();
        assertThat(view.members.inviteEmail.getParent()).isEmpty();
        assertThat(view.members.grid.getListDataView().getItem(0).email()).isNull();
    }

    @Test
    void anUnknownOrMalformedIdShowsTheNotFoundPage() {
        signIn(TestAccounts.MEMBER);
        UI.getCurrent().navigate("associations/" + (association + 1000));
        _get(NotFoundView.class);
        UI.getCurrent().navigate("associations/not-a-number");
        _get(NotFoundView.class);
        UI.getCurrent().navigate("associations/99999999999999999999999");
        _get(NotFoundView.class);
        assertThat(_find(AssociationView.class)).isEmpty();
    }

    @Test
    void staffVerifyAndTheBadgeShows() {
        AssociationView view = open(TestAccounts.STAFF);
        assertThat(view.details.badges.getChildren()).isEmpty();
        _click(view.verify);
        assertThat(view.verify.getText()).isEqualTo("Withdraw verification");
        assertThat(view.details.badges.getChildren().map(c -> c.getElement().getText()))
                .containsExactly("Verified");
        assertThat(notifications()).contains("The association is marked as verified.");
    }

    @Test
    void aContactInvitesByEmailAndNamesAnotherContact() {
        AssociationView view = open(TestAccounts.BOTH);
        assertThat(view.edit.isVisible()).isTrue();
        assertThat(view.verify.isVisible()).isFalse();
        _setValue(view.members.inviteEmail, TestAccounts.MEMBER.email());
        _click(view.members.invite);
        assertThat(notifications()).contains("Invitation sent to Moussa Membre.");
        assertThat(_size(view.members.grid)).isEqualTo(2);
        assertThat(view.members.grid.getListDataView().getItem(1).displayName()).isEqualTo("Moussa Membre");

        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(AssociationInvitationService.class).accept(association);
        view = open(TestAccounts.BOTH);
        _click(action(view, "Moussa Membre", "Make contact"));
        assertThat(view.members.grid.getListDataView().getItems().filter(m -> m.contact()))
                .hasSize(2);
    }

    @Test
    void anInvitationToAnUnknownAddressOrAMemberIsRefusedAndTheAddressKept() {
        AssociationView view = open(TestAccounts.BOTH);
        _setValue(view.members.inviteEmail, "nobody@example.org");
        _click(view.members.invite);
        assertThat(view.members.inviteEmail.isInvalid()).isTrue();
        assertThat(view.members.inviteEmail.getErrorMessage()).isEqualTo("No account uses this e-mail address.");
        assertThat(view.members.inviteEmail.getValue()).isEqualTo("nobody@example.org");

        _setValue(view.members.inviteEmail, TestAccounts.BOTH.email());
        _click(view.members.invite);
        assertThat(view.members.inviteEmail.getErrorMessage())
                .isEqualTo("Bintou Both is already a member of this association.");
        assertThat(_size(view.members.grid)).isEqualTo(1);
    }

    @Test
    void removingTheLastContactIsRefusedWithAMessage() {
        AssociationView view = open(TestAccounts.STAFF);
        _click(action(view, "Bintou Both", "Remove"));
        assertThat(notifications()).contains("An association needs at least one contact person");
        assertThat(_size(_get(AssociationView.class).members.grid)).isEqualTo(1);
    }

    @Test
    void aContactEditsTheProfileAndABadWebsiteIsRefused() {
        AssociationView view = open(TestAccounts.BOTH);
        _click(view.edit);
        AssociationDialog dialog = _get(AssociationDialog.class);
        assertThat(dialog.fields.description.getValue()).isEqualTo(SCRIPT);
        assertThat(dialog.contact.getParent()).isEmpty();
        _setValue(dialog.fields.website, "javascript:alert(1)");
        _setValue(dialog.fields.phone, "+250 788 000 000");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fields.website.getErrorMessage()).startsWith("Enter a web address starting with https://");
        assertThat(dialog.fields.phone.getValue()).isEqualTo("+250 788 000 000");

        _setValue(dialog.fields.website, "https://arb.example.org/en");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.details.website.getHref()).isEqualTo("https://arb.example.org/en");
        assertThat(notifications()).contains("Profile saved.");
    }

    @Test
    void aMemberLeaves() {
        accounts.signIn(TestAccounts.BOTH);
        context.getBean(AssociationInvitationService.class).invite(association, TestAccounts.BOARD.email());
        accounts.signIn(TestAccounts.BOARD);
        context.getBean(AssociationInvitationService.class).accept(association);
        AssociationView view = open(TestAccounts.BOARD);
        assertThat(view.details.badges.getChildren().map(c -> c.getElement().getText()))
                .containsExactly("You are a member");
        _click(view.leave);
        assertThat(notifications()).contains("You left the association.");
        assertThat(view.leave.isVisible()).isFalse();
        assertThat(_size(view.members.grid)).isEqualTo(1);
    }
}
