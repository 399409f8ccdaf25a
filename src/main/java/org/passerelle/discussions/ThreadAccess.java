package org.passerelle.discussions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
 * Who may see, post in and moderate a thread. A thread is seen by whoever sees its subject (asked of the
 * subject's module through {@link SubjectResolver}); posting needs the right to contribute to the space,
 * an unlocked thread (moderators excepted) and no running suspension; moderating is the space's.
 */
@Component
class ThreadAccess {

    private final ThreadRepository threads;
    private final MessageRepository messages;
    private final SuspensionRepository suspensions;
    private final SpaceAccess spaceAccess;
    private final List<SubjectResolver> resolvers;
    private final Clock clock;

    ThreadAccess(
            ThreadRepository threads,
            MessageRepository messages,
            SuspensionRepository suspensions,
            SpaceAccess spaceAccess,
            List<SubjectResolver> resolvers,
            Clock clock) {
        this.threads = threads;
        this.messages = messages;
        this.suspensions = suspensions;
        this.spaceAccess = spaceAccess;
        this.resolvers = resolvers;
        this.clock = clock;
    }

    /** The space of a subject the person may see, or "not found". */
    long spaceOf(ThreadSubject subject) {
        if (subject == null || subject.type() == null) {
            throw new ThreadNotFoundException();
        }
        Optional<Long> space = subject.type() == SubjectType.SPACE
                ? Optional.of(subject.id()).filter(id -> spaceAccess.may(id, SpaceAction.SEE))
                : resolvers.stream()
                        .filter(r -> r.type() == subject.type())
                        .findFirst()
                        .flatMap(r -> r.discussableIn(subject.id()))
                        .filter(id -> spaceAccess.may(id, SpaceAction.SEE));
        return space.orElseThrow(ThreadNotFoundException::new);
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
        ThreadSubject subject = new ThreadSubject(SubjectType.valueOf(thread.getSubjectType()), thread.getSubjectId());
        if (spaceOf(subject) != thread.getSpaceId()) {
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
        if (!spaceAccess.may(thread.getSpaceId(), SpaceAction.CONTRIBUTE) && !subjectGrants(thread)) {
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

    private boolean subjectGrants(DiscussionThread thread) {
        SubjectType type = SubjectType.valueOf(thread.getSubjectType());
        return type != SubjectType.SPACE
                && resolvers.stream()
                        .filter(r -> r.type() == type)
                        .anyMatch(r -> r.mayContribute(thread.getSubjectId()));
    }

    Optional<java.time.Instant> suspendedUntil(long spaceId, long accountId) {
        return suspensions
                .findBySpaceIdAndAccountIdAndEndsAtAfterOrderByEndsAtDesc(spaceId, accountId, clock.instant())
                .stream()
                .findFirst()
                .map(s -> s.getEndsAt());
    }
}
