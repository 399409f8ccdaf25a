package org.passerelle.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.accounts.domain.Account;
import org.passerelle.accounts.domain.AccountRepository;
import org.passerelle.base.PersonalData;
import org.passerelle.base.UserFacingException;
import org.passerelle.security.ActiveSessions;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Erasure under the GDPR: a person asks, an administrator confirms (or erases directly, typing the person's e-mail
 * address to confirm), the retention job erases accounts disabled for too long. The account is stripped here and
 * {@link AccountErased} lets every module take the person out of its own tables in the same transaction: all of it
 * or nothing. The last active administrator is never erased.
 */
@Service
@Transactional
public class AccountErasure {

    /** A value no password matches (not a bcrypt hash of anything): nobody signs in with it. */
    private static final String UNUSABLE_HASH = "{bcrypt}$erased$";

    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final ActiveSessions activeSessions;
    private final List<PersonalData> personalData;
    private final ApplicationEventPublisher events;
    private final MyDataJob myData;
    private final Clock clock;

    AccountErasure(
            AccountRepository accounts,
            CurrentUser currentUser,
            ActiveSessions activeSessions,
            List<PersonalData> personalData,
            ApplicationEventPublisher events,
            MyDataJob myData,
            Clock clock) {
        this.myData = myData;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.activeSessions = activeSessions;
        this.personalData = personalData;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in person asks to be erased; an administrator confirms in the accounts view. */
    @PreAuthorize("isAuthenticated()")
    public void requestOwn() {
        Account me = find(currentUser.require().accountId());
        if (me.getErasureRequestedAt() == null) {
            me.requestErasure(clock.instant());
            events.publishEvent(new AccountEvents.ErasureRequested(me.getId(), me.getId()));
        }
    }

    /** Whether the signed-in person has asked to be erased and waits for an administrator. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean ownRequestPending() {
        return find(currentUser.require().accountId()).getErasureRequestedAt() != null;
    }

    /** The people waiting to be erased, oldest request first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ErasureRequest> pendingRequests() {
        return accounts.findByErasureRequestedAtIsNotNullOrderByErasureRequestedAtAsc().stream()
                .map(a -> new ErasureRequest(a.getId(), a.getDisplayName(), a.getEmail(), a.getErasureRequestedAt()))
                .toList();
    }

    /**
     * An administrator erases an account, typing its e-mail address to confirm (a request waiting or not). Refused
     * for the last active administrator, for an account already erased, or when the typed address differs.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void erase(long accountId, String typedEmail) {
        Account account = find(accountId);
        if (account.isErased()) {
            throw new UserFacingException("erasure.error.erased");
        }
        String typed = typedEmail == null ? "" : typedEmail.strip();
        if (!typed.equalsIgnoreCase(account.getEmail())) {
            throw new UserFacingException("erasure.error.confirmation");
        }
        erase(account, currentUser.require().accountId());
    }

    /** The retention job erases an account disabled for too long (no actor: the system). */
    void eraseDisabled(long accountId) {
        Account account = find(accountId);
        if (!account.isErased() && !account.isEnabled()) {
            erase(account, null);
        }
    }

    private void erase(Account account, Long actorId) {
        boolean activeAdmin = account.isEnabled() && account.getRoles().contains(Role.ADMIN);
        if (activeAdmin && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new UserFacingException("erasure.error.last-admin");
        }
        long id = account.getId();
        Set<String> former = new LinkedHashSet<>();
        former.add(account.getDisplayName());
        former.add(account.getEmail());
        personalData.forEach(part -> part.namingTexts(id).stream()
                .filter(text -> text != null && text.strip().length() >= 3)
                .map(String::strip)
                .forEach(former::add));
        Instant now = clock.instant();
        account.erase(FormerMember.STORED_NAME, FormerMember.placeholderEmail(id), UNUSABLE_HASH, now);
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountEvents.AccountWasErased(actorId, id));
        events.publishEvent(new AccountErased(id, former));
        myData.removeAllOf(id);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                activeSessions.endSessionsOf(id);
            }
        });
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new UserFacingException("accounts.error.not-found"));
    }

    /** A person waiting to be erased. */
    public record ErasureRequest(long accountId, String displayName, String email, Instant requestedAt) {}
}
