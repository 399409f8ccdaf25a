package org.passerelle.spaces;

import java.time.Instant;

/** A pending invitation, for the invitee ("My spaces") and for staff (the space's members tab). */
public record SpaceInvite(
        long id,
        long spaceId,
        String spaceTitleEn,
        String spaceTitleFr,
        long inviteeId,
        String inviteeName,
        SpaceRole role,
        String invitedByName,
        Instant createdAt) {}
