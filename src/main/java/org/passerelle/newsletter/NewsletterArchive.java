package org.passerelle.newsletter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passerelle.newsletter.domain.NewsletterIssue;
import org.passerelle.newsletter.domain.NewsletterIssueRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive of sent issues, public: anyone may read a sent issue in either language, without signing in (the
 * public pages at {@code /newsletters}, and any module that shows the archive). A draft, or an issue still being
 * sent, is "not found".
 */
@Service
@Transactional(readOnly = true)
public class NewsletterArchive {

    private final NewsletterIssueRepository issues;

    NewsletterArchive(NewsletterIssueRepository issues) {
        this.issues = issues;
    }

    /** The sent issues, newest first, with their subject in the reader's language. */
    public List<ArchivedIssue> sent(Locale reader) {
        return issues.findByStateOrderBySentAtDescIdDesc(IssueState.SENT).stream()
                .map(issue -> archived(issue, reader))
                .toList();
    }

    public Optional<ArchivedIssue> sent(long issueId, Locale reader) {
        return issues.findById(issueId)
                .filter(issue -> issue.getState() == IssueState.SENT)
                .map(issue -> archived(issue, reader));
    }

    private static ArchivedIssue archived(NewsletterIssue issue, Locale reader) {
        boolean french = "fr".equals(reader.getLanguage());
        return french
                ? new ArchivedIssue(
                        issue.getId(),
                        "fr",
                        issue.getSubjectFr(),
                        issue.getHtmlFr(),
                        issue.getTextFr(),
                        issue.getSentAt())
                : new ArchivedIssue(
                        issue.getId(),
                        "en",
                        issue.getSubjectEn(),
                        issue.getHtmlEn(),
                        issue.getTextEn(),
                        issue.getSentAt());
    }
}
