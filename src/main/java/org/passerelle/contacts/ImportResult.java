package org.passerelle.contacts;

/** What an import did: contacts added and updated, rows left out. */
public record ImportResult(int added, int updated, int rejected) {}
