/**
 * Audit: an append-only log of who did what, when. Records every {@link
 * org.passerelle.base.AuditableEvent} published by any module, in the same transaction as the change
 * (so a change that rolls back leaves no entry). Staff read it per space; nothing updates or deletes it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.passerelle.audit;
