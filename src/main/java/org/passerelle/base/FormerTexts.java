package org.passerelle.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rewrites the texts that named an erased person (name, addresses, phone) where others' words quote them (a mention
 * in a message, an audit entry's details, a mail to someone else), case-insensitively. Each module calls it on its
 * own tables from its erasure listener.
 */
public final class FormerTexts {

    private FormerTexts() {}

    /**
     * Replaces every occurrence of the texts in one text column; returns the ids of the rows changed. {@code table}
     * and the column names are the caller's constants, never input.
     */
    public static List<Long> rewrite(
            JdbcTemplate jdbc,
            String table,
            String idColumn,
            String column,
            Collection<String> texts,
            String replacement) {
        Map<Long, String> changed = new LinkedHashMap<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String like = "%"
                    + text.toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            jdbc.query(
                    "select " + idColumn + ", " + column + " from " + table + " where lower(" + column
                            + ") like ? escape '\\'",
                    row -> {
                        long id = row.getLong(1);
                        String current = changed.getOrDefault(id, row.getString(2));
                        changed.put(id, replace(current, texts, replacement));
                    },
                    like);
        }
        changed.forEach((id, value) ->
                jdbc.update("update " + table + " set " + column + " = ? where " + idColumn + " = ?", value, id));
        return new ArrayList<>(changed.keySet());
    }

    /** The value with every text replaced, longest text first (a name within an address is not cut in two). */
    public static String replace(String value, Collection<String> texts, String replacement) {
        if (value == null) {
            return null;
        }
        String result = value;
        List<String> longestFirst = texts.stream()
                .filter(t -> t != null && !t.isBlank())
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList();
        for (String text : longestFirst) {
            result = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result)
                    .replaceAll(Matcher.quoteReplacement(replacement));
        }
        return result;
    }
}
