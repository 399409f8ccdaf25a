package org.passerelle.contacts;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.base.Csv;
import org.passerelle.base.UserFacingException;
import org.passerelle.contacts.domain.ContactRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSV export of a filter or a segment, written by {@link Csv} (so a name such as {@code =cmd|...} stays text in a
 * spreadsheet) with the import's English headers, so that an export can be imported again. Staff and
 * administrators only; bounded by {@link ContactsProperties#exportMaxRows()}.
 */
@Service
@PreAuthorize(ContactService.STAFF_ONLY)
@Transactional(readOnly = true)
public class ContactExport {

    private static final int PAGE = 1000;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ContactRepository contacts;
    private final ContactsProperties properties;

    ContactExport(ContactRepository contacts, ContactsProperties properties) {
        this.contacts = contacts;
        this.properties = properties;
    }

    public byte[] csv(ContactFilter filter) {
        ContactService.Query q = ContactService.Query.of(filter);
        long total = contacts.countMatching(q.pattern(), q.country(), q.sector(), q.language(), q.consent());
        if (total > properties.exportMaxRows()) {
            throw new UserFacingException("contacts.export.error.too-many", total, properties.exportMaxRows());
        }
        Csv csv = Csv.withBom();
        csv.row(List.of(
                ImportColumn.NAME.englishHeader(),
                ImportColumn.ORGANISATION.englishHeader(),
                ImportColumn.COUNTRY.englishHeader(),
                ImportColumn.SECTORS.englishHeader(),
                ImportColumn.LANGUAGES.englishHeader(),
                ImportColumn.MAIL_LANGUAGE.englishHeader(),
                ImportColumn.EMAIL.englishHeader(),
                ImportColumn.CONSENT.englishHeader(),
                ImportColumn.CONSENT_DATE.englishHeader(),
                ImportColumn.CONSENT_SOURCE.englishHeader(),
                ImportColumn.NOTES.englishHeader()));
        for (int offset = 0; offset < total; offset += PAGE) {
            var page = contacts.findMatching(
                    q.pattern(), q.country(), q.sector(), q.language(), q.consent(), offset, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (var c : page) {
                csv.row(
                        c.getName(),
                        c.getOrganisation(),
                        c.getCountryCode(),
                        c.getSectors().stream().sorted().map(Enum::name).collect(Collectors.joining(";")),
                        c.getLanguages().stream().sorted().collect(Collectors.joining(";")),
                        c.getMailLanguage(),
                        c.getEmail(),
                        c.isConsent() ? "yes" : "no",
                        c.getConsentAt() == null
                                ? ""
                                : c.getConsentAt()
                                        .atZone(BRUSSELS)
                                        .toLocalDate()
                                        .toString(),
                        c.getConsentSource(),
                        c.getNotes());
            }
        }
        return csv.utf8();
    }
}
