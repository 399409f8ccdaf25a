package org.passerelle.newsletter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.ui.AccessDeniedView;
import org.passerelle.newsletter.IssueState;
import org.passerelle.newsletter.NewsletterService;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.NotificationSettings;

/** Staff compose, preview and send an issue in the views; what keeps it from going out is shown, not sent. */
class NewsletterViewsTest extends KaribuTest {

    private static String notifications() {
        return String.join(
                " | ",
                NotificationsKt.getNotifications().stream()
                        .map(Notification::getElement)
                        .map(e -> e.getProperty("text", ""))
                        .toList());
    }

    private NewsletterEditorView composeWithText(String english, String french) {
        signIn(TestAccounts.STAFF);
        navigate("newsletter");
        NewslettersView list = _get(NewslettersView.class);
        list.subjectEn.setValue("Spring news");
        list.subjectFr.setValue("Nouvelles du printemps");
        list.create.click();
        NewsletterEditorView editor = _get(NewsletterEditorView.class);
        editor.blocks.textEn.setValue(english);
        editor.blocks.textFr.setValue(french);
        editor.blocks.saveText.click();
        return editor;
    }

    @Test
    void staffComposePreviewInBothLanguagesAndSendToTheMembersWhoConsented() {
        context.getBean(NotificationSettings.class)
                .set(accounts.idOf(TestAccounts.BOARD), NotificationCategory.NEWSLETTER, MailMode.IMMEDIATE);
        NewsletterEditorView editor = composeWithText("Our **projects** moved on.", "Nos **projets** ont avancé.");

        assertThat(editor.blocks.list.getChildren().count()).isEqualTo(1);
        assertThat(editor.preview.shownHtml()).contains("Spring news").contains("<strong>projects</strong>");
        assertThat(editor.preview.text.getText()).contains("Our **projects** moved on.");
        editor.preview.language.setValue(Locale.FRENCH);
        assertThat(editor.preview.shownHtml())
                .contains("Nouvelles du printemps")
                .contains("<strong>projets</strong>");
        assertThat(editor.missing.isVisible()).isFalse();

        editor.members.setValue(true);
        editor.send.click();

        assertThat(notifications()).contains("Queued 1 mails; 0 people already had it; 1 in all.");
        assertThat(jdbc.queryForList("select to_address from mail_queue", String.class))
                .containsExactly(TestAccounts.BOARD.email());
        NewsletterEditorView sent = _get(NewsletterEditorView.class);
        assertThat(sent.state.getText()).isEqualTo("Sent");
        assertThat(sent.sentState.getText()).contains("to 1 people");
        assertThat(sent.blocks).as("a sent issue is read-only").isNull();
    }

    @Test
    void anIssueWithoutItsFrenchTextShowsWhatIsMissingAndIsNotSent() {
        NewsletterEditorView editor = composeWithText("Only in English.", "");

        assertThat(editor.missing.isVisible()).isTrue();
        assertThat(editor.missing.getText()).contains("the French text of block 1");
        editor.members.setValue(true);
        editor.send.click();

        assertThat(notifications()).contains("Not sent: the newsletter goes out in English and French");
        assertThat(jdbc.queryForObject("select count(*) from mail_queue", Integer.class))
                .isZero();
        accounts.signIn(TestAccounts.STAFF);
        assertThat(context.getBean(NewsletterService.class).issues())
                .singleElement()
                .satisfies(issue -> assertThat(issue.state()).isEqualTo(IssueState.DRAFT));
    }

    @Test
    void anIssueWithoutSubjectIsRefusedOnTheField() {
        signIn(TestAccounts.STAFF);
        navigate("newsletter");
        NewslettersView list = _get(NewslettersView.class);
        list.subjectEn.setValue("  ");
        list.create.click();

        assertThat(list.subjectEn.isInvalid()).isTrue();
        assertThat(list.subjectEn.getErrorMessage()).isEqualTo("Give the issue a subject.");
        assertThat(jdbc.queryForObject("select count(*) from newsletter_issue", Integer.class))
                .isZero();
    }

    @Test
    void membersCannotOpenTheNewsletterViews() {
        signIn(TestAccounts.MEMBER);
        navigate("newsletter");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(NewslettersView.class))
                .isEmpty();
        _get(AccessDeniedView.class);
    }
}
