package org.passerelle.people;

/** A person saved their profile (listeners such as the search index follow it). */
public record ProfileSaved(long accountId) {}
