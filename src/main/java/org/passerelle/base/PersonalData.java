package org.passerelle.base;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One module's part of a person's "Download my data" (GDPR, right of access): each module that keeps something
 * about a person implements it once, reading only its own tables, and the accounts module writes each part as
 * {@code <kind>.json} in the ZIP, the files under {@code files/}. Runs on the export job's thread, with nobody
 * signed in: it answers for the given account only, never with another person's data (e.g. others' votes).
 */
public interface PersonalData {

    /** The part's name in the ZIP: lower case letters and dashes, unique across modules (e.g. "messages"). */
    String kind();

    /**
     * What the module keeps about the person: values Jackson writes as JSON (records, lists, maps, strings,
     * numbers, instants). Bounded by what one person can write; the export as a whole is bounded by size and time.
     */
    Object export(long accountId);

    /** The files the person uploaded, when the module keeps some (their bytes are read one at a time). */
    default List<PersonalFile> files(long accountId) {
        return List.of();
    }

    /**
     * Texts this module keeps that name the person (a phone number, a contact address), gathered before an erasure
     * so that the modules quoting them elsewhere (audit details, mentions) can rewrite them.
     */
    default Set<String> namingTexts(long accountId) {
        return Set.of();
    }

    /**
     * Rows read with JDBC, ready for JSON: column names in lower case (H2 gives them in upper case), times as
     * instants, on either database.
     */
    static List<Map<String, Object>> rows(List<Map<String, Object>> raw) {
        return raw.stream()
                .map(row -> {
                    Map<String, Object> clean = new LinkedHashMap<>();
                    row.forEach((column, value) -> clean.put(column.toLowerCase(Locale.ROOT), plain(value)));
                    return clean;
                })
                .toList();
    }

    private static Object plain(Object value) {
        return switch (value) {
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime t -> t.toInstant();
            case java.sql.Date d -> d.toLocalDate();
            case java.sql.Clob c -> {
                try {
                    yield c.getSubString(1, (int) Math.min(c.length(), Integer.MAX_VALUE));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            case null -> null;
            default -> value;
        };
    }

    /** A file for the ZIP: its path under {@code files/}, its size, and a way to read its bytes. */
    record PersonalFile(String path, long size, Opener opener) {}

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }
}
