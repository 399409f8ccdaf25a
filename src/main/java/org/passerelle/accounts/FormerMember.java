package org.passerelle.accounts;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.passerelle.base.Translations;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.springframework.stereotype.Component;

/**
 * The name an erased person is shown by: "Former member" / "Ancien membre", in the language of the page being
 * drawn (else the signed-in reader's, else English). The database keeps the English words, which name nobody.
 */
@Component
class FormerMember {

    static final String STORED_NAME = "Former member";

    private final Translations translations;
    private final CurrentUser currentUser;

    FormerMember(Translations translations, CurrentUser currentUser) {
        this.translations = translations;
        this.currentUser = currentUser;
    }

    String inReadersLanguage() {
        return translations.getTranslation("erasure.former-member", readersLocale());
    }

    private Locale readersLocale() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return ui.getLocale();
        }
        return currentUser.get().map(SignedInPerson::language).map(Locale::of).orElse(Locale.ENGLISH);
    }

    /** An address that cannot receive mail (RFC 2606 reserves .invalid) and is unique per account. */
    static String placeholderEmail(long accountId) {
        return "erased-" + accountId + "@erased.invalid";
    }
}
