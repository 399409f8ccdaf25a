package org.passerelle.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Sector;
import org.passerelle.base.UserFacingException;
import org.passerelle.contacts.domain.Contact;

/**
 * Turns the records of a CSV file into contacts to import, each checked by the same rules as the dialog, or into
 * the reason it is left out. A file whose header lacks a required column, or names a column we do not know, is
 * refused as a whole with the list of the expected columns.
 */
final class ImportReader {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));
    private static final Set<String> YES = Set.of("yes", "y", "oui", "o", "true", "vrai", "1", "x");

    /** One data row: a contact to import, or the reason it is left out. */
    record Candidate(
            int line,
            String name,
            String email,
            ContactForm form,
            Instant consentAt,
            String errorKey,
            List<String> errorArguments) {

        boolean valid() {
            return errorKey == null;
        }

        String emailKey() {
            return Contact.emailKey(form.email());
        }
    }

    private final ImportVocabulary vocabulary;
    private final String defaultSource;

    /** @param defaultSource the consent source of rows that name none, e.g. "CSV import 2026-12-03" */
    ImportReader(ImportVocabulary vocabulary, String defaultSource) {
        this.vocabulary = vocabulary;
        this.defaultSource = defaultSource;
    }

    List<Candidate> read(List<CsvText.Line> lines) {
        if (lines.isEmpty()) {
            throw new UserFacingException("contacts.import.error.empty");
        }
        Map<ImportColumn, Integer> columns = columns(lines.getFirst().cells());
        List<Candidate> candidates = new ArrayList<>(lines.size());
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (CsvText.Line line : lines.subList(1, lines.size())) {
            Candidate candidate = candidate(line, columns);
            if (candidate.valid()) {
                Integer first = firstLineOf.putIfAbsent(candidate.emailKey(), line.number());
                if (first != null) {
                    candidate = error(line, columns, "contacts.import.error.duplicate", Integer.toString(first));
                }
            }
            candidates.add(candidate);
        }
        return candidates;
    }

    /** The column of each header; refused when one is unknown, twice, or a required one is missing. */
    static Map<ImportColumn, Integer> columns(List<String> header) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<ImportColumn> column = ImportColumn.of(name);
            if (column.isEmpty() || columns.putIfAbsent(column.get(), i) != null) {
                unknown.add(name);
            }
        }
        List<String> missing = Arrays.stream(ImportColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c))
                .map(ImportColumn::englishHeader)
                .toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new UserFacingException(
                    "contacts.import.error.columns",
                    String.join(", ", missing),
                    String.join(", ", unknown),
                    expected(true),
                    expected(false));
        }
        return columns;
    }

    /** The expected headers, English / French, required or optional. */
    static String expected(boolean required) {
        return Arrays.stream(ImportColumn.values())
                .filter(c -> c.required() == required)
                .map(c -> c.englishHeader().equals(c.frenchHeader())
                        ? c.englishHeader()
                        : c.englishHeader() + " / " + c.frenchHeader())
                .collect(Collectors.joining(", "));
    }

    private Candidate candidate(CsvText.Line line, Map<ImportColumn, Integer> columns) {
        if (cell(line, columns, ImportColumn.NAME).isEmpty()) {
            return error(line, columns, "contacts.error.name-required");
        }
        try {
            ContactRules.email(cell(line, columns, ImportColumn.EMAIL));
        } catch (InvalidInputException e) {
            return error(line, columns, e.messageKey());
        }
        String consent = cell(line, columns, ImportColumn.CONSENT);
        if (!YES.contains(consent.toLowerCase(Locale.ROOT))) {
            return error(line, columns, "contacts.import.error.consent-missing");
        }
        String countryWord = cell(line, columns, ImportColumn.COUNTRY);
        String country = null;
        if (!countryWord.isEmpty()) {
            Optional<String> found = vocabulary.country(countryWord);
            if (found.isEmpty()) {
                return error(line, columns, "contacts.import.error.country", countryWord);
            }
            country = found.get();
        }
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        for (String word : words(cell(line, columns, ImportColumn.SECTORS))) {
            Optional<Sector> sector = vocabulary.sector(word);
            if (sector.isEmpty()) {
                return error(line, columns, "contacts.import.error.sector", word);
            }
            sectors.add(sector.get());
        }
        String mailLanguage = cell(line, columns, ImportColumn.MAIL_LANGUAGE).toLowerCase(Locale.ROOT);
        Set<String> languages = new LinkedHashSet<>();
        if (!mailLanguage.isEmpty()) {
            languages.add(mailLanguage);
        }
        words(cell(line, columns, ImportColumn.LANGUAGES)).forEach(w -> languages.add(w.toLowerCase(Locale.ROOT)));
        if (languages.isEmpty()) {
            languages.add("en");
        }
        Instant consentAt;
        try {
            consentAt = date(cell(line, columns, ImportColumn.CONSENT_DATE));
        } catch (DateTimeParseException e) {
            return error(
                    line,
                    columns,
                    "contacts.import.error.consent-date",
                    cell(line, columns, ImportColumn.CONSENT_DATE));
        }
        String source = cell(line, columns, ImportColumn.CONSENT_SOURCE);
        ContactForm form = new ContactForm(
                cell(line, columns, ImportColumn.NAME),
                cell(line, columns, ImportColumn.ORGANISATION),
                country,
                sectors,
                languages,
                mailLanguage.isEmpty() ? null : mailLanguage,
                cell(line, columns, ImportColumn.EMAIL),
                true,
                source.isEmpty() ? defaultSource : source,
                cell(line, columns, ImportColumn.NOTES));
        try {
            ContactForm checked = ContactRules.check(form);
            return new Candidate(line.number(), checked.name(), checked.email(), checked, consentAt, null, null);
        } catch (InvalidInputException e) {
            return error(
                    line,
                    columns,
                    e.messageKey(),
                    Arrays.stream(e.arguments()).map(String::valueOf).toArray(String[]::new));
        }
    }

    /** When no date is given: {@code null}, i.e. the time of the import. */
    private static Instant date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        DateTimeParseException last = null;
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format).atStartOfDay(BRUSSELS).toInstant();
            } catch (DateTimeParseException e) {
                last = e;
            }
        }
        throw last;
    }

    private static List<String> words(String cell) {
        return Arrays.stream(cell.split("[;|,]"))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static Candidate error(
            CsvText.Line line, Map<ImportColumn, Integer> columns, String key, String... arguments) {
        return new Candidate(
                line.number(),
                cell(line, columns, ImportColumn.NAME),
                cell(line, columns, ImportColumn.EMAIL),
                null,
                null,
                key,
                List.of(arguments));
    }

    private static String cell(CsvText.Line line, Map<ImportColumn, Integer> columns, ImportColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= line.cells().size()) {
            return "";
        }
        return line.cells().get(index).strip();
    }
}
