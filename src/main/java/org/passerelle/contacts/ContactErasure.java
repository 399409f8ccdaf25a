package org.passerelle.contacts;

import org.passerelle.accounts.AccountErased;
import org.passerelle.contacts.domain.Contact;
import org.passerelle.contacts.domain.ContactRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member who asked to be erased is also taken off the contact list when an entry there has one of their
 * addresses: the same person, whom the newsletter would otherwise keep writing to. Nothing new is audited (an
 * entry naming them would undo the erasure); the account's erasure is.
 */
@Component
class ContactErasure {

    private final ContactRepository contacts;

    ContactErasure(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @EventListener
    void erased(AccountErased erased) {
        erased.formerTexts().stream()
                .filter(text -> text.contains("@"))
                .map(Contact::emailKey)
                .distinct()
                .forEach(key -> contacts.findByEmailKey(key).ifPresent(contacts::delete));
    }
}
