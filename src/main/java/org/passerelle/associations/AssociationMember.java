package org.passerelle.associations;

import java.time.Instant;

/**
 * A member of an association, or a person invited to become one.
 *
 * @param email shown to those who manage the members only, otherwise {@code null}
 */
public record AssociationMember(
        long accountId, String displayName, String email, MemberStatus status, boolean contact, Instant since) {}
