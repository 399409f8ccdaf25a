package org.passerelle.base;

import java.util.Collection;
import java.util.List;

/**
 * Implemented once per {@link SearchKind} by the module that owns it: what the search index holds of its things. The
 * search module asks it after each change it hears of (the modules' events) and to rebuild the index. Called on
 * the search module's own thread, without a signed-in person, in a read-only transaction: it reads everything and
 * says who may find each entry through its {@link SearchEntry#keys keys}, which come from the access contract
 * ({@link SubjectAccess#searchKeys}), never from a rule of its own.
 */
public interface SearchSource {

    SearchKind kind();

    /**
     * The entries of these things as they stand now, all parts of each. A thing that is gone, or must not be found
     * (a hidden message, a draft call), has none: its old entries leave the index.
     */
    List<SearchEntry> entries(Collection<Long> ids);

    /**
     * The ids of this kind's things whose access follows that subject's (a proposal's documents, the messages of
     * its thread): they are indexed again when the subject changes. None by default.
     */
    default List<Long> idsAbout(SubjectRef subject) {
        return List.of();
    }

    /** The ids of this kind above {@code after}, in ascending order, at most {@code limit} (to rebuild the index). */
    List<Long> ids(long after, int limit);
}
