package org.passerelle.newsletter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.newsletter.domain.NewsletterBlock;
import org.passerelle.newsletter.domain.NewsletterBlockRepository;
import org.passerelle.newsletter.domain.NewsletterIssue;
import org.passerelle.newsletter.domain.NewsletterIssueRepository;
import org.passerelle.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff compose an issue: its subjects in English and French, and its blocks (things picked in the app, free text),
 * previewed in both languages. Only a draft changes; what was sent stays as sent. Sending is
 * {@link NewsletterSending}.
 */
@Service
@Transactional
@PreAuthorize("hasRole('STAFF')")
public class NewsletterService {

    static final int SUBJECT_MAX = 200;

    private final NewsletterIssueRepository issues;
    private final NewsletterBlockRepository blocks;
    private final BlockChoices choices;
    private final BlockContent content;
    private final IssueRenderer renderer;
    private final NewsletterProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;

    NewsletterService(
            NewsletterIssueRepository issues,
            NewsletterBlockRepository blocks,
            BlockChoices choices,
            BlockContent content,
            IssueRenderer renderer,
            NewsletterProperties properties,
            CurrentUser currentUser,
            Clock clock) {
        this.issues = issues;
        this.blocks = blocks;
        this.choices = choices;
        this.content = content;
        this.renderer = renderer;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new draft; either subject may still be empty (both are needed to send). */
    public IssueSummary create(String subjectEn, String subjectFr) {
        NewsletterIssue issue = new NewsletterIssue(
                subject("subjectEn", subjectEn),
                subject("subjectFr", subjectFr),
                currentUser.require().accountId(),
                clock.instant());
        if (issue.getSubjectEn().isEmpty() && issue.getSubjectFr().isEmpty()) {
            throw new InvalidInputException("subjectEn", "newsletter.error.subject-required");
        }
        return summary(issues.saveAndFlush(issue));
    }

    public IssueSummary saveSubjects(long issueId, String subjectEn, String subjectFr) {
        NewsletterIssue issue = draft(issueId);
        issue.setSubjects(subject("subjectEn", subjectEn), subject("subjectFr", subjectFr), clock.instant());
        return summary(issues.saveAndFlush(issue));
    }

    /** Every issue, newest first (staff read sent ones here too: the archive in the app). */
    @Transactional(readOnly = true)
    public List<IssueSummary> issues() {
        return issues.findAllByOrderByIdDesc().stream()
                .map(NewsletterService::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public IssueSummary issue(long issueId) {
        return summary(issues.findById(issueId).orElseThrow(IssueNotFoundException::new));
    }

    @Transactional(readOnly = true)
    public List<BlockInfo> blocks(long issueId, Locale reader) {
        issue(issueId);
        return blocks.findByIssueIdOrderByPositionAscIdAsc(issueId).stream()
                .map(block -> new BlockInfo(
                        block.getId(),
                        BlockKind.valueOf(block.getKind()),
                        block.getRefId(),
                        content.label(block, reader),
                        block.getTextEn(),
                        block.getTextFr()))
                .toList();
    }

    /** What staff may put in an issue: open calls, accepted and completed projects, sessions. */
    @Transactional(readOnly = true)
    public List<BlockChoice> choices(Locale reader) {
        return choices.all(reader);
    }

    /** Adds a call, project or session picked in the app (one of {@link #choices}). */
    public void addBlock(long issueId, BlockKind kind, long refId) {
        NewsletterIssue issue = draft(issueId);
        if (kind == BlockKind.TEXT || !choices.allows(kind, refId)) {
            throw new InvalidInputException("block", "newsletter.error.block-unavailable");
        }
        append(issue, new NewsletterBlock(issueId, 0, kind.name(), refId, null, null));
    }

    /** Adds free Markdown text; an empty language is allowed in a draft, but refused at sending. */
    public void addText(long issueId, String textEn, String textFr) {
        NewsletterIssue issue = draft(issueId);
        append(
                issue,
                new NewsletterBlock(
                        issueId, 0, BlockKind.TEXT.name(), null, text("textEn", textEn), text("textFr", textFr)));
    }

    public void updateText(long blockId, String textEn, String textFr) {
        NewsletterBlock block = block(blockId);
        if (!BlockKind.TEXT.name().equals(block.getKind())) {
            throw new InvalidInputException("block", "newsletter.error.block-unavailable");
        }
        draft(block.getIssueId()).touch(clock.instant());
        block.setTexts(text("textEn", textEn), text("textFr", textFr));
        blocks.flush();
    }

    public void removeBlock(long blockId) {
        NewsletterBlock block = block(blockId);
        draft(block.getIssueId()).touch(clock.instant());
        blocks.delete(block);
        renumber(block.getIssueId());
    }

    /** Moves a block one place up ({@code -1}) or down ({@code +1}). */
    public void moveBlock(long blockId, int direction) {
        NewsletterBlock block = block(blockId);
        draft(block.getIssueId()).touch(clock.instant());
        List<NewsletterBlock> ordered =
                new ArrayList<>(blocks.findByIssueIdOrderByPositionAscIdAsc(block.getIssueId()));
        int from = ordered.indexOf(block);
        int to = from + Integer.signum(direction);
        if (to >= 0 && to < ordered.size()) {
            ordered.add(to, ordered.remove(from));
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i);
        }
        blocks.flush();
    }

    /**
     * The issue as a reader of this language would get it. A sent issue is shown as it was sent; a draft as it
     * would be sent now (the app's blocks read afresh).
     */
    @Transactional(readOnly = true)
    public RenderedIssue preview(long issueId, Locale language) {
        NewsletterIssue issue = issues.findById(issueId).orElseThrow(IssueNotFoundException::new);
        boolean french = "fr".equals(language.getLanguage());
        if (issue.getState() != IssueState.DRAFT) {
            return new RenderedIssue(
                    french ? "fr" : "en",
                    french ? issue.getSubjectFr() : issue.getSubjectEn(),
                    french ? issue.getHtmlFr() : issue.getHtmlEn(),
                    french ? issue.getTextFr() : issue.getTextEn());
        }
        return renderer.render(
                IssueTexts.subject(issue, french ? Locale.FRENCH : Locale.ENGLISH),
                blocks.findByIssueIdOrderByPositionAscIdAsc(issueId),
                french ? Locale.FRENCH : Locale.ENGLISH);
    }

    /**
     * What keeps the issue from being sent: the subject and the free-text blocks each need both languages (labels
     * in the reader's language; empty when it may be sent).
     */
    @Transactional(readOnly = true)
    public List<String> missingTexts(long issueId, Locale reader) {
        NewsletterIssue issue = issues.findById(issueId).orElseThrow(IssueNotFoundException::new);
        return IssueTexts.missing(issue, blocks.findByIssueIdOrderByPositionAscIdAsc(issueId), content, reader);
    }

    private void append(NewsletterIssue issue, NewsletterBlock block) {
        List<NewsletterBlock> existing = blocks.findByIssueIdOrderByPositionAscIdAsc(issue.getId());
        if (existing.size() >= properties.maxBlocks()) {
            throw new InvalidInputException("block", "newsletter.error.too-many-blocks", properties.maxBlocks());
        }
        block.setPosition(existing.isEmpty() ? 0 : existing.getLast().getPosition() + 1);
        issue.touch(clock.instant());
        blocks.saveAndFlush(block);
    }

    private void renumber(long issueId) {
        List<NewsletterBlock> ordered = blocks.findByIssueIdOrderByPositionAscIdAsc(issueId);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i);
        }
        blocks.flush();
    }

