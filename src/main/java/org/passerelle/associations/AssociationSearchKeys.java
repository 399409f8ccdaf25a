package org.passerelle.associations;

import org.passerelle.base.ReaderKeys;

/** The search keys of associations: held by their active members, and by their contacts. */
public final class AssociationSearchKeys {

    private AssociationSearchKeys() {}

    public static String member(long associationId) {
        return ReaderKeys.key("association", associationId, "MEMBER");
    }

    public static String contact(long associationId) {
        return ReaderKeys.key("association", associationId, "CONTACT");
    }
}
