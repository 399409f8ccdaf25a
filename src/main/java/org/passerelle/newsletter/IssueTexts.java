package org.passerelle.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passerelle.newsletter.domain.NewsletterBlock;
import org.passerelle.newsletter.domain.NewsletterIssue;

/**
 * The rule for an issue's two languages. The decision for a missing text: sending is refused while the subject or
 * a free-text block lacks its French (or English) text, naming each such part; blocks drawn from the app never hold
 * it back (they show each language's fields, or the one the source has, marked with its language).
 */
final class IssueTexts {

    private IssueTexts() {}

    static String subject(NewsletterIssue issue, Locale language) {
        return org.passerelle.base.Bilingual.pick(issue.getSubjectEn(), issue.getSubjectFr(), language)
                .text();
    }

    static List<String> missing(
            NewsletterIssue issue, List<NewsletterBlock> blocks, BlockContent content, Locale reader) {
        List<String> missing = new ArrayList<>();
        if (blank(issue.getSubjectFr())) {
            missing.add(content.named("newsletter.missing.subject-fr", reader));
        }
        if (blank(issue.getSubjectEn())) {
            missing.add(content.named("newsletter.missing.subject-en", reader));
        }
        for (int i = 0; i < blocks.size(); i++) {
            NewsletterBlock block = blocks.get(i);
            if (!BlockKind.TEXT.name().equals(block.getKind())) {
                continue;
            }
            if (blank(block.getTextFr())) {
                missing.add(content.named("newsletter.missing.block-fr", reader, i + 1, content.label(block, reader)));
            }
            if (blank(block.getTextEn())) {
                missing.add(content.named("newsletter.missing.block-en", reader, i + 1, content.label(block, reader)));
            }
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
