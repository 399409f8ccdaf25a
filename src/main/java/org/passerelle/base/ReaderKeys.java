package org.passerelle.base;

import java.util.Set;

/**
 * Contributes to the search keys the signed-in person holds ({@link SubjectAccess#readerKeys}): the module that
 * decides a kind of access tells which of its keys the person has, e.g. the spaces each space they see, the
 * associations each they are an active member of. Bounded: a few queries, whatever the number of things indexed.
 */
public interface ReaderKeys {

    Set<String> readerKeys();

    /** Keys anyone may hold; each module builds its own from these, so that they never collide. */
    static String key(String scope, Object id, String what) {
        return scope + ":" + id + ":" + what;
    }

    /** Held by every signed-in person. */
    String ANYONE = "anyone";

    /** Held by the person with this account. */
    static String account(long accountId) {
        return "account:" + accountId;
    }

    /** Held by the people with this platform role (STAFF, BOARD…). */
    static String role(String role) {
        return "role:" + role;
    }
}
