package org.passerelle.sessions;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectAccessProvider;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceAction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions' answer to the access contract: seen by whoever takes part in the space (see {@link SessionAccess});
 * its facilitators (who moderate the space) change it and add and remove its material; its live thread is
 * written by the space's contributors.
 */
@Component
@Transactional(readOnly = true)
class SessionAccessProvider implements SubjectAccessProvider {

    private final EntityLoader sessions;
    private final SpaceAccess spaceAccess;
    private final SubjectAccess subjects;

    SessionAccessProvider(EntityLoader sessions, SpaceAccess spaceAccess, SubjectAccess subjects) {
        this.sessions = sessions;
        this.spaceAccess = spaceAccess;
        this.subjects = subjects;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.SESSION;
    }

    @Override
    public Map<Long, Access> accessTo(Collection<Long> ids) {
        List<CoCreationSession> found = sessions.byIds(CoCreationSession.class, ids);
        Map<SubjectRef, Access> spaces = subjects.of(found.stream()
                .map(s -> SubjectRef.space(s.getSpaceId()))
                .distinct()
                .toList());
        Map<Long, Boolean> takesPart = new HashMap<>();
        Map<Long, Access> answer = new HashMap<>();
        for (CoCreationSession session : found) {
            long spaceId = session.getSpaceId();
            Access space = spaces.get(SubjectRef.space(spaceId));
            SubjectRef subject = SubjectRef.session(session.getId());
            if (!space.see() || !takesPart.computeIfAbsent(spaceId, id -> spaceAccess.may(id, SpaceAction.TAKE_PART))) {
                answer.put(session.getId(), Access.hidden(subject));
                continue;
            }
            Set<Right> rights = EnumSet.of(Right.SEE, Right.READ_THREAD);
            if (space.moderate()) {
                rights.addAll(EnumSet.of(Right.CONTRIBUTE, Right.MODERATE, Right.MANAGE));
            }
            if (space.contribute()) {
                rights.add(Right.POST_IN_THREAD);
            }
            String refusal = space.moderate() ? null : "sessions.error.not-facilitator";
            answer.put(session.getId(), new Access(subject, spaceId, null, space.role(), rights, refusal));
        }
        return answer;
    }
}
