package org.passerelle.notifications.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.accounts.MailRecipient;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.Translations;
import org.passerelle.notifications.NotificationCategory;
import org.springframework.stereotype.Component;

/**
 * Writes a mail in its recipient's language from the two templates: one notification (its text is the subject),
 * several at once (a list), or a digest grouped by space and, within a space, by subject. Every link is absolute
 * (from {@code passerelle.mail.base-url}); each category in the mail has its unsubscribe link, and the
 * {@code List-Unsubscribe} header turns off every category the mail is about.
 */
@Component
class MailWriter {

    private static final int SUBJECT_MAX = 200;
    static final String UNSUBSCRIBE_PATH = "/mail/unsubscribe";

    private final Translations translations;
    private final MailProperties properties;
    private final UnsubscribeTokens tokens;
    private final Clock clock;
    private final MailTemplate text = MailTemplate.load("mail/notification.txt");
    private final MailTemplate html = MailTemplate.load("mail/notification.html");

    MailWriter(Translations translations, MailProperties properties, UnsubscribeTokens tokens, Clock clock) {
        this.translations = translations;
        this.properties = properties;
        this.tokens = tokens;
        this.clock = clock;
    }

    static Locale locale(MailRecipient recipient) {
        return Translations.supported(
                Locale.forLanguageTag(recipient.language() == null ? "en" : recipient.language()));
    }

