package org.passerelle.newsletter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.MailRecipient;
import org.passerelle.base.UserFacingException;
import org.passerelle.contacts.ContactRecipient;
import org.passerelle.contacts.ContactService;
import org.passerelle.contacts.SegmentSummary;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.NotificationSettings;
import org.springframework.stereotype.Component;

/**
 * Who an issue goes to, asked afresh at each (resumed) send: the consenting contacts of the segment, and the
 * enabled members who turned the newsletter on (off by default: consent required). A contact whose address is also
 * a member's gets it once, as the member.
 */
@Component
class Recipients {

    /** One recipient: a member ({@code MEMBER}, an account id) or a contact ({@code CONTACT}, a contact id). */
    record Recipient(String kind, long id, String email, String language) {}

    static final String MEMBER = "MEMBER";
    static final String CONTACT = "CONTACT";

    private final ContactService contacts;
    private final NotificationSettings settings;
    private final AccountService accounts;

    Recipients(ContactService contacts, NotificationSettings settings, AccountService accounts) {
        this.contacts = contacts;
        this.settings = settings;
        this.accounts = accounts;
    }

    List<SegmentSummary> segments() {
        return contacts.segments();
    }

    List<Recipient> of(Long segmentId, boolean members) {
        List<Recipient> found = new ArrayList<>();
        Set<String> addresses = new HashSet<>();
        if (members) {
            Map<Long, MailRecipient> people =
                    accounts.mailRecipients(settings.turnedOn(NotificationCategory.NEWSLETTER));
            people.values().stream()
                    .filter(MailRecipient::enabled)
                    .sorted(java.util.Comparator.comparingLong(MailRecipient::id))
                    .forEach(person -> {
                        addresses.add(person.email().toLowerCase(Locale.ROOT));
                        found.add(new Recipient(MEMBER, person.id(), person.email(), language(person.language())));
                    });
        }
        if (segmentId != null) {
            SegmentSummary segment = segments().stream()
                    .filter(s -> s.id() == segmentId)
                    .findFirst()
                    .orElseThrow(() -> new UserFacingException("newsletter.error.segment-gone"));
            contacts.consentingRecipients(segment.criteria()).stream()
                    .sorted(java.util.Comparator.comparingLong(ContactRecipient::contactId))
                    .filter(contact -> addresses.add(contact.email().toLowerCase(Locale.ROOT)))
                    .forEach(contact -> found.add(new Recipient(
                            CONTACT, contact.contactId(), contact.email(), language(contact.language()))));
        }
        return found;
    }

    static String language(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
    }
}
