package org.passerelle.newsletter;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.UserFacingException;
import org.passerelle.contacts.SegmentSummary;
import org.passerelle.newsletter.domain.NewsletterBlockRepository;
import org.passerelle.newsletter.domain.NewsletterIssue;
import org.passerelle.newsletter.domain.NewsletterIssueRepository;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.ReadyMails;
import org.passerelle.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an issue. First both languages are frozen into the issue (the archive) with its audience, and it becomes
 * SENDING; then the recipients are queued in chunks, each chunk one transaction that records a delivery row per
 * recipient (unique per issue and recipient) and queues their mail in the notifications' durable queue together;
 * then it is SENT. A send interrupted by a crash is resumed by sending again: those with a delivery row are skipped,
 * so nobody gets an issue twice, and sending a sent issue again queues nothing.
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class NewsletterSending {

    static final String CONTACT_PURPOSE = "newsletter-contact";

    private final NewsletterIssueRepository issues;
    private final NewsletterBlockRepository blocks;
    private final BlockContent content;
    private final IssueRenderer renderer;
    private final Recipients recipients;
    private final ReadyMails mails;
    private final NewsletterProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    NewsletterSending(
            NewsletterIssueRepository issues,
            NewsletterBlockRepository blocks,
            BlockContent content,
            IssueRenderer renderer,
            Recipients recipients,
            ReadyMails mails,
            NewsletterProperties properties,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.issues = issues;
        this.blocks = blocks;
        this.content = content;
        this.renderer = renderer;
        this.recipients = recipients;
        this.mails = mails;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The contact segments an issue may go to. */
    public List<SegmentSummary> segments() {
        return recipients.segments();
    }

    /**
     * Sends the issue to the audience (a draft), or resumes an interrupted send (the audience fixed at its start);
     * a sent issue is not sent again. Refused, naming them (in the reader's language), while the subject or a free
     * text lacks a language.
     */
    public SendReport send(long issueId, Audience audience, Locale reader) {
        long me = currentUser.require().accountId();
        NewsletterIssue issue = transaction.execute(status -> start(issueId, audience, me, reader));
        if (issue.getState() == IssueState.SENT) {
            return new SendReport(0, issue.getRecipients(), issue.getRecipients());
        }
        Map<String, RenderedIssue> versions = Map.of(
                "en", new RenderedIssue("en", issue.getSubjectEn(), issue.getHtmlEn(), issue.getTextEn()),
                "fr", new RenderedIssue("fr", issue.getSubjectFr(), issue.getHtmlFr(), issue.getTextFr()));
        List<Recipients.Recipient> everyone = recipients.of(issue.getSegmentId(), issue.isToMembers());
        int queued = 0;
        int chunk = Math.max(1, properties.sendChunk());
        for (int from = 0; from < everyone.size(); from += chunk) {
            List<Recipients.Recipient> part = everyone.subList(from, Math.min(everyone.size(), from + chunk));
            queued += queueChunk(issueId, part, versions);
        }
        int[] total = {0};
        int done = queued;
        transaction.executeWithoutResult(status -> {
            NewsletterIssue sending = issues.findById(issueId).orElseThrow(IssueNotFoundException::new);
            total[0] = deliveries(issueId);
            if (sending.getState() == IssueState.SENDING) {
                sending.sent(total[0], clock.instant());
                issues.saveAndFlush(sending);
            }
            events.publishEvent(new NewsletterSent(me, issueId, sending.getSubjectEn(), done, total[0]));
        });
        return new SendReport(queued, total[0] - queued, total[0]);
    }

    private NewsletterIssue start(long issueId, Audience audience, long me, Locale reader) {
        NewsletterIssue issue = issues.findById(issueId).orElseThrow(IssueNotFoundException::new);
        if (issue.getState() != IssueState.DRAFT) {
            return issue;
        }
        var parts = blocks.findByIssueIdOrderByPositionAscIdAsc(issueId);
        List<String> missing = IssueTexts.missing(issue, parts, content, reader);
        if (!missing.isEmpty()) {
            throw new UserFacingException("newsletter.error.texts-missing", String.join("; ", missing));
        }
        if (audience == null || (audience.segmentId() == null && !audience.members())) {
            throw new UserFacingException("newsletter.error.no-audience");
        }
        if (audience.segmentId() != null
                && recipients.segments().stream().noneMatch(s -> s.id() == audience.segmentId())) {
            throw new UserFacingException("newsletter.error.segment-gone");
        }
        RenderedIssue english = renderer.render(issue.getSubjectEn(), parts, Locale.ENGLISH);
        RenderedIssue french = renderer.render(issue.getSubjectFr(), parts, Locale.FRENCH);
        issue.startSending(
                audience.segmentId(),
                audience.members(),
                me,
                clock.instant(),
                english.html(),
                english.text(),
                french.html(),
                french.text());
        return issues.saveAndFlush(issue);
    }

    /** One transaction: a delivery row and a queued mail for each recipient who has none yet. */
    private int queueChunk(long issueId, List<Recipients.Recipient> part, Map<String, RenderedIssue> versions) {
        for (int attempt = 0; ; attempt++) {
            try {
                Integer queued = transaction.execute(status -> {
                    Set<String> done = new HashSet<>(jdbc.queryForList(
                            "select recipient_kind || ':' || recipient_id from newsletter_delivery where issue_id = ?",
                            String.class,
                            issueId));
                    int count = 0;
                    for (Recipients.Recipient recipient : part) {
                        if (done.contains(recipient.kind() + ":" + recipient.id())) {
                            continue;
                        }
                        jdbc.update(
                                "insert into newsletter_delivery (issue_id, recipient_kind, recipient_id, language,"
                                        + " queued_at) values (?, ?, ?, ?, ?)",
                                issueId,
                                recipient.kind(),
                                recipient.id(),
                                recipient.language(),
                                clock.instant().atOffset(java.time.ZoneOffset.UTC));
                        queue(issueId, recipient, versions.get(recipient.language()));
                        count++;
                    }
                    return count;
                });
                return queued == null ? 0 : queued;
            } catch (DuplicateKeyException anotherSendWasFaster) {
                // two sends of the same issue at once: this chunk is rolled back and retried, skipping theirs
                if (attempt >= 2) {
                    throw anotherSendWasFaster;
                }
            }
        }
    }

    private void queue(long issueId, Recipients.Recipient recipient, RenderedIssue version) {
        String online = mails.link("/newsletters/" + issueId + "?lang=" + recipient.language());
        String unsubscribe = Recipients.MEMBER.equals(recipient.kind())
                ? mails.unsubscribeLink(recipient.id(), NotificationCategory.NEWSLETTER)
                : mails.link("/newsletters/unsubscribe?token=" + contactToken(recipient));
        RenderedIssue mail = renderer.mail(version, online, unsubscribe);
        mails.queue(
                Recipients.MEMBER.equals(recipient.kind()) ? recipient.id() : null,
                recipient.email(),
                mail.subject(),
                mail.text(),
                mail.html(),
                "<" + unsubscribe + ">");
    }

    private String contactToken(Recipients.Recipient recipient) {
        long expires = clock.instant().plus(properties.unsubscribeValidity()).getEpochSecond();
        return mails.sign(CONTACT_PURPOSE, recipient.id() + ":" + recipient.language() + ":" + expires);
    }

    private int deliveries(long issueId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from newsletter_delivery where issue_id = ?", Integer.class, issueId);
        return count == null ? 0 : count;
    }
}
