package org.passerelle.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.accounts.AccountService;
import org.passerelle.accounts.PersonRef;
import org.passerelle.audit.domain.AuditRecord;
import org.passerelle.audit.domain.AuditSearch;
import org.passerelle.base.Access;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.TimeZones;
import org.passerelle.base.Translations;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log view's reads: filtered, newest first, a page at a time, and as CSV. Administrators read every
 * entry; staff the entries of the spaces they manage, as the spaces module answers through the access contract
 * (never entries without a space: accounts, associations, people); nobody else reads any.
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    /** The kinds of object entries are about, in the order the filter offers them (label: audit.object.<kind>). */
    public static final List<String> OBJECT_KINDS = List.of(
            "space",
            "call",
            "proposal",
            "ballot",
            "session",
            "session-action",
            "document",
            "discussion-thread",
            "discussion-message",
            "association",
            "person",
            "account");

    private final AuditSearch search;
    private final SubjectAccess subjects;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Translations translations;
    private final AuditProperties properties;
    private final EntryReader reader;

    AuditQueries(
            AuditSearch search,
            SubjectAccess subjects,
            CurrentUser currentUser,
            AccountService accounts,
            Translations translations,
            AuditProperties properties,
            JsonMapper json) {
        this.search = search;
        this.subjects = subjects;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.translations = translations;
        this.properties = properties;
        this.reader = new EntryReader(json);
    }

    /**
     * How many entries the filter finds among those the reader may read, counted up to {@link #countMax}: a
     * larger answer means "more than that".
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    public long count(AuditFilter filter) {
        return search.count(criteria(filter), properties.countMax());
    }

    /** Counts stop past this many entries. */
    public int countMax() {
        return properties.countMax();
    }

    /** A page of the entries the filter finds, newest first (by time, then id) (at most {@link AuditProperties#pageMax}). */
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        int bounded = Math.clamp(limit, 1, properties.pageMax());
        return search.page(criteria(filter), Math.max(0, offset), bounded).stream()
                .map(reader::entry)
                .toList();
    }

    /** The same page in the reader's language. */
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    public List<AuditLine> lines(AuditFilter filter, int offset, int limit, Locale reader) {
        return render(page(filter, offset, limit), reader);
    }

    /** The spaces whose entries the reader may read and that have any, by title. */
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    public List<AuditSpace> spaces(Locale reader) {
        Collection<Long> ids = readableSpaces();
        List<SubjectRef> refs = (ids == null ? search.spacesWithEntries() : ids)
                .stream().map(SubjectRef::space).toList();
        return subjects.titles(refs, reader).entrySet().stream()
                .map(e -> new AuditSpace(e.getKey().id(), e.getValue()))
                .sorted(Comparator.comparing(AuditSpace::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The actions that have entries (codes; the view shows {@code audit.<action>}). */
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    public List<String> actions() {
        return search.actionsWithEntries();
    }

    /**
     * Writes the entries the filter finds as CSV in the reader's language: UTF-8 with a byte order mark (so that
     * Excel reads accents), a header, newest first, at most {@link AuditProperties#exportMax} entries (then a last
     * line says the file was cut), read a batch at a time. Cells a spreadsheet would run as a formula are
     * neutralised.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    public void writeCsv(AuditFilter filter, Locale reader, OutputStream out) throws IOException {
        AuditSearch.Criteria criteria = criteria(filter);
        AuditCsv csv = new AuditCsv(out);
        csv.row(List.of(
                t(reader, "audit.view.when"),
                t(reader, "audit.view.who"),
                t(reader, "audit.view.what"),
                t(reader, "audit.view.object"),
                t(reader, "audit.view.space"),
                t(reader, "audit.view.details")));
        int written = 0;
        AuditRecord last = null;
        while (written < properties.exportMax()) {
            List<AuditRecord> batch =
                    search.after(criteria, last, Math.min(properties.pageMax(), properties.exportMax() - written));
            if (batch.isEmpty()) {
                break;
            }
            for (AuditLine line : render(batch.stream().map(this.reader::entry).toList(), reader)) {
                csv.row(List.of(line.when(), line.who(), line.what(), line.objectKind(), line.space(), line.details()));
            }
            written += batch.size();
            last = batch.getLast();
        }
        if (written == properties.exportMax()
                && !search.after(criteria, last, 1).isEmpty()) {
            csv.row(List.of(t(reader, "audit.csv.cut", properties.exportMax())));
        }
        csv.flush();
    }

    private List<AuditLine> render(List<AuditEntry> entries, Locale reader) {
        Map<Long, String> names = accounts.people(AuditTexts.people(entries)).values().stream()
                .collect(Collectors.toMap(PersonRef::id, PersonRef::displayName));
        Set<SubjectRef> spaces = entries.stream()
                .map(AuditEntry::spaceId)
                .filter(java.util.Objects::nonNull)
                .map(SubjectRef::space)
                .collect(Collectors.toSet());
        Map<SubjectRef, String> titles = subjects.titles(spaces, reader);
        AuditTexts texts = new AuditTexts((key, args) -> t(reader, key, args), reader, names);
        return entries.stream()
                .map(e -> new AuditLine(
                        e.id(),
                        texts.when(e),
                        texts.who(e),
                        texts.what(e),
                        t(reader, objectKey(e.objectType())),
                        e.spaceId() == null ? "" : titles.getOrDefault(SubjectRef.space(e.spaceId()), ""),
                        texts.details(e)))
                .toList();
    }

    /** The message key naming a kind of object (an unknown kind: "other"). */
    public static String objectKey(String objectType) {
        return OBJECT_KINDS.contains(objectType) ? "audit.object." + objectType : "audit.object.other";
    }

    private String t(Locale reader, String key, Object... args) {
        return translations.getTranslation(key, reader, args);
    }

    private AuditSearch.Criteria criteria(AuditFilter filter) {
        return new AuditSearch.Criteria(
                readableSpaces(),
                filter.actorId(),
                filter.action(),
                filter.objectType(),
                filter.spaceId(),
                filter.from() == null ? null : startOf(filter.from()),
                filter.to() == null ? null : startOf(filter.to().plusDays(1)));
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(TimeZones.OFFICE).toInstant();
    }

    /**
     * The spaces whose entries the reader may read, or {@code null} for every entry (administrators). Staff: the
     * spaces with entries that the spaces module lets them manage, asked in one go.
     */
    private Collection<Long> readableSpaces() {
        if (currentUser.require().hasRole(Role.ADMIN)) {
            return null;
        }
        List<Long> ids = search.spacesWithEntries();
        Map<SubjectRef, Access> access =
                subjects.of(ids.stream().map(SubjectRef::space).toList());
        return ids.stream()
                .filter(id -> access.get(SubjectRef.space(id)).manage())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
