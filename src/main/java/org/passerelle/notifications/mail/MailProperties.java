package org.passerelle.notifications.mail;

import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notification e-mail ({@code passerelle.mail.*}, documented in {@code config/application.properties}). The SMTP
 * server itself is Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host} mails are written as
 * {@code .eml} files to {@link #fileDir}.
 *
 * @param baseUrl the application's public address; every link in a mail starts with it
 * @param from the sender address
 * @param fileDir where mails are written when no SMTP host is configured
 * @param jobs whether this node runs the composing and sending jobs (tests drive them by hand)
 * @param sendInterval how often queued mails are sent
 * @param composeInterval how often immediate notifications are put into mails (and due digests started)
 * @param batchSize mails claimed by one sending round
 * @param maxAttempts SMTP attempts before a mail is given up (FAILED)
 * @param retryDelay the wait after the first failure, doubled after each further one
 * @param claimTimeout a mail still SENDING after this long was abandoned by a stopped node: UNCERTAIN
 * @param immediatePerHour immediate mails per person and hour; beyond that their notifications wait (for the
 *     next hour's mail or the digest)
 * @param dailyAt the daily digest's time, office time zone
 * @param weeklyOn the weekly digest's day (at {@link #dailyAt})
 * @param unsubscribeSecret key of the unsubscribe links (Base64, 32 bytes or more); empty: generated once and
 *     kept in the database
 * @param unsubscribeValidity how long an unsubscribe link works
 */
@ConfigurationProperties("passerelle.mail")
public record MailProperties(
        URI baseUrl,
        String from,
        Path fileDir,
        Boolean jobs,
        Duration sendInterval,
        Duration composeInterval,
        int batchSize,
        int maxAttempts,
        Duration retryDelay,
        Duration claimTimeout,
        int immediatePerHour,
        LocalTime dailyAt,
        DayOfWeek weeklyOn,
        String unsubscribeSecret,
        Duration unsubscribeValidity) {

    public MailProperties {
        baseUrl = baseUrl == null ? URI.create("http://localhost:8080") : baseUrl;
        from = from == null || from.isBlank() ? "Passerelle <no-reply@passerelle.localhost>" : from;
        fileDir = fileDir == null ? Path.of("data", "mail") : fileDir;
        jobs = jobs == null ? Boolean.TRUE : jobs;
        sendInterval = sendInterval == null ? Duration.ofSeconds(10) : sendInterval;
        composeInterval = composeInterval == null ? Duration.ofSeconds(30) : composeInterval;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(10) : claimTimeout;
        immediatePerHour = immediatePerHour <= 0 ? 4 : immediatePerHour;
        dailyAt = dailyAt == null ? LocalTime.of(7, 0) : dailyAt;
        weeklyOn = weeklyOn == null ? DayOfWeek.MONDAY : weeklyOn;
        unsubscribeSecret = unsubscribeSecret == null ? "" : unsubscribeSecret.strip();
        unsubscribeValidity = unsubscribeValidity == null ? Duration.ofDays(90) : unsubscribeValidity;
    }

    /** The absolute address of a path of the application ({@code /proposals/12}). */
    public String link(String path) {
        String base = baseUrl.toString();
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + (path.startsWith("/") ? path : "/" + path);
    }
}
