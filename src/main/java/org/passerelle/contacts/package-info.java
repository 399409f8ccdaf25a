/**
 * Contacts: the staff's external contact list of diaspora actors and partners (name, organisation, country of
 * origin, sectors, languages, e-mail, consent to the newsletter with its date and source), its saved segments
 * (country, sector, language), a CSV import with a per-row preview and a CSV export. Only staff and
 * administrators read or change it; the one way in without signing in is {@link
 * org.passerelle.contacts.ContactService#withdrawConsent}, for the newsletter's verified unsubscribe link. Every
 * change is audited through {@link org.passerelle.contacts.ContactEvents}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package org.passerelle.contacts;
