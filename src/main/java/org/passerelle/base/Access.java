package org.passerelle.base;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the signed-in person may do with one subject, as its owning module decides. An unknown subject and one
 * the person may not see get the same answer, {@link #hidden}, so that nobody learns that it exists.
 *
 * @param spaceId the space the subject lives in ({@code null} for associations and hidden subjects)
 * @param associationId the association it belongs to, if any (a proposal's; documents count against its quota)
 * @param role the person's own part in it, if any: a space role ({@code FACILITATOR}…), {@code AUTHOR} or
 *     {@code ASSOCIATION} of a proposal, {@code ELECTOR} of a ballot, {@code MEMBER} or {@code CONTACT} of an
 *     association; {@code null} for none
 * @param rights what the person may do
 * @param refusal why CONTRIBUTE is refused although the subject is seen (a message key), or {@code null}
 */
public record Access(
        SubjectRef subject, Long spaceId, Long associationId, String role, Set<Right> rights, String refusal) {

    /** The rights a person can hold on a subject. */
    public enum Right {
        /** Open it and read what it holds (its documents, its results as far as its module shows them). */
        SEE,
        /** Add to the subject itself: edit it, attach documents to it. */
        CONTRIBUTE,
        /** Remove or hide what others added to it (documents, messages). */
        MODERATE,
        /** Change its settings, its members, its state. */
        MANAGE,
        /** Read its discussion thread: the subject may be discussed and the person sees it. */
        READ_THREAD,
        /** Post in its discussion thread (locks and suspensions are the thread's own business). */
        POST_IN_THREAD
    }

    public Access {
        rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
        if (!rights.isEmpty() && !rights.contains(Right.SEE)) {
            throw new IllegalArgumentException("every right needs SEE: " + subject);
        }
    }

    /** Not found for this person: unknown, or not theirs to see. */
    public static Access hidden(SubjectRef subject) {
        return new Access(subject, null, null, null, Set.of(), null);
    }

    public boolean may(Right right) {
        return rights.contains(right);
    }

    public boolean see() {
        return may(Right.SEE);
    }

    public boolean contribute() {
        return may(Right.CONTRIBUTE);
    }

    public boolean moderate() {
        return may(Right.MODERATE);
    }

    public boolean manage() {
        return may(Right.MANAGE);
    }
}
