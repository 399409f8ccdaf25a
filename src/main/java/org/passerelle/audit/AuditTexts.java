package org.passerelle.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.base.AuditFact;
import org.passerelle.base.Formats;

/**
 * Audit entries in one reader's language: the details through {@code audit.details.<action>}, whose arguments
 * are the entry's facts in order (people by name, labels translated, instants and dates in Brussels time). An
 * entry without facts (written before they were kept) shows its stored English details.
 */
public final class AuditTexts {

    /** The message bundles in the reader's language, e.g. a component's {@code getTranslation}. */
    @FunctionalInterface
    public interface Translator {
        String get(String key, Object... arguments);
    }

    private final Translator texts;
    private final Map<Long, String> names;
    private final Locale locale;

    /**
     * @param names the display names of the people the entries name ({@link #people}), read in one query;
     *     someone missing is shown by account number
     */
    public AuditTexts(Translator texts, Locale locale, Map<Long, String> names) {
        this.texts = texts;
        this.names = names;
        this.locale = locale;
    }

    /** The ids of the people the entries name: who acted, and who the details are about. */
    public static Set<Long> people(Collection<AuditEntry> entries) {
        Set<Long> ids = new LinkedHashSet<>();
        for (AuditEntry entry : entries) {
            if (entry.actorId() != null) {
                ids.add(entry.actorId());
            }
            if (entry.facts() != null) {
                entry.facts().stream()
                        .filter(f -> f.kind() == AuditFact.Kind.PERSON)
                        .forEach(f -> ids.add(Long.parseLong(f.value())));
            }
        }
        return ids;
    }

    /** When it happened, in Brussels time, to the second. */
    public String when(AuditEntry entry) {
        return Formats.timestamp(entry.occurredAt(), locale);
    }

    /** Who did it: a person's name, or the system. */
    public String who(AuditEntry entry) {
        return entry.actorId() == null ? texts.get("audit.actor.system") : person(entry.actorId());
    }

    /** What was done. */
    public String what(AuditEntry entry) {
        return texts.get("audit." + entry.action());
    }

    /** The details, as a sentence. */
    public String details(AuditEntry entry) {
        if (entry.facts() == null) {
            return entry.details() == null ? "" : entry.details();
        }
        if (entry.facts().isEmpty()) {
            return "";
        }
        Object[] arguments = entry.facts().stream().map(this::argument).toArray();
        // a message may end with an optional text (a reason), empty when none was given
        return texts.get("audit.details." + entry.action(), arguments).strip();
    }

    private Object argument(AuditFact fact) {
        return switch (fact.kind()) {
            case TEXT -> fact.value();
            case PERSON -> person(Long.parseLong(fact.value()));
            case LABEL ->
                java.util.Arrays.stream(fact.value().split(","))
                        .map(texts::get)
                        .collect(java.util.stream.Collectors.joining(", "));
            case INSTANT -> Formats.dateTime(Instant.parse(fact.value()), locale);
            case DATE -> Formats.date(LocalDate.parse(fact.value()), locale);
            case NUMBER -> Long.parseLong(fact.value());
        };
    }

    private String person(long id) {
        String name = names.get(id);
        return name != null ? name : texts.get("audit.person.unknown", Long.toString(id));
    }
}
