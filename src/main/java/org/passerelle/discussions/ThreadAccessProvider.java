package org.passerelle.discussions;

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
import org.passerelle.discussions.domain.DiscussionThread;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A thread as a subject of its own (for notifications and search): seen by who may read its subject's thread,
 * contributed to by who may post there, moderated by the space's moderators. Locks and suspensions are
 * checked when posting ({@link ThreadAccess}).
 */
@Component
@Transactional(readOnly = true)
class ThreadAccessProvider extends DerivedAccessProvider<DiscussionThread> {

    private final SubjectAccess threadSubjects;

    ThreadAccessProvider(EntityLoader loader, SubjectAccess subjects) {
        super(SubjectKind.THREAD, DiscussionThread.class, loader, subjects);
        this.threadSubjects = subjects;
    }

    @Override
    protected List<SubjectRef> parents(DiscussionThread thread) {
        return List.of(ThreadAccess.subjectOf(thread), SubjectRef.space(thread.getSpaceId()));
    }

    @Override
    protected Access derive(DiscussionThread thread, Map<SubjectRef, Access> parents) {
        Access subject = parents.get(ThreadAccess.subjectOf(thread));
        if (!subject.may(Right.READ_THREAD) || !subject.spaceId().equals(thread.getSpaceId())) {
            return null;
        }
        Set<Right> rights = EnumSet.of(Right.SEE, Right.READ_THREAD);
        if (subject.may(Right.POST_IN_THREAD)) {
            rights.add(Right.CONTRIBUTE);
            rights.add(Right.POST_IN_THREAD);
        }
        if (parents.get(SubjectRef.space(thread.getSpaceId())).moderate()) {
            rights.add(Right.MODERATE);
        }
        return new Access(
                SubjectRef.thread(thread.getId()),
                thread.getSpaceId(),
                subject.associationId(),
                subject.role(),
                rights,
                rights.contains(Right.CONTRIBUTE) ? null : "discussions.error.not-a-contributor");
    }

    /** A thread (and each of its messages) is found by who may read its subject's thread (as {@link #derive}). */
    @Override
    protected Map<SubjectRef, Right> keyParents(DiscussionThread thread, Right right) {
        return right == Right.SEE || right == Right.READ_THREAD
                ? Map.of(ThreadAccess.subjectOf(thread), Right.READ_THREAD)
                : Map.of();
    }

    @Override
    protected Set<String> deriveKeys(
            DiscussionThread thread,
            Right right,
            java.util.function.BiFunction<SubjectRef, Right, Set<String>> parentKeys) {
        return keyParents(thread, right).isEmpty()
                ? Set.of()
                : parentKeys.apply(ThreadAccess.subjectOf(thread), Right.READ_THREAD);
    }

    /** A thread is called by what it discusses. */
    @Override
    protected String title(DiscussionThread thread, Locale reader) {
        return threadSubjects
                .titles(parents(thread).subList(0, 1), reader)
                .get(parents(thread).get(0));
    }

    @Override
    protected Long idOf(DiscussionThread thread) {
        return thread.getId();
    }
}
