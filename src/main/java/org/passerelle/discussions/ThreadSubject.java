package org.passerelle.discussions;

/** What a thread is about: a space, a proposal or a session, by id. */
public record ThreadSubject(SubjectType type, long id) {

    public static ThreadSubject space(long spaceId) {
        return new ThreadSubject(SubjectType.SPACE, spaceId);
    }
}
