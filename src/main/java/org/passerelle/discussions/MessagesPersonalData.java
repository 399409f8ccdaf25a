package org.passerelle.discussions;

import java.util.List;
import java.util.Map;
import org.passerelle.accounts.AccountErased;
import org.passerelle.base.FormerTexts;
import org.passerelle.base.PersonalData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages' part of "Download my data": every message the person wrote, with its earlier texts. At an erasure
 * the messages stay (shown by a "former member"), but wherever a message, an earlier text, a report or a moderator's
 * reason quotes the person (a mention "@Name"), the words are rewritten, and the search index hears of it.
 */
@Component
class MessagesPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    MessagesPersonalData(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String kind() {
        return "messages";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        List<Map<String, Object>> messages = PersonalData.rows(jdbc.queryForList(
                "select m.id, t.subject_type, t.subject_id, m.reply_to_id, m.body, m.created_at, m.edited_at,"
                        + " m.deleted, m.hidden from discussion_message m join discussion_thread t on t.id = m.thread_id"
                        + " where m.author_id = ? order by m.id",
                accountId));
        for (Map<String, Object> message : messages) {
            message.put(
                    "earlier_texts",
                    jdbc.queryForList(
                            "select body from discussion_message_edit where message_id = ? order by id",
                            String.class,
                            message.get("id")));
        }
        return messages;
    }

    @EventListener
    void erased(AccountErased event) {
        String former = AccountErased.REPLACEMENT;
        List<Long> changed = new java.util.ArrayList<>(
                FormerTexts.rewrite(jdbc, "discussion_message", "id", "body", event.formerTexts(), former));
        FormerTexts.rewrite(jdbc, "discussion_message", "id", "hidden_reason", event.formerTexts(), former);
        List<Long> edits =
                FormerTexts.rewrite(jdbc, "discussion_message_edit", "id", "body", event.formerTexts(), former);
        FormerTexts.rewrite(jdbc, "discussion_report", "id", "reason", event.formerTexts(), former);
        FormerTexts.rewrite(jdbc, "discussion_suspension", "id", "reason", event.formerTexts(), former);
        for (long edit : edits) {
            changed.addAll(
                    jdbc.queryForList("select message_id from discussion_message_edit where id = ?", Long.class, edit));
        }
        changed.stream()
                .distinct()
                .forEach(id -> jdbc.query(
                        "select thread_id, author_id from discussion_message where id = ?",
                        row -> {
                            events.publishEvent(new DiscussionEvents.MessageEdited(row.getLong(1), id, row.getLong(2)));
                        },
                        id));
    }
}