    /** A mail of these lines; {@code titles} names the spaces and subjects a digest is grouped by. */
    RenderedMail write(MailRecipient recipient, MailKind kind, List<MailLine> lines, Map<SubjectRef, String> titles) {
        Locale locale = locale(recipient);
        Function<String, String> t = key -> translations.getTranslation(key, locale);
        String subject = subject(kind, lines, locale);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("language", locale.getLanguage());
        values.put("subject", subject);
        values.put("greeting", translations.getTranslation("mail.greeting", locale, recipient.displayName()));
        values.put("intro", t.apply("mail.intro." + kind.name()));
        Map<String, List<List<MailLine>>> groups = kind == MailKind.IMMEDIATE
                ? Map.of("", List.of(lines))
                : grouped(lines, titles, t.apply("mail.digest.elsewhere"));
        values.put("items", itemsText(groups, titles));
        values.put("itemsHtml", itemsHtml(groups, titles));
        values.put("why", t.apply("mail.footer.why"));
        values.put("settings", t.apply("mail.footer.settings") + " " + properties.link("/profile"));
        values.put("settingsUrl", properties.link("/profile"));
        values.put("settingsLabel", t.apply("mail.footer.settings"));
        Set<NotificationCategory> categories = lines.stream()
                .map(MailLine::category)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(NotificationCategory.class)));
        Map<NotificationCategory, String> links = new EnumMap<>(NotificationCategory.class);
        categories.forEach(category -> links.put(category, unsubscribeLink(recipient.id(), Set.of(category))));
        StringBuilder unsubscribeText = new StringBuilder();
        StringBuilder unsubscribeHtml = new StringBuilder("<p style=\"font-size:13px;color:#52606d;\">");
        links.forEach((category, link) -> {
            String label = translations.getTranslation(
                    "mail.footer.unsubscribe", locale, translations.getTranslation(category.messageKey(), locale));
            unsubscribeText.append(label).append(' ').append(link).append('\n');
            unsubscribeHtml
                    .append("<a href=\"")
                    .append(MailTemplate.escape(link))
                    .append("\" style=\"color:#52606d;\">")
                    .append(MailTemplate.escape(label))
                    .append("</a><br>");
        });
        values.put("unsubscribe", unsubscribeText.toString().strip());
        values.put("unsubscribeHtml", unsubscribeHtml.append("</p>").toString());
        String header = "<" + unsubscribeLink(recipient.id(), categories) + ">";
        return new RenderedMail(subject, text.render(values), html.render(values), header);
    }

    String unsubscribeLink(long accountId, Set<NotificationCategory> categories) {
        String token = tokens.sign(accountId, categories, clock.instant().plus(properties.unsubscribeValidity()));
        return properties.link(UNSUBSCRIBE_PATH + "?token=" + token);
    }

    private String subject(MailKind kind, List<MailLine> lines, Locale locale) {
        String subject = switch (kind) {
            case IMMEDIATE ->
                lines.size() == 1
                        ? translations.getTranslation(
                                "mail.subject.one", locale, lines.getFirst().text())
                        : translations.getTranslation("mail.subject.many", locale, lines.size());
            case DAILY -> translations.getTranslation("mail.subject.DAILY", locale, lines.size());
            case WEEKLY -> translations.getTranslation("mail.subject.WEEKLY", locale, lines.size());
            case READY -> throw new IllegalArgumentException("a ready mail is written by its module");
        };
        String oneLine = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return oneLine.length() <= SUBJECT_MAX ? oneLine : oneLine.substring(0, SUBJECT_MAX - 1) + "…";
    }

    /** Space heading → subjects (each a run of lines), spaces by name, lines of a subject in order. */
    private static Map<String, List<List<MailLine>>> grouped(
            List<MailLine> lines, Map<SubjectRef, String> titles, String elsewhere) {
        Map<String, Map<SubjectRef, List<MailLine>>> bySpace =
                new java.util.TreeMap<>(Comparator.comparing((String name) -> name.equals(elsewhere) ? 1 : 0)
                        .thenComparing(String.CASE_INSENSITIVE_ORDER));
        for (MailLine line : lines) {
            String space = line.spaceId() == null ? null : titles.get(SubjectRef.space(line.spaceId()));
            bySpace.computeIfAbsent(space == null ? elsewhere : space, k -> new LinkedHashMap<>())
                    .computeIfAbsent(line.subject(), k -> new ArrayList<>())
                    .add(line);
        }
        Map<String, List<List<MailLine>>> groups = new LinkedHashMap<>();
        bySpace.forEach((space, subjects) -> groups.put(space, new ArrayList<>(subjects.values())));
        return groups;
    }

    /** The subject's own heading in a digest: a proposal or a session within its space (a space is the heading). */
    private static String heading(List<MailLine> subject, Map<SubjectRef, String> titles) {
        SubjectRef ref = subject.getFirst().subject();
        return ref.kind() == SubjectKind.SPACE ? null : titles.get(ref);
    }

    private String itemsText(Map<String, List<List<MailLine>>> groups, Map<SubjectRef, String> titles) {
        StringBuilder out = new StringBuilder();
        groups.forEach((space, subjects) -> {
            if (!space.isEmpty()) {
                out.append(space)
                        .append('\n')
                        .append("=".repeat(Math.min(space.length(), 60)))
                        .append("\n\n");
            }
            for (List<MailLine> subject : subjects) {
                String heading = heading(subject, titles);
                if (heading != null) {
                    out.append(heading).append('\n');
                }
                for (MailLine line : subject) {
                    out.append("- ").append(line.text()).append('\n');
                    out.append("  ").append(properties.link(line.path())).append('\n');
                }
                out.append('\n');
            }
        });
        return out.toString();
    }

    private String itemsHtml(Map<String, List<List<MailLine>>> groups, Map<SubjectRef, String> titles) {
        StringBuilder out = new StringBuilder();
        groups.forEach((space, subjects) -> {
            if (!space.isEmpty()) {
                out.append("<h3 style=\"font-size:16px;margin:20px 0 8px 0;\">")
                        .append(MailTemplate.escape(space))
                        .append("</h3>\n");
            }
            for (List<MailLine> subject : subjects) {
                String heading = heading(subject, titles);
                if (heading != null) {
                    out.append("<p style=\"font-weight:bold;margin:8px 0 4px 0;\">")
                            .append(MailTemplate.escape(heading))
                            .append("</p>\n");
                }
                out.append("<ul style=\"padding-left:20px;margin:0 0 12px 0;\">\n");
                for (MailLine line : subject) {
                    out.append("<li><a href=\"")
                            .append(MailTemplate.escape(properties.link(line.path())))
                            .append("\" style=\"color:#0b5394;\">")
                            .append(MailTemplate.escape(line.text()))
                            .append("</a></li>\n");
                }
                out.append("</ul>\n");
            }
        });
        return out.toString();
    }
}
