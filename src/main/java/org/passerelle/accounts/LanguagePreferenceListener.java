package org.passerelle.accounts;

import org.passerelle.security.CurrentUser;
import org.passerelle.security.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers the language a signed-in person chose in the user interface. */
@Component
class LanguagePreferenceListener {

    private final AccountService accountService;
    private final CurrentUser currentUser;

    LanguagePreferenceListener(AccountService accountService, CurrentUser currentUser) {
        this.accountService = accountService;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(LanguageChosen event) {
        // only for the person who chose it: an event can never change someone else's account
        currentUser
                .get()
                .filter(person -> person.accountId() == event.accountId())
                .ifPresent(person -> accountService.changeLanguage(event.accountId(), event.locale()));
    }
}
