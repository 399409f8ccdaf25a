package org.passerelle.spaces;

import java.time.Instant;

/** A member of a space, with the name to show. */
public record SpaceMembership(long accountId, String displayName, SpaceRole role, Instant joinedAt) {}
