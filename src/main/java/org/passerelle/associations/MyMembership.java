package org.passerelle.associations;

import java.time.Instant;

/** One of the signed-in person's associations, or an invitation to one waiting for their answer. */
public record MyMembership(
        long associationId,
        String associationName,
        String acronym,
        boolean verified,
        MemberStatus status,
        boolean contact,
        String invitedByName,
        Instant since) {}
