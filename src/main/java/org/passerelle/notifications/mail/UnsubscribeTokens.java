package org.passerelle.notifications.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.passerelle.notifications.NotificationCategory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed unsubscribe links: HMAC-SHA256 over the account id, the categories to turn off and the expiry. The key
 * is {@code passerelle.mail.unsubscribe-secret}, or else one generated at first use and kept in the database, so
 * that links survive restarts and every node accepts the links of the others. The token is the only authority:
 * whoever holds a valid one may turn those categories off, as the person it was mailed to could.
 */
@Component
class UnsubscribeTokens {

    /** What a valid token asks for. */
    record Request(long accountId, Set<NotificationCategory> categories, Instant expires) {}

    /** A token read: valid (with its request), expired (the signature was right) or invalid. */
    record Verdict(Status status, Request request) {
        enum Status {
            VALID,
            EXPIRED,
            INVALID
        }
    }

    private static final String SECRET_NAME = "unsubscribe-key";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final int MAX_TOKEN = 1000;

    private final MailProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] key;

    UnsubscribeTokens(MailProperties properties, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String sign(long accountId, Set<NotificationCategory> categories, Instant expires) {
        String payload = accountId + ":"
                + categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","))
                + ":" + expires.getEpochSecond();
        byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /**
     * Signs any value with the same key (another module's link, e.g. a newsletter's unsubscribe link for a contact).
     * The value is prefixed with {@code purpose|} before signing, so that a token made for one purpose is never
     * accepted for another, nor as an account's unsubscribe token (whose payload does not parse then).
     */
    String signValue(String purpose, String value) {
        byte[] bytes = (purpose + "|" + value).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** The value of a token made by {@link #signValue} for this purpose, or {@code null} when invalid. */
    String readValue(String purpose, String token) {
        if (token == null || token.length() > MAX_TOKEN) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return null;
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return null;
            }
            String text = new String(payload, StandardCharsets.UTF_8);
            return text.startsWith(purpose + "|") ? text.substring(purpose.length() + 1) : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    Verdict read(String token, Instant now) {
        Verdict invalid = new Verdict(Verdict.Status.INVALID, null);
        if (token == null || token.length() > MAX_TOKEN) {
            return invalid;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return invalid;
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return invalid;
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            return invalid;
        }
        Request request;
        try {
            String[] parts = new String(payload, StandardCharsets.US_ASCII).split(":", -1);
            Set<NotificationCategory> categories = EnumSet.noneOf(NotificationCategory.class);
            for (String name : parts[1].split(",")) {
                categories.add(NotificationCategory.valueOf(name));
            }
            request =
                    new Request(Long.parseLong(parts[0]), categories, Instant.ofEpochSecond(Long.parseLong(parts[2])));
        } catch (RuntimeException malformed) {
            // signed by us, so only a category renamed since: treat as unusable
            return invalid;
        }
        if (!now.isBefore(request.expires())) {
            return new Verdict(Verdict.Status.EXPIRED, request);
        }
        return new Verdict(Verdict.Status.VALID, request);
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = properties.unsubscribeSecret().isEmpty()
                    ? storedKey()
                    : Base64.getDecoder().decode(properties.unsubscribeSecret());
            if (known.length < 32) {
                throw new IllegalStateException("passerelle.mail.unsubscribe-secret must hold 32 bytes or more");
            }
            key = known;
        }
        return known;
    }

    /** The key kept in the database, created by the first node that needs it (another node's wins a race). */
    private byte[] storedKey() {
        String value = ownTransaction.execute(status -> existing());
        if (value == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "insert into mail_secret (name, secret) values (?, ?)",
                        SECRET_NAME,
                        Base64.getEncoder().encodeToString(fresh)));
            } catch (DataIntegrityViolationException anotherNodeWasFirst) {
                // read theirs below
            }
            value = ownTransaction.execute(status -> existing());
        }
        return Base64.getDecoder().decode(value);
    }

    private String existing() {
        return jdbc.queryForList("select secret from mail_secret where name = ?", String.class, SECRET_NAME).stream()
                .findFirst()
                .orElse(null);
    }
}
