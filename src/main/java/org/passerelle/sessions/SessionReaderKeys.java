package org.passerelle.sessions;

import java.util.HashSet;
import java.util.Set;
import org.passerelle.base.Access.Right;
import org.passerelle.base.ReaderKeys;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.security.CurrentUser;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.sessions.domain.SessionRepository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search key of each session the signed-in person is invited to as the co-author of a proposal on its agenda
 * (and may see, as {@link SessionAccessProvider} says): the session's agenda part carries the same key, so that
 * an invited author finds the session they are invited to. Two queries, whatever the index holds.
 */
@Component
@Transactional(readOnly = true)
class SessionReaderKeys implements ReaderKeys {

    private final CurrentUser currentUser;
    private final SessionInvitations invitations;
    private final SessionRepository sessions;
    private final SubjectAccess subjects;

    SessionReaderKeys(
            CurrentUser currentUser,
            @Lazy SessionInvitations invitations,
            SessionRepository sessions,
            @Lazy SubjectAccess subjects) {
        this.currentUser = currentUser;
        this.invitations = invitations;
        this.sessions = sessions;
        this.subjects = subjects;
    }

    /** The key held by the authors invited to this session. */
    static String guest(long sessionId) {
        return ReaderKeys.key("session", sessionId, "GUEST");
    }

    @Override
    public Set<String> readerKeys() {
        if (currentUser.get().isEmpty()) {
            return Set.of();
        }
        Set<Long> coAuthored = invitations.coAuthored();
        if (coAuthored.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        for (CoCreationSession session : sessions.anyWithProposalsOnAgenda(coAuthored)) {
            if (subjects.may(SubjectRef.session(session.getId()), Right.SEE)) {
                keys.add(guest(session.getId()));
            }
        }
        return keys;
    }
}
