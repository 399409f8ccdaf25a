package org.passerelle.accounts;

import java.util.List;
import org.passerelle.base.AuditFact;
import org.passerelle.base.AuditableEvent;

/** Account changes worth auditing (never a password or its hash). */
public final class AccountEvents {

    private AccountEvents() {}

    public record AccountCreated(Long actorId, long accountId, String details) implements AuditableEvent {
        @Override
        public String action() {
            return "account.created";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(details));
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

    public record AccountChanged(Long actorId, long accountId, String details) implements AuditableEvent {
        @Override
        public String action() {
            return "account.changed";
        }

        @Override
        public List<AuditFact> facts() {
            return List.of(AuditFact.text(details));
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
}
