package org.passerelle.sessions;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.DerivedAccessProvider;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.SubjectAccess;
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
class SessionAccessProvider extends DerivedAccessProvider<CoCreationSession> {

    private final SpaceAccess spaceAccess;

    SessionAccessProvider(EntityLoader loader, SubjectAccess subjects, SpaceAccess spaceAccess) {
        super(SubjectKind.SESSION, CoCreationSession.class, loader, subjects);
        this.spaceAccess = spaceAccess;
    }

    @Override
    protected List<SubjectRef> parents(CoCreationSession session) {
        return List.of(SubjectRef.space(session.getSpaceId()));
    }

    @Override
    protected Access derive(CoCreationSession session, Map<SubjectRef, Access> parents) {
        long spaceId = session.getSpaceId();
        Access space = parents.get(SubjectRef.space(spaceId));
        if (!space.see() || !spaceAccess.may(spaceId, SpaceAction.TAKE_PART)) {
            return null;
        }
        Set<Right> rights = EnumSet.of(Right.SEE, Right.READ_THREAD);
        if (space.moderate()) {
            rights.addAll(EnumSet.of(Right.CONTRIBUTE, Right.MODERATE, Right.MANAGE));
        }
        if (space.contribute()) {
            rights.add(Right.POST_IN_THREAD);
        }
        String refusal = space.moderate() ? null : "sessions.error.not-facilitator";
        return new Access(SubjectRef.session(session.getId()), spaceId, null, space.role(), rights, refusal);
    }

    @Override
    protected String title(CoCreationSession session, Locale reader) {
        return session.getTitle();
    }

    @Override
    protected Long idOf(CoCreationSession session) {
        return session.getId();
    }
}
