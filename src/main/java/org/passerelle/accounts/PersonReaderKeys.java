package org.passerelle.accounts;

import java.util.HashSet;
import java.util.Set;
import org.passerelle.base.ReaderKeys;
import org.passerelle.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The search keys every signed-in person holds: anyone's, their own account's, and their platform roles'. */
@Component
class PersonReaderKeys implements ReaderKeys {

    private final CurrentUser currentUser;

    PersonReaderKeys(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Set<String> readerKeys() {
        return currentUser
                .get()
                .map(me -> {
                    Set<String> keys = new HashSet<>();
                    keys.add(ReaderKeys.ANYONE);
                    keys.add(ReaderKeys.account(me.accountId()));
                    me.roles().forEach(role -> keys.add(ReaderKeys.role(role.name())));
                    return keys;
                })
                .orElseGet(Set::of);
    }
}
