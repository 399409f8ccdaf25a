package org.passerelle.discussions;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.passerelle.accounts.AccountService;
import org.passerelle.discussions.ThreadMessage.Quote;
import org.passerelle.discussions.domain.Message;
import org.passerelle.discussions.domain.MessageRepository;
import org.passerelle.discussions.domain.ReactionRepository;
import org.springframework.stereotype.Component;

/** Turns stored messages into what a reader sees, with a fixed number of queries per page. */
@Component
class MessageViews {

    private static final int QUOTE_LENGTH = 140;
    private final MessageRepository messages;
    private final ReactionRepository reactions;
    private final AccountService accounts;

    MessageViews(MessageRepository messages, ReactionRepository reactions, AccountService accounts) {
        this.messages = messages;
        this.reactions = reactions;
        this.accounts = accounts;
    }

    List<ThreadMessage> of(List<Message> page, long readerId, long lastReadId) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<Long> replyIds = new HashSet<>();
        page.stream().map(Message::getReplyToId).filter(Objects::nonNull).forEach(replyIds::add);
        Map<Long, Message> replied = new HashMap<>();
        if (!replyIds.isEmpty()) {
            messages.findByIdIn(replyIds).forEach(m -> replied.put(m.getId(), m));
        }
        Map<Long, String> people = names(Stream.concat(page.stream(), replied.values().stream())
                .map(Message::getAuthorId)
                .distinct()
                .toList());
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        Map<Long, Set<String>> mine = new HashMap<>();
        for (Object[] row : reactions.counts(page.stream().map(Message::getId).toList(), readerId)) {
            long messageId = (Long) row[0];
            String emoji = (String) row[1];
            counts.computeIfAbsent(messageId, k -> new HashMap<>()).put(emoji, ((Number) row[2]).longValue());
            if (((Number) row[3]).longValue() > 0) {
                mine.computeIfAbsent(messageId, k -> new HashSet<>()).add(emoji);
            }
        }
        return page.stream()
                .map(m -> view(m, people, replied, counts, mine, readerId, lastReadId))
                .toList();
    }

    private ThreadMessage view(
            Message m,
            Map<Long, String> people,
            Map<Long, Message> replied,
            Map<Long, Map<String, Long>> counts,
            Map<Long, Set<String>> mine,
            long readerId,
            long lastReadId) {
        MessageState state = stateOf(m);
        Message quoted = m.getReplyToId() == null ? null : replied.get(m.getReplyToId());
        Quote quote = quoted == null
                ? null
                : new Quote(
                        quoted.getId(),
                        nameOf(people, quoted.getAuthorId()),
                        stateOf(quoted) == MessageState.VISIBLE
                                ? MessageText.inert(MessageText.excerpt(quoted.getBody(), QUOTE_LENGTH))
                                : "",
                        stateOf(quoted));
        return new ThreadMessage(
                m.getId(),
                m.getThreadId(),
                m.getAuthorId(),
                nameOf(people, m.getAuthorId()),
                state == MessageState.VISIBLE ? MessageText.inert(m.getBody()) : "",
                state,
                state == MessageState.HIDDEN ? m.getHiddenReason() : null,
                m.getCreatedAt(),
                m.getEditedAt(),
                quote,
                ordered(counts.getOrDefault(m.getId(), Map.of())),
                Set.copyOf(mine.getOrDefault(m.getId(), Set.of())),
                m.getAuthorId() == readerId,
                m.getId() > lastReadId && m.getAuthorId() != readerId);
    }

    static MessageState stateOf(Message m) {
        if (m.isDeleted()) {
            return MessageState.REMOVED;
        }
        if (m.isHidden()) {
            return MessageState.HIDDEN;
        }
        return m.isAutoHidden() ? MessageState.UNDER_REVIEW : MessageState.VISIBLE;
    }

    private static Map<String, Long> ordered(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        Reactions.ALL.forEach(emoji -> {
            if (counts.containsKey(emoji)) {
                ordered.put(emoji, counts.get(emoji));
            }
        });
        return ordered;
    }

    /**
     * Authors' names, remembered for a minute: every open thread asks again at every new message, and a
     * renamed person may show under the former name for that minute.
     */
    Map<Long, String> names(Collection<Long> ids) {
        long now = System.nanoTime();
        Map<Long, String> found = new HashMap<>();
        List<Long> missing = new java.util.ArrayList<>();
        for (long id : ids) {
            CachedName cached = nameCache.get(id);
            if (cached != null && now - cached.at() < NAME_TTL_NANOS) {
                found.put(id, cached.name());
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            if (nameCache.size() > 10_000) {
                nameCache.clear();
            }
            accounts.people(missing).forEach((id, person) -> {
                found.put(id, person.displayName());
                nameCache.put(id, new CachedName(person.displayName(), now));
            });
        }
        return found;
    }

    static String nameOf(Map<Long, String> people, long id) {
        return people.getOrDefault(id, "?");
    }

    private record CachedName(String name, long at) {}

    private static final long NAME_TTL_NANOS = 60_000_000_000L;
    private final Map<Long, CachedName> nameCache = new java.util.concurrent.ConcurrentHashMap<>();
}
