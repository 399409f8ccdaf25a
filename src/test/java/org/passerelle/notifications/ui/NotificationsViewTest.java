package org.passerelle.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.accounts.ui.ProfileView;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.NotificationService;
import org.passerelle.notifications.NotificationSettings;
import org.passerelle.notifications.NotificationsProbe;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.ui.ProposalPage;
import org.passerelle.voting.BallotOpening;
import org.passerelle.voting.BallotView;
import org.passerelle.voting.VotingFixture;

/** The bell (live), the notification centre and the e-mail settings, as people see them. */
class NotificationsViewTest extends KaribuTest {

    VotingFixture fixture;

    @BeforeEach
    void setUpData() {
        fixture = new VotingFixture(context, accounts);
    }

    private BallotView openBallot(ProposalView proposal) {
        accounts.signIn(TestAccounts.STAFF);
        BallotView opened = context.getBean(BallotOpening.class).open(proposal.id(), VotingFixture.decision(false));
        NotificationsProbe.settle(context);
        return opened;
    }

    /** Runs the UI's pending pushes until the bell shows the count (at most 10 s). */
    private static void awaitBell(NotificationBell bell, long count) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (bell.shown() != count) {
            if (System.nanoTime() > end) {
                throw new AssertionError("The bell shows " + bell.shown() + ", not " + count);
            }
            Thread.sleep(2);
            MockVaadin.runUIQueue();
        }
    }

    @Test
    void theBellCountsUpLiveWhenABallotOpensForMe() throws InterruptedException {
        ProposalView proposal = fixture.proposalInVoting("Solar for Huye");
        NotificationsProbe.settle(context);
        signIn(TestAccounts.BOARD);
        NotificationBell bell = _get(NotificationBell.class);
        long before = bell.shown();
        assertThat(before).as("the invitation and the submission").isEqualTo(2);
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications, 2 unread");

        openBallot(proposal); // staff, elsewhere
        accounts.signIn(TestAccounts.BOARD);
        awaitBell(bell, before + 1);
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications, 3 unread");
    }

    @Test
    void theCentreOpensTheProposalToVoteOnFromItsNotificationAndMarksItRead() {
        ProposalView proposal = fixture.proposalInVoting("Clinic water");
        openBallot(proposal);
        signIn(TestAccounts.BOARD);
        navigate("notifications");
        NotificationsView centre = _get(NotificationsView.class);
        assertThat(centre.shown).hasSize(3);
        assertThat(centre.shown.getFirst().text())
                .isEqualTo("A ballot opened on \u201cClinic water\u201d: your vote is awaited.");
        long unread = context.getBean(NotificationService.class).unreadCount();

        _get(
                        centre.list,
                        Button.class,
                        spec -> spec.withText(centre.shown.getFirst().text()))
                .click();

        assertThat(_get(ProposalPage.class)).as("where one votes").isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("proposals/" + proposal.id());
        assertThat(context.getBean(NotificationService.class).unreadCount()).isEqualTo(unread - 1);
    }

    @Test
    void markAllReadEmptiesTheBellAndSaysAllIsSeen() throws InterruptedException {
        openBallot(fixture.proposalInVoting("Read them all"));
        signIn(TestAccounts.BOARD);
        navigate("notifications");
        NotificationsView centre = _get(NotificationsView.class);
        assertThat(centre.markAllRead.isEnabled()).isTrue();

        centre.markAllRead.click();

        awaitBell(_get(NotificationBell.class), 0);
        assertThat(centre.markAllRead.isEnabled()).isFalse();
        assertThat(centre.empty.getText()).isEqualTo("All caught up.");
        assertThat(_find(centre.list, com.vaadin.flow.component.html.Span.class).stream()
                        .filter(s -> "Unread".equals(s.getText())))
                .isEmpty();
    }

    @Test
    void someoneWithNothingYetIsToldWhatWillComeHereInTheirLanguage() {
        signIn(TestAccounts.OUTSIDER);
        navigate("notifications");
        NotificationsView centre = _get(NotificationsView.class);
        assertThat(centre.shown).isEmpty();
        assertThat(centre.empty.getText()).startsWith("Nothing yet.");
        assertThat(centre.more.isVisible()).isFalse();
        assertThat(_get(NotificationBell.class).badge.isVisible()).isFalse();
    }

    @Test
    void theProfileSetsTheMailChoicePerCategoryInFrench() {
        signIn(TestAccounts.MEMBER); // French
        navigate("profile");
        _get(ProfileView.class);
        @SuppressWarnings("unchecked")
        Select<MailMode> ballots = _get(Select.class, spec -> spec.withLabel("Scrutins o\u00f9 je vote"));
        assertThat(ballots.getValue()).isEqualTo(MailMode.IMMEDIATE);

        _setValue(ballots, MailMode.WEEKLY);

        assertThat(context.getBean(NotificationSettings.class).mine())
                .containsEntry(NotificationCategory.BALLOTS, MailMode.WEEKLY)
                .containsEntry(NotificationCategory.MENTIONS, MailMode.IMMEDIATE);
        navigate("profile");
        @SuppressWarnings("unchecked")
        Select<MailMode> again = _get(Select.class, spec -> spec.withLabel("Scrutins o\u00f9 je vote"));
        assertThat(again.getValue()).isEqualTo(MailMode.WEEKLY);
    }
}
