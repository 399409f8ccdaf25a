package org.passerelle.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.accounts.domain.Account;
import org.passerelle.accounts.domain.AccountRepository;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.ActiveSessions;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Account use cases. Administrators manage accounts; every signed-in person manages their own password
 * and language. Authorisation is declared on each method and enforced by Spring's method security, so a
 * caller without the role is refused even when it calls the service directly.
 */
@Service
@Transactional
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final ActiveSessions activeSessions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final FormerMember formerMember;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            CurrentUser currentUser,
            ActiveSessions activeSessions,
            Clock clock,
            ApplicationEventPublisher events,
            FormerMember formerMember) {
        this.formerMember = formerMember;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.activeSessions = activeSessions;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return accounts.findAllByOrderByDisplayNameAsc().stream()
                .map(this::summary)
                .toList();
    }

    /** Creates an account with a temporary password, which the person must change at first sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary create(AccountForm form, String temporaryPassword) {
        String email = AccountRules.email(form.email());
        String name = AccountRules.displayName(form.displayName());
        Set<Role> roles = AccountRules.roles(form.roles());
        String language = AccountRules.language(form.language());
        passwordPolicy.check(temporaryPassword, email);
        if (accounts.existsByEmail(email)) {
            throw new InvalidInputException("email", "accounts.error.email-taken");
        }
        Account account =
                new Account(email, name, passwordEncoder.encode(temporaryPassword), language, clock.instant());
        account.setRoles(roles);
        account.setEnabled(form.enabled());
        account.setMustChangePassword(true);
        Account saved = saveUnique(account);
        events.publishEvent(new AccountEvents.AccountCreated(
                currentUser.require().accountId(), saved.getId(), email, roles, form.enabled()));
        return summary(saved);
    }

    /**
     * Changes an account. Refused when someone else changed it since it was read ({@code expectedVersion}),
     * or when it would leave no enabled administrator. Taking a role away or disabling the account ends
     * the person's open sessions once the change is committed.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary update(long id, long expectedVersion, AccountForm form) {
        Account account = find(id);
        if (account.isErased()) {
            throw new UserFacingException("erasure.error.erased");
        }
        if (account.getVersion() != expectedVersion) {
            throw new UserFacingException("accounts.error.changed-meanwhile");
        }
        String email = AccountRules.email(form.email());
        String name = AccountRules.displayName(form.displayName());
        Set<Role> roles = AccountRules.roles(form.roles());
        String language = AccountRules.language(form.language());
        if (!email.equals(account.getEmail()) && accounts.existsByEmail(email)) {
            throw new InvalidInputException("email", "accounts.error.email-taken");
        }
        boolean losesAdmin = account.isEnabled()
                && account.getRoles().contains(Role.ADMIN)
                && (!form.enabled() || !roles.contains(Role.ADMIN));
        if (losesAdmin && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new UserFacingException("accounts.error.last-admin");
        }
        boolean endSessions = (account.isEnabled() && !form.enabled()) || !roles.containsAll(account.getRoles());
        account.setEmail(email);
        account.setDisplayName(name);
        account.setRoles(roles);
        account.setLanguage(language);
        account.setEnabled(form.enabled(), clock.instant());
        account.touch(clock.instant());
        Account saved = saveUnique(account);
        events.publishEvent(
                new AccountEvents.AccountChanged(currentUser.require().accountId(), id, email, roles, form.enabled()));
        if (endSessions) {
            endSessionsAfterCommit(id);
        }
        return summary(saved);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary setEnabled(long id, boolean enabled) {
        Account account = find(id);
        AccountForm form = new AccountForm(
                account.getEmail(), account.getDisplayName(), account.getRoles(), account.getLanguage(), enabled);
        return update(id, account.getVersion(), form);
    }

    /** The signed-in person's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountSummary me() {
        return summary(find(currentUser.require().accountId()));
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        Account account = find(currentUser.require().accountId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "password.error.current-wrong");
        }
        passwordPolicy.check(newPassword, account.getEmail());
        if (!Objects.equals(newPassword, confirmation)) {
            throw new InvalidInputException("confirmation", "password.error.confirmation-differs");
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidInputException("password", "password.error.same-as-current");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(false);
        account.touch(clock.instant());
        events.publishEvent(new AccountEvents.PasswordChanged(account.getId(), account.getId()));
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnLanguage(Locale locale) {
        changeLanguage(currentUser.require().accountId(), locale);
    }

    /** Remembers a language; called for the signed-in person only (see {@link LanguagePreferenceListener}). */
    void changeLanguage(long accountId, Locale locale) {
        Account account = find(accountId);
        String language = AccountRules.language(locale == null ? null : locale.getLanguage());
        if (!language.equals(account.getLanguage())) {
            account.setLanguage(language);
            account.touch(clock.instant());
        }
    }

    /** The person with this e-mail address (case-insensitive), for invitations by address. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PersonRef> findByEmail(String email) {
        if (email == null || email.isBlank() || email.length() > AccountRules.EMAIL_MAX) {
            return Optional.empty();
        }
        return accounts.findByEmail(email.trim().toLowerCase(Locale.ROOT)).map(this::person);
    }

    /** Enabled people whose name or e-mail contains the text (case-insensitive), for pickers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonRef> search(String text, int limit) {
        String needle = text == null ? "" : text.strip();
        if (needle.length() > AccountRules.NAME_MAX) {
            return List.of();
        }
        return accounts.search(needle, PageRequest.of(0, Math.max(1, Math.min(limit, 100)))).stream()
                .map(this::person)
                .toList();
    }

    /** The people with these ids (missing ids are left out). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, PersonRef> people(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().collect(Collectors.toMap(Account::getId, this::person));
    }

    /**
     * The display names of these enabled people, for the search index, which runs with nobody signed in: hence no
     * role check; it gives names only, which every signed-in person sees anyway.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return accounts.findAllById(ids).stream()
                .filter(Account::isEnabled)
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }

    /**
     * The mail recipients with these ids (missing ids, i.e. deleted accounts, are left out). For the
     * notification mail jobs and the unsubscribe page, which run with nobody signed in: hence no role check;
     * it gives nothing but what a mail needs.
     */
    @Transactional(readOnly = true)
    public Map<Long, MailRecipient> mailRecipients(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.mailRecipients(ids).stream()
                .collect(Collectors.toMap(MailRecipient::id, recipient -> recipient));
    }

    private PersonRef person(Account account) {
        return new PersonRef(
                account.getId(), name(account), account.getEmail(), account.getRoles(), account.isEnabled());
    }

    /** The person's name; an erased person is "Former member", in the reader's language. */
    private String name(Account account) {
        return account.isErased() ? formerMember.inReadersLanguage() : account.getDisplayName();
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new UserFacingException("accounts.error.not-found"));
    }

    private Account saveUnique(Account account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException duplicate) {
            throw new InvalidInputException("email", "accounts.error.email-taken");
        }
    }

    private void endSessionsAfterCommit(long accountId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                activeSessions.endSessionsOf(accountId);
            }
        });
    }

    AccountSummary summary(Account account) {
        return new AccountSummary(
                account.getId(),
                account.getEmail(),
                name(account),
                account.getRoles(),
                account.getLanguage(),
                account.isEnabled(),
                account.isMustChangePassword(),
                account.getVersion(),
                account.getErasureRequestedAt() != null,
                account.isErased());
    }
}