    private NewsletterIssue draft(long issueId) {
        NewsletterIssue issue = issues.findById(issueId).orElseThrow(IssueNotFoundException::new);
        if (issue.getState() != IssueState.DRAFT) {
            throw new UserFacingException("newsletter.error.not-draft");
        }
        return issue;
    }

    private NewsletterBlock block(long blockId) {
        return blocks.findById(blockId).orElseThrow(IssueNotFoundException::new);
    }

    private static String subject(String field, String value) {
        String clean =
                value == null ? "" : value.replaceAll("[\\r\\n\\t]+", " ").strip();
        if (clean.length() > SUBJECT_MAX) {
            throw new InvalidInputException(field, "newsletter.error.subject-too-long", SUBJECT_MAX);
        }
        return clean;
    }

    private String text(String field, String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > properties.maxTextLength()) {
            throw new InvalidInputException(field, "newsletter.error.text-too-long", properties.maxTextLength());
        }
        return clean;
    }

    static IssueSummary summary(NewsletterIssue issue) {
        return new IssueSummary(
                issue.getId(),
                issue.getSubjectEn(),
                issue.getSubjectFr(),
                issue.getState(),
                issue.getUpdatedAt(),
                issue.getSentAt(),
                issue.getRecipients(),
                issue.getVersion());
    }
}
