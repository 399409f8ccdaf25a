package org.passerelle.newsletter;

import java.time.Clock;
import java.util.Locale;
import org.passerelle.base.Bilingual;
import org.passerelle.base.Formats;
import org.passerelle.base.Translations;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.newsletter.domain.NewsletterBlock;
import org.passerelle.proposals.FollowUp;
import org.passerelle.proposals.FollowUpService;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.sessions.SessionService;
import org.passerelle.sessions.SessionSummary;
import org.springframework.stereotype.Component;

/**
 * What a block says in one language, read through the owning modules' services as the staff member composing (so
 * only what they may see). Texts kept in both languages (calls, sessions) are shown in the reader's; where the
 * source has only the other one, that one is shown with a marker written in its own language ("(in English)",
 * "(en français)"). Texts written once by their authors (proposals, progress reports, minutes) are quoted as
 * written, marked as the original text.
 */
@Component
class BlockContent {

    /** One block in one language: a heading, a date line, and a Markdown body (all plain text but the body). */
    record Part(String heading, String meta, String markdown) {}

    private final CallService calls;
    private final ProposalService proposals;
    private final FollowUpService followUps;
    private final SessionService sessions;
    private final Translations translations;
    private final NewsletterProperties properties;
    private final Clock clock;

    BlockContent(
            CallService calls,
            ProposalService proposals,
            FollowUpService followUps,
            SessionService sessions,
            Translations translations,
            NewsletterProperties properties,
            Clock clock) {
        this.calls = calls;
        this.proposals = proposals;
        this.followUps = followUps;
        this.sessions = sessions;
        this.translations = translations;
        this.properties = properties;
        this.clock = clock;
    }

    Part part(NewsletterBlock block, Locale reader) {
        return switch (BlockKind.valueOf(block.getKind())) {
            case CALL -> call(calls.get(block.getRefId()), reader);
            case PROJECT -> project(proposals.get(block.getRefId()), reader);
            case SESSION -> session(sessions.get(block.getRefId()), reader);
            case TEXT -> text(block, reader);
        };
    }

    /** The block's label in the editor and in messages (its title, or the start of its text). */
    String label(NewsletterBlock block, Locale reader) {
        try {
            Part part = part(block, reader);
            String shown = part.heading().isBlank() ? part.markdown() : part.heading();
            shown = shown.length() <= 80 ? shown : shown.substring(0, 79) + "…";
            return t("newsletter.block." + block.getKind(), reader) + (shown.isBlank() ? "" : ": " + shown);
        } catch (RuntimeException gone) {
            // removed or no longer visible since it was picked
            return t("newsletter.block.gone", reader);
        }
    }

    private Part call(CallSummary call, Locale reader) {
        String meta = t("newsletter.call.dates", reader, Formats.dateRange(call.opensOn(), call.closesOn(), reader));
        return new Part(marked(call.title(reader), false), meta, marked(call.description(reader), true));
    }

    private Part project(ProposalView proposal, Locale reader) {
        StringBuilder body = new StringBuilder();
        if (proposal.content().summary() != null
                && !proposal.content().summary().isBlank()) {
            body.append(excerpt(proposal.content().summary())).append("\n\n");
        }
        FollowUp followUp = followUps.followUp(proposal.id());
        if (followUp.impactSummary() != null && !followUp.impactSummary().isBlank()) {
            body.append("**")
                    .append(t("newsletter.project.outcome", reader))
                    .append("** ")
                    .append(excerpt(followUp.impactSummary()))
                    .append("\n\n");
        }
        if (!followUp.reports().isEmpty()) {
            FollowUp.ReportInfo latest = followUp.reports().getFirst();
            body.append("**")
                    .append(t("newsletter.project.progress", reader, Formats.date(latest.date(), reader)))
                    .append("** ")
                    .append(excerpt(latest.text()))
                    .append("\n\n");
        }
        if (!body.isEmpty()) {
            body.append('*').append(t("newsletter.marker.original", reader)).append('*');
        }
        String country =
                proposal.content().country() == null ? "" : proposal.content().country();
        String meta = t(proposal.state().messageKey(), reader) + (country.isBlank() ? "" : " · " + country);
        return new Part(proposal.content().title(), meta, body.toString().strip());
    }

    private Part session(SessionSummary session, Locale reader) {
        String meta = Formats.fullDateTime(session.startsAt(), reader)
                + (session.place() == null || session.place().isBlank() ? "" : " · " + session.place());
        StringBuilder body = new StringBuilder(marked(session.description(reader), true));
        boolean past = session.endsAt().isBefore(clock.instant());
        if (past && session.minutes() != null && !session.minutes().isBlank()) {
            body.append("\n\n**")
                    .append(t("newsletter.session.minutes", reader))
                    .append("** ")
                    .append(excerpt(firstParagraph(session.minutes())))
                    .append(" *")
                    .append(t("newsletter.marker.original", reader))
                    .append('*');
        }
        return new Part(
                marked(session.title(reader), false), meta, body.toString().strip());
    }

    private Part text(NewsletterBlock block, Locale reader) {
        Bilingual text = Bilingual.pick(block.getTextEn(), block.getTextFr(), reader);
        String markdown = text.fallback() ? "*" + t("newsletter.text.missing", reader) + "*" : text.text();
        return new Part("", "", markdown);
    }

    /** The text, followed by a marker in its own language when it is not in the reader's. */
    private String marked(Bilingual text, boolean excerpt) {
        String shown = excerpt ? excerpt(text.text()) : text.text();
        if (!text.fallback()) {
            return shown;
        }
        return shown + " " + t("newsletter.marker.language", Locale.forLanguageTag(text.language()));
    }

    private String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String strip = text.strip();
        int max = properties.excerptLength();
        return strip.length() <= max ? strip : strip.substring(0, max).strip() + "…";
    }

    private static String firstParagraph(String markdown) {
        String strip = markdown.strip();
        // skip headings: the summary is the first paragraph of prose
        for (String paragraph : strip.split("\\n\\s*\\n")) {
            if (!paragraph.strip().startsWith("#")) {
                return paragraph.strip();
            }
        }
        return strip;
    }

    /** A message in the reader's language (the names of missing texts). */
    String named(String key, Locale reader, Object... arguments) {
        return t(key, reader, arguments);
    }

    private String t(String key, Locale locale, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
