package org.passerelle.sessions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    static final int AGENDA = 1;
    static final int MINUTES = 2;
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
            entries.add(entry(
                    session,
                    AGENDA,
                    Stream.of(session.getDescriptionEn(), session.getDescriptionFr(), agenda)
                            .filter(text -> text != null && !text.isBlank())
                            .collect(Collectors.joining("\n\n")),
                    sessionKeys));
            if (session.getMinutes() != null && !session.getMinutes().isBlank()) {
                entries.add(entry(session, MINUTES, session.getMinutes(), sessionKeys));
            }
        }
        return entries;
    }

    private static SearchEntry entry(
            org.passerelle.sessions.domain.CoCreationSession session, int part, String text, Set<String> keys) {
        return new SearchEntry(
                SearchKind.SESSION,
                session.getId(),
                part,
                session.getTitleEn(),
                session.getTitleFr(),
                text,
                null,
                session.getSpaceId(),
                null,
                null,
                Set.of(),
                session.getStartsAt(),
                "sessions/" + session.getId(),
                keys);
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return sessions.idsAfter(after, Limit.of(limit));
    }
}
