package org.passerelle.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The newsletter against a real database: composing, the two languages, sending once to those who consented. */
abstract class NewsletterContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NewsletterService newsletters;

    @Autowired
    NewsletterSending sending;

    @Autowired
    NewsletterArchive archive;

    TestAccounts accounts;
    NewsletterFixture fixture;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new NewsletterFixture(context, accounts);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void anIssueComposedFromTheAppReadsInBothLanguagesWithMarkersWhereTheSourceHasOne() {
        long issue = fixture.completeDraft();

        RenderedIssue english = newsletters.preview(issue, Locale.ENGLISH);
        RenderedIssue french = newsletters.preview(issue, Locale.FRENCH);

        assertThat(english.subject()).isEqualTo("Spring news");
        assertThat(english.html())
                .contains("Welcome to our <strong>spring</strong> issue.")
                .contains("Health centres")
                .contains("Build <strong>health</strong> centres.")
                .contains("Solar for Huye")
                .contains("Two health centres now run on solar power.")
                .contains("Health co-creation")
                .doesNotContain("(in English)");
        assertThat(french.subject()).isEqualTo("Nouvelles du printemps");
        assertThat(french.html())
                .contains("Bienvenue dans notre numéro de <strong>printemps</strong>.")
                .contains("Centres de santé")
                .as("the description exists in English only: shown, marked")
                .contains("Build <strong>health</strong> centres. (in English)")
                .contains("Health co-creation (in English)")
                .contains("Résultat :")
                .contains("texte original");
        assertThat(french.text()).contains("Nouvelles du printemps").contains("Centres de santé");
        assertThat(newsletters.missingTexts(issue, Locale.ENGLISH)).isEmpty();
        assertThat(newsletters.blocks(issue, Locale.ENGLISH))
                .extracting(BlockInfo::kind)
                .containsExactly(BlockKind.TEXT, BlockKind.CALL, BlockKind.PROJECT, BlockKind.SESSION);
    }

    @Test
    void anIssueWithoutItsFrenchTextIsRefusedNamingTheBlockAndNothingIsSent() {
        long issue = newsletters.create("Autumn news", "").id();
        newsletters.addBlock(issue, BlockKind.CALL, fixture.callId);
        newsletters.addText(issue, "Only in English.", "  ");

        assertThat(newsletters.missingTexts(issue, Locale.ENGLISH))
                .containsExactly("the French subject", "the French text of block 2 (Text: Only in English.)");
        assertThatThrownBy(() -> sending.send(issue, new Audience(fixture.segmentId, true), Locale.ENGLISH))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("newsletter.error.texts-missing");
                    assertThat(refused.arguments()[0].toString())
                            .contains("the French subject")
                            .contains("block 2");
                });
        assertThat(newsletters.issue(issue).state()).isEqualTo(IssueState.DRAFT);
        assertThat(jdbc.queryForObject("select count(*) from mail_queue", Integer.class))
                .isZero();
        assertThat(newsletters.preview(issue, Locale.FRENCH).html()).contains("le texte français manque");
    }

    @Test
    void sendingReachesTheSegmentsConsentingContactsAndTheConsentingMembersEachInTheirLanguage() {
        long issue = fixture.completeDraft();

        SendReport report = sending.send(issue, new Audience(fixture.segmentId, true), Locale.ENGLISH);

        assertThat(report).isEqualTo(new SendReport(4, 0, 4));
        assertThat(NewsletterFixture.addresses(jdbc))
                .as("not Paul (no consent), not Awa (another segment), not BOTH (newsletter off), not DISABLED")
                .containsExactly(
                        "aline@contacts.example",
                        TestAccounts.BOARD.email(),
                        "john@contacts.example",
                        TestAccounts.MEMBER.email());
        assertThat(subjectTo("aline@contacts.example")).isEqualTo("Nouvelles du printemps");
        assertThat(subjectTo("john@contacts.example")).isEqualTo("Spring news");
        assertThat(subjectTo(TestAccounts.BOARD.email())).isEqualTo("Spring news");
        assertThat(subjectTo(TestAccounts.MEMBER.email())).isEqualTo("Nouvelles du printemps");
        assertThat(jdbc.queryForList(
                        "select text_body from mail_queue where to_address = ?",
                        String.class,
                        "aline@contacts.example"))
                .singleElement()
                .asString()
                .contains("/newsletters/unsubscribe?token=")
                .contains("/newsletters/" + issue + "?lang=fr");
        assertThat(jdbc.queryForList(
                        "select list_unsubscribe from mail_queue where to_address = ?",
                        String.class,
                        TestAccounts.BOARD.email()))
                .singleElement()
                .asString()
                .contains("/mail/unsubscribe?token=");
        assertThat(jdbc.queryForList(
                        "select recipient_id from mail_queue where to_address = ?",
                        Long.class,
                        "aline@contacts.example"))
                .as("a contact has no account")
                .containsExactly((Long) null);
        IssueSummary sent = newsletters.issue(issue);
        assertThat(sent.state()).isEqualTo(IssueState.SENT);
        assertThat(sent.recipients()).isEqualTo(4);
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns where lower(table_name) ="
                                + " 'newsletter_delivery'",
                        String.class))
                .as("recipients are kept as ids, never addresses")
                .noneMatch(column -> column.toLowerCase(Locale.ROOT).contains("mail")
                        || column.toLowerCase(Locale.ROOT).contains("address"));
    }

    @Test
    void sendingAgainQueuesNothingAndAResumedSendSkipsThoseAlreadyQueued() {
        long issue = fixture.completeDraft();
        sending.send(issue, new Audience(fixture.segmentId, true), Locale.ENGLISH);

        assertThat(sending.send(issue, new Audience(fixture.segmentId, true), Locale.ENGLISH))
                .isEqualTo(new SendReport(0, 4, 4));
        assertThat(jdbc.queryForObject("select count(*) from mail_queue", Integer.class))
                .isEqualTo(4);

        // a crash after the contacts' chunk: the members' deliveries and mails were never committed
        jdbc.update("delete from mail_queue where recipient_id is not null");
        jdbc.update("delete from newsletter_delivery where recipient_kind = 'MEMBER'");
        jdbc.update("update newsletter_issue set state = 'SENDING', sent_at = null where id = ?", issue);

        SendReport resumed = sending.send(issue, null, Locale.ENGLISH);

        assertThat(resumed).isEqualTo(new SendReport(2, 2, 4));
        assertThat(NewsletterFixture.addresses(jdbc)).hasSize(4).doesNotHaveDuplicates();
        assertThat(newsletters.issue(issue).state()).isEqualTo(IssueState.SENT);
    }

    @Test
    void aSendInterruptedByAStopIsResumedAtStartAsTheStaffMemberWhoStartedIt() {
        long issue = fixture.completeDraft();
        sending.send(issue, new Audience(fixture.segmentId, true), Locale.ENGLISH);
        jdbc.update("delete from mail_queue where recipient_id is null");
        jdbc.update("delete from newsletter_delivery where recipient_kind = 'CONTACT'");
        jdbc.update("update newsletter_issue set state = 'SENDING', sent_at = null where id = ?", issue);
        TestAccounts.signOut();

        assertThat(context.getBean(SendingResumption.class).resumeAll()).isEqualTo(2);

        assertThat(NewsletterFixture.addresses(jdbc)).hasSize(4).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select state from newsletter_issue where id = ?", String.class, issue))
                .isEqualTo("SENT");
        assertThat(context.getBean(SendingResumption.class).resumeAll()).isZero();
    }

    @Test
    void aSentIssueIsFrozenAndPublicWhileADraftIsNot() {
        long issue = fixture.completeDraft();
        long draft = newsletters.create("Draft only", "Brouillon seulement").id();
        assertThat(archive.sent(issue, Locale.ENGLISH)).isEmpty();

        sending.send(issue, new Audience(null, true), Locale.ENGLISH);

        assertThat(archive.sent(Locale.FRENCH)).singleElement().satisfies(sent -> {
            assertThat(sent.subject()).isEqualTo("Nouvelles du printemps");
            assertThat(sent.html()).contains("Centres de santé").doesNotContain("token=");
        });
        assertThat(archive.sent(draft, Locale.ENGLISH)).isEmpty();
        assertThatThrownBy(() -> newsletters.addText(issue, "Late", "Tard"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("newsletter.error.not-draft"));
        jdbc.update("update call_for_proposals set title_en = 'Renamed' where id = ?", fixture.callId);
        assertThat(newsletters.preview(issue, Locale.ENGLISH).html())
                .as("shown as sent")
                .contains("Health centres");
    }

    @Test
    void onlyStaffComposeSendAndSeeDrafts() {
        long issue = fixture.completeDraft();
        for (TestAccounts.Person person : List.of(TestAccounts.MEMBER, TestAccounts.BOARD)) {
            accounts.signIn(person);
            assertThatThrownBy(() -> newsletters.create("Mine", "La mienne"))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> newsletters.issues()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> newsletters.preview(issue, Locale.ENGLISH))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> sending.send(issue, new Audience(fixture.segmentId, true), Locale.ENGLISH))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        TestAccounts.signOut();
        assertThatThrownBy(() -> newsletters.issues())
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from mail_queue", Integer.class))
                .isZero();
    }

    @Test
    void aBlockMustBeSomethingStaffMayPickAndSizesAreBounded() {
        long issue = newsletters.create("Bounds", "Limites").id();
        assertThatThrownBy(
                        () -> newsletters.addBlock(issue, BlockKind.SESSION, fixture.callId + fixture.sessionId + 1000))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("newsletter.error.block-unavailable"));
        assertThatThrownBy(() -> newsletters.addText(issue, "x".repeat(10_001), "y"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("newsletter.error.text-too-long"));
        assertThatThrownBy(() -> newsletters.create("", " "))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("newsletter.error.subject-required"));
        assertThatThrownBy(() -> sending.send(issue, new Audience(null, false), Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("newsletter.error.no-audience"));
    }

    private String subjectTo(String address) {
        return jdbc.queryForObject("select subject from mail_queue where to_address = ?", String.class, address);
    }
}
