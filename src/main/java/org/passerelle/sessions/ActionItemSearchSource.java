package org.passerelle.sessions;

import java.time.ZoneOffset;
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
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.sessions.domain.ActionItem;
import org.passerelle.sessions.domain.ActionItemRepository;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.sessions.domain.SessionRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Action items for the search index: found by who sees their session, opening the session. */
@Component
@Transactional(readOnly = true)
class ActionItemSearchSource implements SearchSource {

    private final ActionItemRepository actions;
    private final SessionRepository sessions;
    private final SubjectAccess subjects;

    ActionItemSearchSource(ActionItemRepository actions, SessionRepository sessions, SubjectAccess subjects) {
        this.actions = actions;
        this.sessions = sessions;
        this.subjects = subjects;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.ACTION_ITEM;
    }

    @Override
    public List<SearchEntry> entries(Collection<Long> ids) {
        List<ActionItem> found = actions.findAllById(ids);
        Map<Long, CoCreationSession> sessionOf =
                sessions
                        .findAllById(
                                found.stream().map(ActionItem::getSessionId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(CoCreationSession::getId, Function.identity()));
        Map<SubjectRef, Set<String>> keys = subjects.searchKeys(
                sessionOf.keySet().stream().map(SubjectRef::session).toList(), Right.SEE);
        return found.stream()
                .filter(action -> sessionOf.containsKey(action.getSessionId()))
                .map(action -> {
                    CoCreationSession session = sessionOf.get(action.getSessionId());
                    return new SearchEntry(
                            SearchKind.ACTION_ITEM,
                            action.getId(),
                            0,
                            action.getTitle(),
                            action.getTitle(),
                            action.getTitle() + "\n" + session.getTitle(),
                            null,
                            session.getSpaceId(),
                            null,
                            null,
                            Set.of(),
                            action.getDueOn() == null
                                    ? session.getStartsAt()
                                    : action.getDueOn().atStartOfDay().toInstant(ZoneOffset.UTC),
                            "sessions/" + session.getId(),
                            keys.getOrDefault(SubjectRef.session(session.getId()), Set.of()));
                })
                .toList();
    }

    @Override
    public List<Long> idsAbout(SubjectRef subject) {
        return subject.kind() == SubjectKind.SESSION
                ? actions.findBySessionIdOrderByDueOnAscIdAsc(subject.id()).stream()
                        .map(ActionItem::getId)
                        .toList()
                : List.of();
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return actions.idsAfter(after, Limit.of(limit));
    }
}
