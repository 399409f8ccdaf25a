package org.passerelle.associations.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationMembershipService;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.AssociationsFixture;

class MyAssociationsViewTest extends KaribuTest {

    private long association;

    @BeforeEach
    void anInvitationFromTheContact() {
        AssociationsFixture.reset(jdbc);
        accounts.signIn(TestAccounts.STAFF);
        association = context.getBean(AssociationService.class)
                .register(
                        AssociationsFixture.form("Amicale des Maliens du Luxembourg"), accounts.idOf(TestAccounts.BOTH))
                .id();
        accounts.signIn(TestAccounts.BOTH);
        context.getBean(AssociationInvitationService.class).invite(association, TestAccounts.MEMBER.email());
        context.getBean(AssociationInvitationService.class).invite(association, TestAccounts.BOARD.email());
        TestAccounts.signOut();
    }

    private MyAssociationsView open(TestAccounts.Person person) {
        signIn(person);
        navigate("my-associations");
        return _get(MyAssociationsView.class);
    }

    private static String notifications() {
        return String.join(
                " | ",
                NotificationsKt.getNotifications().stream()
                        .map(Notification::getElement)
                        .map(e -> e.getProperty("text", ""))
                        .toList());
    }

    @Test
    void theInviteeAcceptsAndTheAssociationIsListed() {
        MyAssociationsView view = open(TestAccounts.MEMBER); // French
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.none.isVisible()).isTrue();
        Button accept = _get(view.invitations, Button.class, spec -> spec.withText("Accepter"));
        assertThat(accept.getAriaLabel()).hasValue("Accepter l'invitation (Amicale des Maliens du Luxembourg)");
        _click(accept);

        assertThat(notifications())
                .contains("Amicale des Maliens du Luxembourg : bienvenue, vous êtes désormais membre.");
        assertThat(_find(view.invitations, Button.class)).isEmpty();
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(((RouterLink) _getCellComponent(view.grid, 0, "name")).getText())
                .isEqualTo("Amicale des Maliens du Luxembourg (ARB)");
        assertThat(view.grid.getListDataView().getItem(0).contact()).isFalse();
        assertThat(view.getPageTitle()).isEqualTo("Mes associations");
    }

    @Test
    void theInviteeDeclines() {
        MyAssociationsView view = open(TestAccounts.BOARD);
        _click(_get(view.invitations, Button.class, spec -> spec.withText("Decline")));
        assertThat(notifications()).contains("Invitation to Amicale des Maliens du Luxembourg declined.");
        assertThat(_find(view.invitations, Button.class)).isEmpty();
        assertThat(view.none.getText()).startsWith("You are not a member of any association yet.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from association_membership where account_id = ?",
                        Integer.class,
                        accounts.idOf(TestAccounts.BOARD)))
                .isZero();
    }

    @Test
    void anInvitationWithdrawnMeanwhileIsRefusedWithAMessage() {
        MyAssociationsView view = open(TestAccounts.BOARD);
        Button accept = _get(view.invitations, Button.class, spec -> spec.withText("Accept"));
        accounts.signIn(TestAccounts.BOTH);
        context.getBean(AssociationMembershipService.class).remove(association, accounts.idOf(TestAccounts.BOARD));
        accounts.signIn(TestAccounts.BOARD);
        _click(accept);
        assertThat(notifications()).contains("This invitation is no longer open.");
        assertThat(_find(view.invitations, Button.class)).isEmpty();
        assertThat(view.grid.isVisible()).isFalse();
    }
}
