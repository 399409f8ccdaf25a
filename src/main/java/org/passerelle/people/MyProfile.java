package org.passerelle.people;

/**
 * The signed-in person's own profile, with what comes from their account: the name shown in the
 * directory and the address shown when no public contact e-mail is given.
 */
public record MyProfile(long accountId, String displayName, String accountEmail, ProfileForm profile) {}
