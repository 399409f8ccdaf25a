package org.passerelle.sessions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.base.Access.Right;
import org.passerelle.base.SearchEntry;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SearchSource;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.sessions.domain.AgendaEntry;
import org.passerelle.sessions.domain.SessionRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-creation sessions for the search index: part 1 is the session with its agenda, part 2 its minutes once
 * recorded; found by who may take part in its space's sessions.
 */
@Component
@Transactional(readOnly = true)
class SessionSearchSource implements SearchSource {

    private final SessionRepository sessions;
    private final SubjectAccess subjects;

    SessionSearchSource(SessionRepository sessions, SubjectAccess subjects) {
        this.sessions = sessions;
        this.subjects = subjects;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.SESSION;
    }

    @Override
    public List<SearchEntry> entries(Collection<Long> ids) {
        var found = sessions.findAllById(ids);
        Map<SubjectRef, Set<String>> keys = subjects.searchKeys(
                found.stream().map(s -> SubjectRef.session(s.getId())).toList(), Right.SEE);
        List<SearchEntry> entries = new java.util.ArrayList<>();
        for (var session : found) {
            Set<String> sessionKeys = keys.getOrDefault(SubjectRef.session(session.getId()), Set.of());
            String agenda =
                    session.getAgenda().stream().map(AgendaEntry::getTitle).collect(Collectors.joining("\n"));
            String link = "sessions/" + session.getId();
            entries.add(new SearchEntry(
                    SearchKind.SESSION,
                    session.getId(),
                    1,
                    session.getTitle(),
                    session.getTitle(),
                    (session.getDescription() == null ? "" : session.getDescription() + "\n\n") + agenda,
                    null,
                    session.getSpaceId(),
                    null,
                    null,
                    Set.of(),
                    session.getStartsAt(),
                    link,
                    sessionKeys));
            if (session.getMinutes() != null && !session.getMinutes().isBlank()) {
                entries.add(new SearchEntry(
                        SearchKind.SESSION,
                        session.getId(),
                        2,
                        session.getTitle(),
                        session.getTitle(),
                        session.getMinutes(),
                        null,
                        session.getSpaceId(),
                        null,
                        null,
                        Set.of(),
                        session.getStartsAt(),
                        link,
                        sessionKeys));
            }
        }
        return entries;
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return sessions.idsAfter(after, Limit.of(limit));
    }
}
