package org.passerelle.base;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One typed piece of an audit entry's details. The audit log stores the facts and renders them in the reader's
 * language through {@code audit.details.<action>}, whose arguments are the facts in order: a person by their
 * current name, a label by its translation, an instant or a date in Brussels time.
 *
 * @param kind what the value is
 * @param value the value as stored: the text, the account id, the message key, the ISO instant or date, the number
 */
public record AuditFact(Kind kind, String value) {

    /** Text typed by people (names, reasons) is cut to this many characters: the audit log is no archive. */
    public static final int TEXT_MAX = 300;

    public enum Kind {
        /** Shown as written: names, titles, reasons typed by people. */
        TEXT,
        /** An account id, shown as the person's display name. */
        PERSON,
        /** A message key (a state, a role, a kind), shown translated; several keys joined by commas. */
        LABEL,
        /** An instant, shown as a date and time in Brussels. */
        INSTANT,
        /** A calendar day, shown as a date. */
        DATE,
        /** A whole number (counts, versions); a message may choose its words by it. */
        NUMBER
    }

    public AuditFact {
        if (kind == null || value == null) {
            throw new IllegalArgumentException("an audit fact needs a kind and a value");
        }
    }

    public static AuditFact text(String text) {
        String clean = text == null ? "" : text.strip();
        return new AuditFact(Kind.TEXT, clean.length() > TEXT_MAX ? clean.substring(0, TEXT_MAX - 1) + "…" : clean);
    }

    public static AuditFact person(long accountId) {
        return new AuditFact(Kind.PERSON, Long.toString(accountId));
    }

    public static AuditFact label(String messageKey) {
        return new AuditFact(Kind.LABEL, messageKey);
    }

    /** Several labels (e.g. a person's roles), shown translated and joined by commas, in the order given. */
    public static AuditFact labels(java.util.Collection<String> messageKeys) {
        return new AuditFact(Kind.LABEL, String.join(",", messageKeys));
    }

    public static AuditFact instant(Instant instant) {
        return new AuditFact(Kind.INSTANT, instant.toString());
    }

    public static AuditFact date(LocalDate date) {
        return new AuditFact(Kind.DATE, date.toString());
    }

    public static AuditFact number(long number) {
        return new AuditFact(Kind.NUMBER, Long.toString(number));
    }

    /** A yes/no as a number, for a message that chooses its words ({@code {0,choice,0#…|1#…}}). */
    public static AuditFact flag(boolean yes) {
        return number(yes ? 1 : 0);
    }

    /** The facts in a few English words, for the stored summary (read with grep or in an export). */
    public static String summary(List<AuditFact> facts) {
        return facts == null ? "" : facts.stream().map(AuditFact::summary).collect(Collectors.joining(", "));
    }

    private String summary() {
        return switch (kind) {
            case PERSON -> "#" + value;
            // the last part of the key is the code (proposals.state.DRAFT → DRAFT)
            case LABEL ->
                java.util.Arrays.stream(value.split(","))
                        .map(key -> key.substring(key.lastIndexOf('.') + 1))
                        .collect(Collectors.joining(" "));
            default -> value;
        };
    }
}
