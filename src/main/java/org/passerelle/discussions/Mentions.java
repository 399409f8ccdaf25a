package org.passerelle.discussions;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds "@Display Name" mentions of the given people in a text (longest name first, case-insensitive). */
final class Mentions {

    record Candidate(long accountId, String displayName) {}

    private Mentions() {}

    static Set<Long> find(String text, List<Candidate> people) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Candidate> longestFirst = people.stream()
                .filter(p -> p.displayName() != null && !p.displayName().isBlank())
                .sorted(Comparator.comparingInt((Candidate p) -> p.displayName().length())
                        .reversed())
                .toList();
        Set<Long> found = new LinkedHashSet<>();
        for (int at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
                continue; // an e-mail address, not a mention
            }
            for (Candidate person : longestFirst) {
                String name = person.displayName().toLowerCase(Locale.ROOT);
                int end = at + 1 + name.length();
                if (lower.startsWith(name, at + 1)
                        && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
                    found.add(person.accountId());
                    break;
                }
            }
        }
        return found;
    }
}
