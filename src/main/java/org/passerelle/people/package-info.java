/**
 * People: every person's public profile (spoken languages, countries of origin and of work, sectors,
 * skills, a short bio, contact details) and the opt-in expert and speaker pool that serves as the board's
 * "pool of speakers" and "extended contact list". The directory lists only people who opted in.
 *
 * <p>A module of its own rather than part of accounts: an account (sign-in, roles) is managed by
 * administrators, while a profile is what a person chooses to tell others and only they edit it. Keeping
 * them apart keeps contact details behind one opt-in that no one else can flip.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.passerelle.people;
