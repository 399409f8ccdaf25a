package org.passerelle.contacts;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.passerelle.base.Sector;
import org.passerelle.base.Translations;
import org.passerelle.base.UserFacingException;
import org.passerelle.contacts.ContactEvents.ContactsImported;
import org.passerelle.contacts.domain.Contact;
import org.passerelle.contacts.domain.ContactElements;
import org.passerelle.contacts.domain.ContactRepository;
import org.passerelle.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSV import of contacts: first a preview that says, row by row, what importing would do (add, update the
 * contact with that address, or leave the row out and why), then the import itself, which reads the file again
 * (nothing the browser sends back is trusted) and writes the valid rows in JDBC batches, in one transaction, with
 * one audit entry for the whole file. Staff and administrators only.
 */
@Service
@PreAuthorize(ContactService.STAFF_ONLY)
public class ContactImport {

    /** Rows written per JDBC batch. */
    static final int BATCH = 500;

    /** Addresses looked up per query when matching the file against the list. */
    private static final int LOOKUP = 1000;

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ContactRepository contacts;
    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ContactsProperties properties;
    private final ContactElements elements;
    private final ImportVocabulary vocabulary;

    ContactImport(
            ContactRepository contacts,
            EntityManager entities,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock,
            ContactsProperties properties,
            Translations translations,
            ContactElements elements) {
        this.elements = elements;
        this.contacts = contacts;
        this.entities = entities;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.properties = properties;
        this.vocabulary = new ImportVocabulary(translations);
    }

    /** The headers a file may have (English / French), the required or the optional ones, for the help text. */
    public String expectedColumns(boolean required) {
        return ImportReader.expected(required);
    }

    /** What importing the file would do; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file, String fileName) {
        Read read = read(file, fileName);
        Map<String, Contact> existing = existing(read.candidates);
        List<ImportRow> rows =
                read.candidates.stream().map(c -> row(c, existing)).toList();
        return new ImportPreview(fileName, read.encoding, rows);
    }

    /**
     * Imports the valid rows of the file: new addresses are added, known ones updated; the others left out. The
     * contacts are flushed once at the end, in JDBC batches of {@value #BATCH} statements.
     */
    @Transactional
    public ImportResult importFile(byte[] file, String fileName) {
        Read read = read(file, fileName);
        Map<String, Contact> existing = existing(read.candidates);
        entities.unwrap(Session.class).setJdbcBatchSize(BATCH);
        int added = 0;
        int updated = 0;
        int rejected = 0;
        Instant now = clock.instant();
        List<Contact> written = new ArrayList<>();
        List<ContactForm> forms = new ArrayList<>();
        for (ImportReader.Candidate c : read.candidates) {
            ImportStatus status = row(c, existing).status();
            if (status == ImportStatus.ERROR) {
                rejected++;
                continue;
            }
            Contact contact;
            if (status == ImportStatus.UPDATE) {
                contact = existing.get(c.emailKey());
                contact.touch(now);
                updated++;
            } else {
                contact = new Contact(c.form().email(), now);
                added++;
            }
            apply(contact, c, now);
            if (contact.getId() == null) {
                entities.persist(contact);
            }
            written.add(contact);
            forms.add(c.form());
        }
        entities.flush();
        // sectors and languages in JDBC batches (see ContactElements); a blank cell keeps the contact's sectors
        Map<Long, Collection<Sector>> sectors = new HashMap<>();
        Map<Long, Collection<String>> languages = new HashMap<>();
        List<Long> known = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Contact contact = written.get(i);
            ContactForm f = forms.get(i);
            sectors.put(contact.getId(), f.sectors().isEmpty() ? List.copyOf(contact.getSectors()) : f.sectors());
            languages.put(contact.getId(), f.languages());
            if (existing.containsKey(Contact.emailKey(contact.getEmail()))) {
                known.add(contact.getId());
            }
        }
        entities.clear();
        elements.replace(sectors, languages, known);
        events.publishEvent(
                new ContactsImported(currentUser.require().accountId(), name(fileName), added, updated, rejected));
        return new ImportResult(added, updated, rejected);
    }

    /**
     * What becomes of one row. A contact who withdrew their consent is not signed up again by a file whose consent
     * is not dated after the withdrawal.
     */
    private static ImportRow row(ImportReader.Candidate c, Map<String, Contact> existing) {
        if (!c.valid()) {
            return new ImportRow(c.line(), c.name(), c.email(), ImportStatus.ERROR, c.errorKey(), c.errorArguments());
        }
        Contact known = existing.get(c.emailKey());
        if (known == null) {
            return new ImportRow(c.line(), c.name(), c.email(), ImportStatus.NEW, null, List.of());
        }
        Instant withdrawn = known.getConsentWithdrawnAt();
        if (!known.isConsent()
                && withdrawn != null
                && (c.consentAt() == null || !c.consentAt().isAfter(withdrawn))) {
            return new ImportRow(
                    c.line(),
                    c.name(),
                    c.email(),
                    ImportStatus.ERROR,
                    "contacts.import.error.withdrawn",
                    List.of(withdrawn.atZone(BRUSSELS).toLocalDate().toString()));
        }
        return new ImportRow(c.line(), c.name(), c.email(), ImportStatus.UPDATE, null, List.of());
    }

    /** A row's values replace the contact's; blank optional cells keep what the contact had. Sectors and
     * languages are written apart, in batches. */
    private static void apply(Contact contact, ImportReader.Candidate c, Instant now) {
        ContactForm f = c.form();
        contact.setName(f.name());
        if (f.organisation() != null || contact.getOrganisation() == null) {
            contact.setOrganisation(f.organisation());
        }
        if (f.countryCode() != null) {
            contact.setCountryCode(f.countryCode());
        }
        contact.setEmail(f.email());
        contact.setMailLanguage(f.mailLanguage());
        if (f.notes() != null) {
            contact.setNotes(f.notes());
        }
        contact.giveConsent(c.consentAt() == null ? now : c.consentAt(), f.consentSource());
    }

    private Read read(byte[] file, String fileName) {
        if (file == null || file.length == 0) {
            throw new UserFacingException("contacts.import.error.empty");
        }
        if (file.length > properties.importMaxSize().toBytes()) {
            throw new UserFacingException(
                    "contacts.import.error.too-large",
                    properties.importMaxSize().toMegabytes());
        }
        CsvText.Parsed parsed;
        try {
            // the header and at most importMaxRows data rows
            parsed = CsvText.parse(file, properties.importMaxRows() + 1);
        } catch (CsvText.TooManyRows e) {
            throw new UserFacingException("contacts.import.error.too-many-rows", properties.importMaxRows());
        }
        String source = "CSV import " + LocalDate.now(clock.withZone(BRUSSELS));
        List<ImportReader.Candidate> candidates = new ImportReader(vocabulary, source).read(parsed.lines());
        return new Read(candidates, parsed.encoding().name());
    }

    /** The contacts already in the list under the file's valid addresses, by address key. */
    private Map<String, Contact> existing(List<ImportReader.Candidate> candidates) {
        List<String> keys = candidates.stream()
                .filter(ImportReader.Candidate::valid)
                .map(ImportReader.Candidate::emailKey)
                .toList();
        Map<String, Contact> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += LOOKUP) {
            contacts.findByEmailKeyIn(keys.subList(from, Math.min(keys.size(), from + LOOKUP)))
                    .forEach(c -> found.put(Contact.emailKey(c.getEmail()), c));
        }
        return found;
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "contacts.csv" : fileName.strip();
    }

    private record Read(List<ImportReader.Candidate> candidates, String encoding) {}
}
