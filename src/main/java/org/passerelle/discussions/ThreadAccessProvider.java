package org.passerelle.discussions;

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
class ThreadAccessProvider implements SubjectAccessProvider {

    private final EntityLoader threads;
    private final SubjectAccess subjects;

    ThreadAccessProvider(EntityLoader threads, SubjectAccess subjects) {
        this.threads = threads;
        this.subjects = subjects;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.THREAD;
    }

    @Override
    public Map<Long, Access> accessTo(Collection<Long> ids) {
        List<DiscussionThread> found = threads.byIds(DiscussionThread.class, ids);
        List<SubjectRef> about =
                found.stream().map(ThreadAccess::subjectOf).distinct().toList();
        Map<SubjectRef, Access> answers = subjects.of(about);
        Map<SubjectRef, Access> spaces = subjects.of(found.stream()
                .map(t -> SubjectRef.space(t.getSpaceId()))
                .distinct()
                .toList());
        Map<Long, Access> answer = new HashMap<>();
        for (DiscussionThread thread : found) {
            Access subject = answers.get(ThreadAccess.subjectOf(thread));
            if (!subject.may(Right.READ_THREAD) || !subject.spaceId().equals(thread.getSpaceId())) {
                continue;
            }
            Set<Right> rights = EnumSet.of(Right.SEE, Right.READ_THREAD);
            if (subject.may(Right.POST_IN_THREAD)) {
                rights.add(Right.CONTRIBUTE);
                rights.add(Right.POST_IN_THREAD);
            }
            if (spaces.get(SubjectRef.space(thread.getSpaceId())).moderate()) {
                rights.add(Right.MODERATE);
            }
            answer.put(
                    thread.getId(),
                    new Access(
                            SubjectRef.thread(thread.getId()),
                            thread.getSpaceId(),
                            subject.associationId(),
                            subject.role(),
                            rights,
                            rights.contains(Right.CONTRIBUTE) ? null : "discussions.error.not-a-contributor"));
        }
        return answer;
    }
}
