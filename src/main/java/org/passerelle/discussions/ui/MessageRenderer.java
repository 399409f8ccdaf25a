package org.passerelle.discussions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.passerelle.base.Formats;
import org.passerelle.base.MarkdownHtml;
import org.passerelle.discussions.MessageState;
import org.passerelle.discussions.Reactions;
import org.passerelle.discussions.ThreadMessage;

/**
 * Messages in the virtual list as a Lit template filled in the browser: no server-side component per
 * message, so an open thread costs the server little memory however long it is. The text arrives as HTML
 * already rendered and sanitised on the server by the application's one Markdown renderer
 * ({@link MarkdownHtml}) and is set as the {@code innerHTML} property: the browser renders no Markdown of its
 * own. A message has one actions menu ({@link MessageActions}: one keyboard stop per message) and a button per
 * reaction already given; they call one function, {@code act(action, emoji)}, handled by the panel. Class names
 * match {@link MessageCard}.
 */
final class MessageRenderer {

    static final String TEMPLATE = """
            <div class="thread-message ${item.unread ? 'thread-unread' : ''}" id="message-${item.id}" \
            data-message-id="${item.id}">
              <div class="thread-message-header">
                <span class="thread-author">${item.author}</span>
                <span class="thread-time">${item.time}</span>
                ${item.edited ? html`<span class="thread-edited">${item.edited}</span>` : ''}
                ${item.unread ? html`<span class="thread-new">${item.isNew}</span>` : ''}
                ${JSON.parse(item.menu || '[]').length ? html`<vaadin-context-menu open-on="click" class="thread-menu" \
            .items=${JSON.parse(item.menu).map(a => ({text: a.label, className: 'thread-action-' + a.name, \
            action: a.name, emoji: a.emoji}))} @item-selected=${e => e.detail.value.emoji \
            ? act('react', e.detail.value.emoji) : act(e.detail.value.action)}><vaadin-button theme="tertiary small" \
            class="thread-actions-button" aria-label="${item.menuLabel}" aria-haspopup="menu">⋯</vaadin-button>\
            </vaadin-context-menu>` : ''}
              </div>
              ${item.quoteAuthor ? html`<div class="thread-quote"><span class="thread-quote-author">${item.quoteAuthor}</span>\
            <div class="passerelle-markdown" .innerHTML=${item.quote || ''}></div></div>` : ''}
              ${item.notice ? html`<span class="thread-notice">${item.notice}</span>` \
            : html`<div class="passerelle-markdown thread-text" .innerHTML=${item.html || ''}></div>`}
              <div class="thread-reactions">${JSON.parse(item.reactions || '[]').map(r => html`<vaadin-button theme="tertiary small" \
            class="thread-reaction ${r.mine ? 'thread-reaction-mine' : ''}" data-emoji="${r.emoji}" \
            aria-label="${r.aria}" aria-pressed="${r.mine}" ?disabled=${!item.mayReact} \
            @click=${() => act('react', r.emoji)}>${r.label}</vaadin-button>`)}</div>
            </div>""";

    private MessageRenderer() {}

    /** What the template's buttons ask; the panel answers. */
    interface Handler {
        void act(ThreadMessage message, String action, String emoji);

        boolean moderator();

        boolean mayPost();
    }

    /**
     * Texts looked up once per panel rather than once per message (a thread refreshes its visible
     * messages at every post, in every open panel).
     */
    static final class Texts {
        private final Component context;
        private final java.util.Map<String, String> known = new java.util.HashMap<>();

        Texts(Component context) {
            this.context = context;
        }

        String get(String key) {
            return known.computeIfAbsent(key, context::getTranslation);
        }

        String get(String key, Object argument) {
            return known.computeIfAbsent(key + '\u0000' + argument, k -> context.getTranslation(key, argument));
        }

        /** Not remembered: such texts (a name and a time) rarely repeat. */
        String get(String key, Object first, Object second) {
            return context.getTranslation(key, first, second);
        }
    }

    static LitRenderer<ThreadMessage> create(Component component, Handler handler) {
        Texts context = new Texts(component);
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent() == null
                ? java.util.Locale.ENGLISH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        return LitRenderer.<ThreadMessage>of(TEMPLATE)
                .withProperty("id", ThreadMessage::id)
                .withProperty("unread", ThreadMessage::unread)
                .withProperty("author", ThreadMessage::authorName)
                .withProperty("time", m -> time(locale, m))
                .withProperty("isNew", m -> m.unread() ? context.get("discussions.new") : "")
                .withProperty(
                        "edited",
                        m -> m.edited() && m.state() == MessageState.VISIBLE ? context.get("discussions.edited") : "")
                .withProperty(
                        "quoteAuthor",
                        m -> m.replyTo() == null
                                ? ""
                                : context.get(
                                        "discussions.in-reply-to", m.replyTo().authorName()))
                .withProperty("quote", m -> quoteHtml(context, m))
                .withProperty("html", m -> MarkdownHtml.render(m.text()))
                .withProperty("notice", m -> notice(context, m))
                .withProperty("mayReact", m -> handler.mayPost())
                // lists reach the template as JSON text; rows not loaded yet (placeholders) have none: '[]'
                // (a template that fails on a placeholder renders no message at all)
                .withProperty("reactions", m -> json(reactions(context, m)))
                .withProperty("menu", m -> json(MessageActions.of(context, m, handler.moderator(), handler.mayPost())))
                .withProperty("menuLabel", m -> MessageActions.menuLabel(context, m, time(locale, m)))
                .withFunction(
                        "act",
                        (message, arguments) -> handler.act(
                                message,
                                arguments.get(0).asText(),
                                arguments.size() > 1 ? arguments.get(1).asText() : null));
    }

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    static String time(java.util.Locale locale, ThreadMessage message) {
        return Formats.dateTime(message.postedAt(), locale);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** The quoted message's excerpt as HTML, or why it cannot be shown (as text). */
    static String quoteHtml(Texts context, ThreadMessage message) {
        if (message.replyTo() == null) {
            return "";
        }
        return message.replyTo().state() == MessageState.VISIBLE
                ? MarkdownHtml.render(message.replyTo().excerpt())
                : Entities.escape(context.get("discussions.quote-unavailable"));
    }

    static String notice(Texts context, ThreadMessage message) {
        return switch (message.state()) {
            case REMOVED -> context.get("discussions.removed");
            case HIDDEN -> context.get("discussions.hidden", message.hiddenReason());
            case UNDER_REVIEW -> context.get("discussions.under-review");
            case VISIBLE -> "";
        };
    }

    static List<Map<String, Object>> reactions(Texts context, ThreadMessage message) {
        List<Map<String, Object>> reactions = new ArrayList<>();
        if (message.state() != MessageState.VISIBLE) {
            return reactions;
        }
        for (String emoji : Reactions.ALL) {
            long count = message.reactions().getOrDefault(emoji, 0L);
            if (count == 0) {
                continue; // in the actions menu
            }
            Map<String, Object> reaction = new LinkedHashMap<>();
            reaction.put("emoji", emoji);
            reaction.put("label", emoji + " " + count);
            reaction.put("aria", context.get("discussions.react", emoji, count));
            reaction.put("mine", message.myReactions().contains(emoji));
            reactions.add(reaction);
        }
        return reactions;
    }
}
