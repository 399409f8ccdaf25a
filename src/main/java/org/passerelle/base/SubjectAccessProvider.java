package org.passerelle.base;

import java.util.Collection;
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
}
