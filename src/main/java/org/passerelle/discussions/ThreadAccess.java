package org.passerelle.discussions;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.passerelle.base.Access;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.domain.DiscussionThread;
import org.passerelle.discussions.domain.Message;
import org.passerelle.discussions.domain.MessageRepository;
import org.passerelle.discussions.domain.SuspensionRepository;
import org.passerelle.discussions.domain.ThreadRepository;
import org.passerelle.security.SignedInPerson;
import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceAction;
import org.springframework.stereotype.Component;

/**
 * Who may see, post in and moderate a thread. A thread is read by whoever may read its subject's thread and
 * written by whoever may post there, as the subject's module answers (see {@code base.SubjectAccess}: a space's
 * contributors, a submitted proposal's authors too); posting also needs an unlocked thread (moderators
 * excepted) and no running suspension; moderating is the space's.
 */
@Component
class ThreadAccess {

    /** What a thread can be about. */
    static final Set<SubjectKind> SUBJECT_KINDS =
            EnumSet.of(SubjectKind.SPACE, SubjectKind.PROPOSAL, SubjectKind.SESSION);

    private final ThreadRepository threads;
    private final MessageRepository messages;
    private final SuspensionRepository suspensions;
    private final SpaceAccess spaceAccess;
    private final SubjectAccess subjects;
    private final Clock clock;

    ThreadAccess(
            ThreadRepository threads,
            MessageRepository messages,
            SuspensionRepository suspensions,
            SpaceAccess spaceAccess,
            SubjectAccess subjects,
            Clock clock) {
        this.threads = threads;
        this.messages = messages;
        this.suspensions = suspensions;
        this.spaceAccess = spaceAccess;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** The space of a subject whose thread the person may read, or "not found". */
    long spaceOf(SubjectRef subject) {
        if (subject == null || !SUBJECT_KINDS.contains(subject.kind())) {
            throw new ThreadNotFoundException();
        }
        Access access = subjects.of(subject);
        if (!access.may(Access.Right.READ_THREAD)) {
            throw new ThreadNotFoundException();
        }
        return access.spaceId();
    }

    DiscussionThread visibleThread(long threadId) {
        DiscussionThread thread = threads.findById(threadId).orElseThrow(ThreadNotFoundException::new);
        requireVisible(thread);
        return thread;
    }

    Message visibleMessage(long messageId) {
        Message message = messages.findById(messageId).orElseThrow(ThreadNotFoundException::new);
        visibleThread(message.getThreadId());
        return message;
    }

    void requireVisible(DiscussionThread thread) {
        if (spaceOf(subjectOf(thread)) != thread.getSpaceId()) {
            throw new ThreadNotFoundException();
        }
    }

    boolean mayModerate(DiscussionThread thread) {
        return spaceAccess.may(thread.getSpaceId(), SpaceAction.MODERATE);
    }

    /** Why the person may not post in this thread now (a message key), or {@code null}. */
    String postRefusal(DiscussionThread thread, SignedInPerson person) {
        return postRefusal(thread, person, mayModerate(thread));
    }

    String postRefusal(DiscussionThread thread, SignedInPerson person, boolean moderator) {
        if (!subjects.may(subjectOf(thread), Access.Right.POST_IN_THREAD)) {
            return "discussions.error.not-a-contributor";
        }
        if (moderator) {
            return null; // moderators may still speak in a locked thread, and are never suspended
        }
        if (thread.isLocked()) {
            return "discussions.error.locked";
        }
        if (suspendedUntil(thread.getSpaceId(), person.accountId()).isPresent()) {
            return "discussions.error.suspended";
        }
        return null;
    }

    static SubjectRef subjectOf(DiscussionThread thread) {
        return new SubjectRef(SubjectKind.valueOf(thread.getSubjectType()), thread.getSubjectId());
    }

    Optional<java.time.Instant> suspendedUntil(long spaceId, long accountId) {
        return suspensions
                .findBySpaceIdAndAccountIdAndEndsAtAfterOrderByEndsAtDesc(spaceId, accountId, clock.instant())
                .stream()
                .findFirst()
                .map(s -> s.getEndsAt());
    }
}
