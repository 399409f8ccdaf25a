package org.passerelle.security;

/** The roles of DESIGN.md section 1. A person may hold several. */
public enum Role {
    ASSOCIATION_MEMBER,
    BOARD_MEMBER,
    STAFF,
    ADMIN;

    /** Role names for {@code @RolesAllowed}, which must be compile-time constants. */
    public static final class Names {
        public static final String ASSOCIATION_MEMBER = "ASSOCIATION_MEMBER";
        public static final String BOARD_MEMBER = "BOARD_MEMBER";
        public static final String STAFF = "STAFF";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message-bundle key of the role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}
