package org.passerelle.base;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Implemented once by the module that owns a {@link SubjectKind}: what the signed-in person may do with each
 * of these subjects. Answers many ids at once with a bounded number of queries (lists, notifications and
 * search filter through it). Ids missing from the answer are {@link Access#hidden hidden}. Never throws for
 * an unknown or hidden id. Ask {@link SubjectAccess} rather than a provider: it caches for the request.
 */
public interface SubjectAccessProvider {

    SubjectKind kind();

    Map<Long, Access> accessTo(Collection<Long> ids);

    /**
     * What these subjects are called, in the reader's language where the module keeps two. Asked by {@link
     * SubjectAccess#titles} for subjects the person sees only, so it checks nothing itself; ids it cannot name
     * are left out.
     */
    default Map<Long, String> titles(Collection<Long> ids, Locale reader) {
        return Map.of();
    }

    /**
     * Who may find these subjects in the search index: for each id, keys such that a person holding any of them
     * ({@link ReaderKeys}) has the right on the subject, as {@link #accessTo} would answer; none when nobody may,
     * or the id is unknown. Asked when indexing, without a signed-in person: it depends on the subjects only,
     * the person's side being their keys. A contract test checks both answers agree for every kind, right and
     * person. By default nobody finds anything of this kind.
     */
    default Map<Long, java.util.Set<String>> searchKeys(Collection<Long> ids, Access.Right right) {
        return Map.of();
    }
}
