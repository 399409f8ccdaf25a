package org.passerelle.audit;

/** A space whose audit entries the reader may read, named in the reader's language. */
public record AuditSpace(long id, String title) {}
