package org.passerelle.accounts;

import java.time.Instant;
import java.util.List;
import org.passerelle.accounts.domain.AccountRepository;
import org.passerelle.base.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account part of "Download my data": who the person is to the workspace (never the password's hash). */
@Component
class AccountPersonalData implements PersonalData {

    private final AccountRepository accounts;

    AccountPersonalData(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public String kind() {
        return "account";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        return accounts.findById(accountId)
                .map(a -> new AccountPart(
                        a.getId(),
                        a.getEmail(),
                        a.getDisplayName(),
                        a.getLanguage(),
                        a.getRoles().stream().map(Enum::name).sorted().toList(),
                        a.isEnabled(),
                        a.getCreatedAt(),
                        a.getUpdatedAt()))
                .orElse(null);
    }

    record AccountPart(
            long id,
            String email,
            String name,
            String language,
            List<String> roles,
            boolean enabled,
            Instant createdAt,
            Instant updatedAt) {}
}
