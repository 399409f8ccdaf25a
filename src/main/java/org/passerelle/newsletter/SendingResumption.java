package org.passerelle.newsletter;

import java.util.List;
import java.util.Locale;
import org.passerelle.newsletter.domain.NewsletterIssue;
import org.passerelle.newsletter.domain.NewsletterIssueRepository;
import org.passerelle.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, an issue left SENDING by a node that stopped in the middle is sent on, as the staff member who started
 * it (so with their rights): those already queued are skipped, the others queued. Safe on several nodes (a row per
 * issue and recipient is unique). When that person's account is disabled, staff resume it from the editor.
 */
@Component
class SendingResumption {

    private static final Logger log = LoggerFactory.getLogger(SendingResumption.class);

    private final NewsletterIssueRepository issues;
    private final RunAs runAs;
    private final ObjectProvider<NewsletterSending> sending;

    SendingResumption(NewsletterIssueRepository issues, RunAs runAs, ObjectProvider<NewsletterSending> sending) {
        this.issues = issues;
        this.runAs = runAs;
        this.sending = sending;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        try {
            resumeAll();
        } catch (RuntimeException failure) {
            log.warn("Interrupted newsletter sends not resumed; staff may resume them from the editor", failure);
        }
    }

    /** Resumes every interrupted send; returns the mails queued. */
    int resumeAll() {
        int[] queued = {0};
        List<NewsletterIssue> interrupted = issues.findByState(IssueState.SENDING);
        for (NewsletterIssue issue : interrupted) {
            if (issue.getSentBy() == null) {
                continue;
            }
            runAs.asEach(List.of(issue.getSentBy()), person -> {
                SendReport report = sending.getObject().send(issue.getId(), null, Locale.ENGLISH);
                log.info(
                        "Newsletter {} resumed: {} mails queued, {} in all",
                        issue.getId(),
                        report.queued(),
                        report.total());
                queued[0] += report.queued();
            });
        }
        return queued[0];
    }
}
