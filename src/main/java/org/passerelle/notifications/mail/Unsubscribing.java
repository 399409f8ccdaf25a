package org.passerelle.notifications.mail;

import java.time.Clock;
import java.util.Optional;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.MailRecipient;
import org.passerelle.notifications.MailMode;
import org.passerelle.notifications.NotificationCategory;
import org.passerelle.notifications.NotificationSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns off by e-mail the categories an unsubscribe link names, for the account it names, when its token is valid;
 * an expired or tampered token changes nothing. The person's waiting notifications of those categories are not
 * mailed either (they stay in the app).
 */
@Component
class Unsubscribing {

    /** What the page shows: the verdict, and who and what the link is about when it was signed by us. */
    record Outcome(UnsubscribeTokens.Verdict verdict, Optional<MailRecipient> recipient) {}

    private final UnsubscribeTokens tokens;
    private final AccountService accounts;
    private final NotificationSettings settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Unsubscribing(
            UnsubscribeTokens tokens,
            AccountService accounts,
            NotificationSettings settings,
            JdbcTemplate jdbc,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reads the token, changing nothing (a GET: link scanners open links). */
    @Transactional(readOnly = true)
    Outcome check(String token) {
        return outcome(tokens.read(token, clock.instant()));
    }

    /** Turns the categories off when the token is valid. */
    @Transactional
    Outcome confirm(String token) {
        Outcome outcome = outcome(tokens.read(token, clock.instant()));
        if (outcome.verdict().status() != UnsubscribeTokens.Verdict.Status.VALID
                || outcome.recipient().isEmpty()) {
            return outcome;
        }
        long accountId = outcome.verdict().request().accountId();
        for (NotificationCategory category : outcome.verdict().request().categories()) {
            setOff(accountId, category);
            jdbc.update(
                    "update notification set mail_state = 'NONE' where recipient_id = ? and category = ?"
                            + " and mail_state = 'PENDING'",
                    accountId,
                    category.name());
        }
        return outcome;
    }

    private void setOff(long accountId, NotificationCategory category) {
        settings.set(accountId, category, MailMode.OFF);
    }

    private Outcome outcome(UnsubscribeTokens.Verdict verdict) {
        if (verdict.request() == null) {
            return new Outcome(verdict, Optional.empty());
        }
        long id = verdict.request().accountId();
        return new Outcome(
                verdict,
                Optional.ofNullable(
                        accounts.mailRecipients(java.util.List.of(id)).get(id)));
    }
}
