package org.passerelle.sessions;

/**
 * A person registered for a session, or waiting.
 *
 * @param attended {@code null} until attendance is recorded
 */
public record Registrant(long accountId, String displayName, RegistrationStatus status, Boolean attended) {}
