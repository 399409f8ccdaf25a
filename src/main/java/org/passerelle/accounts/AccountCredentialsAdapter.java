package org.passerelle.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passerelle.accounts.domain.Account;
import org.passerelle.accounts.domain.AccountRepository;
import org.passerelle.security.AccountCredentials;
import org.passerelle.security.Role;
import org.passerelle.security.StoredCredentials;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Hands accounts to sign-in (see {@link AccountCredentials}). */
@Component
@Transactional(readOnly = true)
class AccountCredentialsAdapter implements AccountCredentials {

    private final AccountRepository accounts;

    AccountCredentialsAdapter(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<StoredCredentials> findForSignIn(String email) {
        if (email == null || email.length() > AccountRules.EMAIL_MAX) {
            return Optional.empty();
        }
        return accounts.findByEmail(email.trim().toLowerCase(Locale.ROOT)).map(AccountCredentialsAdapter::credentials);
    }

    @Override
    public List<StoredCredentials> findEnabled(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return accounts.enabledWithRoles(accountIds).stream()
                .map(AccountCredentialsAdapter::credentials)
                .toList();
    }

    @Override
    public List<Long> enabledWithRole(Role role) {
        return accounts.enabledIdsWithRole(role);
    }

    private static StoredCredentials credentials(Account account) {
        return new StoredCredentials(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getPasswordHash(),
                account.isEnabled(),
                account.getRoles(),
                account.getLanguage());
    }

    @Override
    public boolean mustChangePassword(long accountId) {
        return accounts.findById(accountId).map(a -> a.isMustChangePassword()).orElse(false);
    }
}
