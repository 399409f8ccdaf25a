package org.passerelle.discussions;

import java.util.Optional;

/**
 * Implemented by the module that owns a kind of subject (proposals, sessions) so that threads can be
 * attached to its objects without this module depending on it (the dependency points the other way).
 * Spaces are resolved by this module itself.
 */
public interface SubjectResolver {

    SubjectType type();

    /**
     * The space of the subject when the signed-in person may see it and it may be discussed (e.g. a
     * proposal that has been submitted); empty when it does not exist, is not visible, or may not be
     * discussed, which all answer "not found".
     */
    Optional<Long> discussableIn(long subjectId);

    /**
     * Whether the signed-in person may post about this subject although they do not contribute to its
     * space (e.g. the authors of a proposal, who need not be members of the space). Locks and
     * suspensions still apply.
     */
    default boolean mayContribute(long subjectId) {
        return false;
    }
}
