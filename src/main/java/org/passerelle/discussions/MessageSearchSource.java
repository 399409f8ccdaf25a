package org.passerelle.discussions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.base.Access.Right;
import org.passerelle.base.SearchEntry;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SearchSource;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.domain.DiscussionThread;
import org.passerelle.discussions.domain.Message;
import org.passerelle.discussions.domain.MessageRepository;
import org.passerelle.discussions.domain.ThreadRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages for the search index: those that show in their thread (not removed, hidden or held for review), found
 * by who may read the thread, opening the thread's subject.
 */
@Component
@Transactional(readOnly = true)
class MessageSearchSource implements SearchSource {

    private static final int TITLE_LENGTH = 80;
    private final MessageRepository messages;
    private final ThreadRepository threads;
    private final SubjectAccess subjects;

    MessageSearchSource(MessageRepository messages, ThreadRepository threads, SubjectAccess subjects) {
        this.messages = messages;
        this.threads = threads;
        this.subjects = subjects;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.MESSAGE;
    }

    @Override
    public List<SearchEntry> entries(Collection<Long> ids) {
        List<Message> shown = messages.findByIdIn(ids).stream()
                .filter(m -> !m.isDeleted() && !m.isHidden() && !m.isAutoHidden())
                .toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, DiscussionThread> byId =
                threads.findAllById(shown.stream().map(Message::getThreadId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(DiscussionThread::getId, Function.identity()));
        Map<SubjectRef, Set<String>> keys = subjects.searchKeys(
                byId.keySet().stream().map(SubjectRef::thread).toList(), Right.SEE);
        List<SearchEntry> entries = new ArrayList<>();
        for (Message message : shown) {
            DiscussionThread thread = byId.get(message.getThreadId());
            if (thread == null) {
                continue;
            }
            SubjectRef about = ThreadAccess.subjectOf(thread);
            String title = firstLine(message.getBody());
            entries.add(new SearchEntry(
                    SearchKind.MESSAGE,
                    message.getId(),
                    0,
                    title,
                    title,
                    message.getBody(),
                    null,
                    thread.getSpaceId(),
                    about.kind() == org.passerelle.base.SubjectKind.CALL ? about.id() : null,
                    null,
                    Set.of(),
                    message.getEditedAt() != null ? message.getEditedAt() : message.getCreatedAt(),
                    link(about),
                    keys.getOrDefault(SubjectRef.thread(thread.getId()), Set.of())));
        }
        return entries;
    }

    /** Where a thread shows: on its subject's page. */
    static String link(SubjectRef about) {
        return switch (about.kind()) {
            case SPACE -> "spaces/" + about.id();
            case PROPOSAL -> "proposals/" + about.id();
            case SESSION -> "sessions/" + about.id();
            case CALL -> "calls/" + about.id();
            case ASSOCIATION -> "associations/" + about.id();
            case DOCUMENT -> "documents/" + about.id();
            case BALLOT -> "voting/ballots/" + about.id();
            case THREAD, PROGRESS_REPORT -> ""; // never discussed by itself
        };
    }

    private static String firstLine(String body) {
        String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
        return line.length() <= TITLE_LENGTH ? line : line.substring(0, TITLE_LENGTH - 1) + "…";
    }

    @Override
    public List<Long> idsAbout(SubjectRef subject) {
        return messages.idsAbout(subject.kind().name(), subject.id());
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return messages.idsAfter(after, Limit.of(limit));
    }
}
