package org.passerelle.spaces;

/**
 * The access rules of spaces, as one pure function so that they can be read and tested as a table.
 *
 * <ul>
 *   <li>SEE: open and restricted spaces are seen by every signed-in person; private ones by their members
 *       and by staff.
 *   <li>CONTRIBUTE: members whose role contributes (not observers), and staff; never in an archived space.
 *   <li>MODERATE: facilitators of the space and staff; never in an archived space.
 *   <li>JOIN: a non-member, in an open space that is not archived.
 *   <li>TAKE_PART (sessions, their place and online link): in an open space whoever sees it; in restricted and
 *       private spaces their members and staff only, since a meeting link there is meant for members.
 *   <li>MANAGE (settings, members, archive and restore): staff only, archived or not.
 * </ul>
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    /**
     * @param staff whether the person holds the workspace role STAFF
     * @param membership the person's role in the space, or {@code null} when not a member
     */
    public static boolean allows(
            SpaceAction action, boolean staff, SpaceRole membership, AccessMode mode, boolean archived) {
        boolean member = membership != null;
        return switch (action) {
            case SEE -> mode != AccessMode.PRIVATE || member || staff;
            case CONTRIBUTE -> !archived && (staff || (member && membership.contributes()));
            case MODERATE -> !archived && (staff || membership == SpaceRole.FACILITATOR);
            case JOIN -> !archived && !member && mode == AccessMode.OPEN;
            case TAKE_PART -> staff || member || mode == AccessMode.OPEN;
            case MANAGE -> staff;
        };
    }
}
