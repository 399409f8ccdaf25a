package org.passerelle.sessions;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.Access;
import org.passerelle.base.Access.Right;
import org.passerelle.base.Bilingual;
import org.passerelle.base.DerivedAccessProvider;
import org.passerelle.base.EntityLoader;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.sessions.domain.CoCreationSession;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceAction;
import org.passerelle.spaces.SpaceSearchKeys;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions' answer to the access contract: seen by whoever takes part in the space and by the invited co-authors
 * of a proposal on its agenda (see {@link SessionAccess});
 * its facilitators (who moderate the space) change it and add and remove its material; its live thread is
 * written by the space's contributors.
 */
@Component
@Transactional(readOnly = true)
class SessionAccessProvider extends DerivedAccessProvider<CoCreationSession> {

    private final SpaceAccess spaceAccess;
    private final EntityLoader sessions;
    private final SessionInvitations invitations;

    SessionAccessProvider(
            EntityLoader loader,
            SubjectAccess subjects,
            SpaceAccess spaceAccess,
            @org.springframework.context.annotation.Lazy SessionInvitations invitations) {
        super(SubjectKind.SESSION, CoCreationSession.class, loader, subjects);
        this.spaceAccess = spaceAccess;
        this.sessions = loader;
        this.invitations = invitations;
    }

    @Override
    protected List<SubjectRef> parents(CoCreationSession session) {
        return List.of(SubjectRef.space(session.getSpaceId()));
    }

    @Override
    protected Access derive(CoCreationSession session, Map<SubjectRef, Access> parents) {
        long spaceId = session.getSpaceId();
        Access space = parents.get(SubjectRef.space(spaceId));
        if (!space.see()) {
            return null;
        }
        if (!spaceAccess.may(spaceId, SpaceAction.TAKE_PART)) {
            // the co-authors of a proposal on the agenda are invited: they see the session (not its thread or
            // material), as SessionAccess lets them — one answer for the page, notifications and links
            return invitations.invitedFor(session) == null
                    ? null
                    : new Access(
                            SubjectRef.session(session.getId()),
                            spaceId,
                            null,
                            space.role(),
                            EnumSet.of(Right.SEE),
                            "sessions.error.not-facilitator");
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

    /**
     * A session is found, and its thread read, by who sees its space and may take part in its sessions (as {@link
     * #derive}): the spaces module's {@link SpaceSearchKeys#takePart} key; it is also found (not its thread) by the
     * authors it invites, who hold its {@link SessionReaderKeys#guest} key.
     */
    @Override
    public Map<Long, Set<String>> searchKeys(java.util.Collection<Long> ids, Right right) {
        if (right != Right.SEE && right != Right.READ_THREAD) {
            return Map.of();
        }
        Map<Long, Set<String>> answer = new java.util.HashMap<>();
        for (CoCreationSession session : sessions.byIds(CoCreationSession.class, ids)) {
            answer.put(
                    session.getId(),
                    right == Right.SEE
                            ? Set.of(
                                    SpaceSearchKeys.takePart(session.getSpaceId()),
                                    SessionReaderKeys.guest(session.getId()))
                            : Set.of(SpaceSearchKeys.takePart(session.getSpaceId())));
        }
        return answer;
    }

    @Override
    protected String title(CoCreationSession session, Locale reader) {
        return Bilingual.pick(session.getTitleEn(), session.getTitleFr(), reader)
                .text();
    }

    @Override
    protected Long idOf(CoCreationSession session) {
        return session.getId();
    }
}
