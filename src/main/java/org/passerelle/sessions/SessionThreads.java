package org.passerelle.sessions;

import java.util.Optional;
import org.passerelle.discussions.SubjectResolver;
import org.passerelle.discussions.SubjectType;
import org.springframework.stereotype.Component;

/** Gives every session a live thread in its space: those who see the session read and post as in the space. */
@Component
class SessionThreads implements SubjectResolver {

    private final SessionService sessions;

    SessionThreads(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public SubjectType type() {
        return SubjectType.SESSION;
    }

    @Override
    public Optional<Long> discussableIn(long sessionId) {
        try {
            return Optional.of(sessions.get(sessionId).spaceId());
        } catch (SessionNotFoundException hidden) {
            return Optional.empty();
        }
    }
}
