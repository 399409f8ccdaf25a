package org.passerelle.accounts;

import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;
import org.passerelle.security.Role;

/** Account changes worth auditing (never a password or its hash). */
public final class AccountEvents {

    private AccountEvents() {}

    public record AccountCreated(Long actorId, long accountId, String email, java.util.Set<Role> roles, boolean enabled)
            implements AuditableEvent {
        @Override
        public String action() {
            return "account.created";
        }

        @Override
        public List<AuditFact> facts() {
            return accountFacts(email, roles, enabled);
        }

        @Override
        public String objectType() {
            return "account";
        }

        @Override
        public Long objectId() {
            return accountId;
        }
    }

    public record AccountChanged(Long actorId, long accountId, String email, java.util.Set<Role> roles, boolean enabled)
            implements AuditableEvent {
        @Override
        public String action() {
            return "account.changed";
        }

        @Override
        public List<AuditFact> facts() {
            return accountFacts(email, roles, enabled);
        }

        @Override
        public String objectType() {
            return "account";
        }

        @Override
        public Long objectId() {
            return accountId;
        }
    }

    public record PasswordChanged(Long actorId, long accountId) implements AuditableEvent {
        @Override
        public String action() {
            return "account.password-changed";
        }

        @Override
        public String objectType() {
            return "account";
        }

        @Override
        public Long objectId() {
            return accountId;
        }
    }

    /** The person asked for their account to be erased (names nobody: the account id is the object). */
    public record ErasureRequested(Long actorId, long accountId) implements AuditableEvent {
        @Override
        public String action() {
            return "account.erasure-requested";
        }

        @Override
        public String objectType() {
            return "account";
        }

        @Override
        public Long objectId() {
            return accountId;
        }
    }

    /**
     * The account was erased, by an administrator or by the retention job (no actor): what it held is gone, so
     * the entry says nothing of it.
     */
    public record AccountWasErased(Long actorId, long accountId) implements AuditableEvent {
        @Override
        public String action() {
            return "account.erased";
        }

        @Override
        public String objectType() {
            return "account";
        }

        @Override
        public Long objectId() {
            return accountId;
        }
    }

    /** An account as the audit log tells it: its address, its roles in words, whether it is enabled. */
    private static List<AuditFact> accountFacts(String email, java.util.Set<Role> roles, boolean enabled) {
        return List.of(
                AuditFact.text(email),
                AuditFact.labels(roles.stream().sorted().map(Role::messageKey).toList()),
                AuditFact.flag(enabled));
    }
}
