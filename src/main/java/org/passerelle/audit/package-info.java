/**
 * Audit: an append-only log of who did what, when. Records every {@link
 * org.passerelle.base.AuditableEvent} published by any module, in the same transaction as the change
 * (so a change that rolls back leaves no entry). Staff read it per space; nothing updates or deletes it. Each
 * entry keeps its details as typed facts, which {@link org.passerelle.audit.AuditTexts} renders in the reader's
 * language, and as a short English summary for exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.passerelle.audit;
