package org.passerelle.spaces;

import org.passerelle.base.Access.Right;
import org.passerelle.base.ReaderKeys;

/**
 * The search keys of spaces, for the modules whose access follows a space's: a person holds {@code right(id, r)}
 * when they have right r on the space, {@link #takePart} when they see it and may take part in its sessions, and
 * {@link #member} when they see it and hold a role in it (the reviewers of its proposals).
 */
public final class SpaceSearchKeys {

    private SpaceSearchKeys() {}

    public static String right(long spaceId, Right right) {
        return ReaderKeys.key("space", spaceId, right.name());
    }

    public static String takePart(long spaceId) {
        return ReaderKeys.key("space", spaceId, "TAKE_PART");
    }

    public static String member(long spaceId) {
        return ReaderKeys.key("space", spaceId, "MEMBER");
    }
}
