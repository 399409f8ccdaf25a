package org.passerelle.contacts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.contacts.ContactEvents.ConsentWithdrawn;
import org.passerelle.contacts.ContactEvents.ContactAdded;
import org.passerelle.contacts.ContactEvents.ContactEdited;
import org.passerelle.contacts.ContactEvents.ContactRemoved;
import org.passerelle.contacts.ContactEvents.SegmentRemoved;
import org.passerelle.contacts.ContactEvents.SegmentSaved;
import org.passerelle.contacts.domain.Contact;
import org.passerelle.contacts.domain.ContactRepository;
import org.passerelle.contacts.domain.Segment;
import org.passerelle.contacts.domain.SegmentRepository;
import org.passerelle.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact list and its segments. Staff and administrators only, checked on every method, except {@link
 * #withdrawConsent}, which the newsletter's unsubscribe link calls for someone who is not signed in. Every change
 * publishes an audited event in the same transaction.
 */
@Service
@Transactional
public class ContactService {

    /** The most a single call of {@link #find} returns, whatever the caller asks. */
    public static final int PAGE_MAX = 200;

    static final String STAFF_ONLY = "hasAnyRole('STAFF', 'ADMIN')";

    private final ContactRepository contacts;
    private final SegmentRepository segments;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContactService(
            ContactRepository contacts,
            SegmentRepository segments,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.contacts = contacts;
        this.segments = segments;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Contacts matching the filter, by name, from {@code offset}, at most {@code limit} (and {@link #PAGE_MAX}). */
    @PreAuthorize(STAFF_ONLY)
    @Transactional(readOnly = true)
    public List<ContactDetails> find(ContactFilter filter, int offset, int limit) {
        Query q = Query.of(filter);
        return contacts
                .findMatching(
                        q.pattern,
                        q.country,
                        q.sector,
                        q.language,
                        q.consent,
                        Math.max(0, offset),
                        Math.clamp(limit, 0, PAGE_MAX))
                .stream()
                .map(ContactService::details)
                .toList();
    }

    @PreAuthorize(STAFF_ONLY)
    @Transactional(readOnly = true)
    public long count(ContactFilter filter) {
        Query q = Query.of(filter);
        return contacts.countMatching(q.pattern, q.country, q.sector, q.language, q.consent);
    }

    @PreAuthorize(STAFF_ONLY)
    @Transactional(readOnly = true)
    public ContactDetails get(long contactId) {
        return details(load(contactId));
    }

    /** Adds a contact; an address already in the list (whatever its case) is refused. */
    @PreAuthorize(STAFF_ONLY)
    public long add(ContactForm form) {
        ContactForm f = ContactRules.check(form);
        if (contacts.findByEmailKey(Contact.emailKey(f.email())).isPresent()) {
            throw new InvalidInputException("email", "contacts.error.email-taken");
        }
        Contact contact = new Contact(f.email(), clock.instant());
        apply(contact, f);
        contacts.save(contact);
        events.publishEvent(new ContactAdded(actor(), contact.getId(), contact.getName(), contact.isConsent()));
        return contact.getId();
    }

    /** Edits a contact; unticking the consent withdraws it (and is audited as such). */
    @PreAuthorize(STAFF_ONLY)
    public void edit(long contactId, ContactForm form) {
        ContactForm f = ContactRules.check(form);
        Contact contact = load(contactId);
        contacts.findByEmailKey(Contact.emailKey(f.email()))
                .filter(other -> !other.getId().equals(contact.getId()))
                .ifPresent(other -> {
                    throw new InvalidInputException("email", "contacts.error.email-taken");
                });
        boolean withdrawn = contact.isConsent() && !f.consent();
        contact.setEmail(f.email());
        apply(contact, f);
        contact.touch(clock.instant());
        events.publishEvent(new ContactEdited(actor(), contact.getId(), contact.getName(), contact.isConsent()));
        if (withdrawn) {
            events.publishEvent(new ConsentWithdrawn(actor(), contact.getId(), contact.getName(), "edited by staff"));
        }
    }

    @PreAuthorize(STAFF_ONLY)
    public void remove(long contactId) {
        Contact contact = load(contactId);
        contacts.delete(contact);
        events.publishEvent(new ContactRemoved(actor(), contactId, contact.getName()));
    }

    /**
     * The contact no longer wants the newsletter. No sign-in needed: the caller (the newsletter's unsubscribe link)
     * has verified the request. Withdrawing twice, or for a contact since removed, changes nothing and records
     * nothing.
     *
     * @param source how it was withdrawn, e.g. "unsubscribe link of newsletter 12" (kept in the audit log)
     */
    public void withdrawConsent(long contactId, String source) {
        Optional<Contact> found = contacts.findById(contactId);
        if (found.isEmpty() || !found.get().isConsent()) {
            return;
        }
        Contact contact = found.get();
        contact.withdrawConsent(clock.instant());
        contact.touch(clock.instant());
        String why = ContactRules.blank(source) ? "" : source.strip();
        Long actor = currentUser.get().map(p -> p.accountId()).orElse(null);
        events.publishEvent(new ConsentWithdrawn(actor, contactId, contact.getName(), why));
    }

    /** The saved segments, by name. */
    @PreAuthorize(STAFF_ONLY)
    @Transactional(readOnly = true)
    public List<SegmentSummary> segments() {
        return segments.findAllByOrderByNameAsc().stream()
                .map(ContactService::summary)
                .toList();
    }

    /** The saved segments with the number of consenting contacts each matches now. */
    @PreAuthorize(STAFF_ONLY)
    @Transactional(readOnly = true)
    public List<SegmentCount> segmentCounts() {
        return segments.findAllByOrderByNameAsc().stream()
                .map(ContactService::summary)
                .map(s -> new SegmentCount(s, count(ContactFilter.consenting(s.criteria()))))
                .toList();
    }

    @PreAuthorize(STAFF_ONLY)
    public long saveSegment(String name, SegmentCriteria criteria) {
        String clean = ContactRules.text(name, "segmentName", ContactRules.SEGMENT_NAME_MAX);
        if (clean == null) {
            throw new InvalidInputException("segmentName", "contacts.error.segment-name-required");
        }
        if (segments.existsByNameIgnoreCase(clean)) {
            throw new InvalidInputException("segmentName", "contacts.error.segment-name-taken");
        }
        SegmentCriteria c = criteria == null ? SegmentCriteria.any() : criteria;
        Segment segment = segments.save(new Segment(
                clean,
                ContactRules.country(c.countryCode()),
                c.sector(),
                ContactRules.language(c.language()),
                clock.instant()));
        events.publishEvent(new SegmentSaved(actor(), segment.getId(), segment.getName()));
        return segment.getId();
    }

    @PreAuthorize(STAFF_ONLY)
    public void removeSegment(long segmentId) {
        Segment segment = segments.findById(segmentId)
                .orElseThrow(() -> new UserFacingException("contacts.error.segment-not-found"));
        segments.delete(segment);
        events.publishEvent(new SegmentRemoved(actor(), segmentId, segment.getName()));
    }

    /** The consenting contacts the criteria match ({@code null} parts: any), by id. */
    @PreAuthorize(STAFF_ONLY)
    @Transactional(readOnly = true)
    public List<ContactRecipient> consentingRecipients(SegmentCriteria criteria) {
        Query q = Query.of(ContactFilter.consenting(criteria));
        return contacts.recipients(q.pattern, q.country, q.sector, q.language, q.consent).stream()
                .map(r -> new ContactRecipient(r.getContactId(), r.getEmail(), r.getName(), r.getLanguage()))
                .toList();
    }

    /** A contact as a recipient, whether they consent or not (the caller decides), or empty when none. */
    @PreAuthorize(STAFF_ONLY)
    @Transactional(readOnly = true)
    public Optional<ContactRecipient> recipient(long contactId) {
        return contacts.findById(contactId)
                .map(c -> new ContactRecipient(c.getId(), c.getEmail(), c.getName(), c.getMailLanguage()));
    }

    private void apply(Contact contact, ContactForm f) {
        contact.setName(f.name());
        contact.setOrganisation(f.organisation());
        contact.setCountryCode(f.countryCode());
        contact.setSectors(f.sectors());
        contact.setLanguages(f.languages());
        contact.setMailLanguage(f.mailLanguage());
        contact.setNotes(f.notes());
        if (f.consent()) {
            boolean sameConsent = contact.isConsent() && f.consentSource().equals(contact.getConsentSource());
            if (!sameConsent) {
                contact.giveConsent(contact.isConsent() ? contact.getConsentAt() : clock.instant(), f.consentSource());
            }
        } else if (contact.isConsent()) {
            contact.withdrawConsent(clock.instant());
        }
    }

    private Contact load(long contactId) {
        return contacts.findById(contactId).orElseThrow(() -> new UserFacingException("contacts.error.not-found"));
    }

    private Long actor() {
        return currentUser.require().accountId();
    }

    static ContactDetails details(Contact c) {
        return new ContactDetails(
                c.getId(),
                c.getName(),
                c.getOrganisation(),
                c.getCountryCode(),
                c.getSectors().stream().sorted().toList(),
                c.getLanguages().stream().sorted().toList(),
                c.getMailLanguage(),
                c.getEmail(),
                c.isConsent(),
                c.getConsentAt(),
                c.getConsentSource(),
                c.getNotes());
    }

    private static SegmentSummary summary(Segment s) {
        return new SegmentSummary(
                s.getId(), s.getName(), new SegmentCriteria(s.getCountryCode(), s.getSector(), s.getLanguage()));
    }

    /** The filter as the queries take it: {@code ''} for "any". */
    record Query(String pattern, String country, String sector, String language, String consent) {

        static Query of(ContactFilter filter) {
            ContactFilter f = filter == null ? ContactFilter.none() : filter;
            String text = f.text() == null ? "" : f.text().strip().toLowerCase(Locale.ROOT);
            if (text.length() > ContactRules.TEXT_MAX) {
                text = text.substring(0, ContactRules.TEXT_MAX);
            }
            String country =
                    f.countryCode() == null ? "" : f.countryCode().strip().toUpperCase(Locale.ROOT);
            String language = f.language() == null ? "" : f.language().strip().toLowerCase(Locale.ROOT);
            return new Query(
                    text.isEmpty() ? "" : "%" + escapeLike(text) + "%",
                    country,
                    f.sector() == null ? "" : f.sector().name(),
                    language,
                    f.consent() == null ? "" : f.consent() ? "yes" : "no");
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
