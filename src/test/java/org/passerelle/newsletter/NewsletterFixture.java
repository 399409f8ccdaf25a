package org.passerelle.newsletter;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.TestAccounts;
import org.passerelle.base.Sector;
import org.passerelle.contacts.ContactForm;
import org.passerelle.contacts.ContactService;
import org.passerelle.contacts.SegmentCriteria;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.NotificationSettings;
import org.passerelle.proposals.FollowUpService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionsFixture;
import org.passerelle.voting.VotingFixture;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A workspace with something to tell: an open call (titles in both languages, a description in English only), a
 * completed project with its outcome, an upcoming session (English only); contacts of Rwanda (consenting in French
 * and in English, one who did not consent) and of Senegal, a segment "Rwanda"; BOARD (English) and MEMBER (French)
 * turned the newsletter on, BOTH did not. Leaves STAFF signed in.
 */
final class NewsletterFixture {

    final long callId;
    final long projectId;
    final long sessionId;
    final long segmentId;
    final long frenchContact;
    final long englishContact;
    final long refusingContact;
    final long otherCountryContact;

    private final ApplicationContext context;
    private final TestAccounts accounts;

    NewsletterFixture(ApplicationContext context, TestAccounts accounts) {
        this.context = context;
        this.accounts = accounts;
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        VotingFixture voting = new VotingFixture(context, accounts);
        callId = voting.callId;
        jdbc.update(
                "update call_for_proposals set description_en = ? where id = ?", "Build **health** centres.", callId);
        ProposalView project = voting.proposalInReview("Solar for Huye");
        projectId = project.id();
        jdbc.update("update proposal set state = 'COMPLETED' where id = ?", projectId);
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(FollowUpService.class)
                .setImpactSummary(projectId, "Two health centres now run on solar power.");
        accounts.signIn(TestAccounts.STAFF);
        sessionId = context.getBean(SessionService.class)
                .schedule(voting.spaceId, SessionsFixture.tomorrow("Health co-creation", 20))
                .id();
        ContactService contacts = context.getBean(ContactService.class);
        frenchContact = contacts.add(contact("Aline Uwase", "RW", "fr", "aline@contacts.example", true));
        englishContact = contacts.add(contact("John Mugabo", "RW", "en", "john@contacts.example", true));
        refusingContact = contacts.add(contact("Paul Habimana", "RW", "fr", "paul@contacts.example", false));
        otherCountryContact = contacts.add(contact("Awa Diop", "SN", "fr", "awa@contacts.example", true));
        segmentId = contacts.saveSegment("Rwanda", new SegmentCriteria("RW", null, null));
        NotificationSettings settings = context.getBean(NotificationSettings.class);
        settings.set(accounts.idOf(TestAccounts.BOARD), NotificationCategory.NEWSLETTER, MailMode.IMMEDIATE);
        settings.set(accounts.idOf(TestAccounts.MEMBER), NotificationCategory.NEWSLETTER, MailMode.WEEKLY);
        settings.set(accounts.idOf(TestAccounts.BOTH), NotificationCategory.NEWSLETTER, MailMode.OFF);
    }

    static ContactForm contact(String name, String country, String language, String email, boolean consent) {
        return new ContactForm(
                name,
                "Diaspora association",
                country,
                EnumSet.of(Sector.HEALTH),
                Set.of(language),
                language,
                email,
                consent,
                consent ? "Form at the Brussels diaspora day" : null,
                null);
    }

    /** A draft with the call, the project, the session and a text in both languages; STAFF signed in. */
    long completeDraft() {
        accounts.signIn(TestAccounts.STAFF);
        NewsletterService newsletters = context.getBean(NewsletterService.class);
        long issue = newsletters.create("Spring news", "Nouvelles du printemps").id();
        newsletters.addText(issue, "Welcome to our **spring** issue.", "Bienvenue dans notre numéro de **printemps**.");
        newsletters.addBlock(issue, BlockKind.CALL, callId);
        newsletters.addBlock(issue, BlockKind.PROJECT, projectId);
        newsletters.addBlock(issue, BlockKind.SESSION, sessionId);
        return issue;
    }

    static List<String> addresses(JdbcTemplate jdbc) {
        return jdbc.queryForList("select to_address from mail_queue order by to_address", String.class);
    }
}
