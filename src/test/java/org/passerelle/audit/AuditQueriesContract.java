package org.passerelle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.accounts.AccountService;
import org.passerelle.audit.domain.AuditSearch;
import org.passerelle.base.Stage;
import org.passerelle.base.SubjectAccess;
import org.passerelle.base.Translations;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Role;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log view's reads: filters, paging newest first, administrators reading everything, staff only the
 * entries of spaces they manage (none without a space), others refused; the CSV. Run on H2 and PostgreSQL.
 */
abstract class AuditQueriesContract {

    /** A space id no space has: its entries are nobody's to read but an administrator's. */
    private static final long UNKNOWN_SPACE = 999_999;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditQueries queries;

    TestAccounts accounts;
    long kigali;
    long dakar;
    long ada;
    long sam;

    @BeforeEach
    void aLogWithEntriesInTwoSpacesNoneAndAnUnknownOne() {
        accounts = new TestAccounts(context);
        accounts.reset();
        accounts.signIn(TestAccounts.ADMIN);
        SpaceService spaces = context.getBean(SpaceService.class);
        kigali = spaces.create(new SpaceForm("Kigali — santé", null, null, null, Stage.ENGAGE, AccessMode.PRIVATE))
                .id();
        dakar = spaces.create(new SpaceForm("Dakar", null, null, null, Stage.ENABLE, AccessMode.OPEN))
                .id();
        jdbc.update("truncate table audit_entry");
        ada = accounts.idOf(TestAccounts.ADMIN);
        sam = accounts.idOf(TestAccounts.STAFF);
        // 23:30 on 1 June in Brussels, then 00:30 on 2 June
        insert(ada, "space.updated", "space", kigali, kigali, "2026-06-01T21:30:00Z", "Kigali");
        insert(ada, "space.updated", "space", kigali, kigali, "2026-06-01T22:30:00Z", "Kigali 2");
        insert(sam, "call.created", "call", 7L, dakar, "2026-06-03T10:00:00Z", "Appel");
        insert(ada, "account.created", "account", sam, null, "2026-06-04T10:00:00Z", null);
        insert(null, "space.updated", "space", UNKNOWN_SPACE, UNKNOWN_SPACE, "2026-06-05T10:00:00Z", "Gone");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    void insert(Long actor, String action, String type, Long objectId, Long space, String at, String text) {
        jdbc.update(
                "insert into audit_entry (occurred_at, actor_id, action, object_type, object_id, space_id, details, facts)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(Instant.parse(at)),
                actor,
                action,
                type,
                objectId,
                space,
                text == null ? "" : text,
                text == null ? "[]" : "[{\"kind\":\"TEXT\",\"value\":\"" + text + "\"}]");
    }

    private List<String> actions(AuditFilter filter) {
        return queries.page(filter, 0, 100).stream().map(AuditEntry::action).toList();
    }

    @Test
    void administratorsReadEveryEntryNewestFirst() {
        List<AuditEntry> page = queries.page(AuditFilter.NONE, 0, 100);
        assertThat(page)
                .extracting(AuditEntry::action)
                .containsExactly("space.updated", "account.created", "call.created", "space.updated", "space.updated");
        assertThat(page).extracting(AuditEntry::id).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(queries.count(AuditFilter.NONE)).isEqualTo(5);
        assertThat(queries.actions()).containsExactly("account.created", "call.created", "space.updated");
        assertThat(queries.spaces(Locale.ENGLISH))
                .extracting(AuditSpace::title)
                .containsExactly("Dakar", "Kigali — santé");
    }

    @Test
    void staffReadOnlyTheEntriesOfSpacesTheyManage() {
        accounts.signIn(TestAccounts.STAFF);
        assertThat(queries.count(AuditFilter.NONE)).isEqualTo(3);
        assertThat(queries.page(AuditFilter.NONE, 0, 100))
                .extracting(AuditEntry::spaceId)
                .as("no entry without a space (accounts), none of a space the spaces module does not know")
                .containsExactly(dakar, kigali, kigali);
        assertThat(queries.count(AuditFilter.NONE.withSpace(UNKNOWN_SPACE))).isZero();
        assertThat(queries.page(AuditFilter.NONE.withSpace(UNKNOWN_SPACE), 0, 10))
                .isEmpty();
        assertThat(queries.spaces(Locale.ENGLISH)).extracting(AuditSpace::id).containsExactly(dakar, kigali);
    }

    @Test
    void aStaffMemberWithoutSpacesToManageReadsNothing() {
        // the spaces module decides: a space that is gone is managed by nobody
        jdbc.update("truncate table audit_entry");
        insert(ada, "space.updated", "space", UNKNOWN_SPACE, UNKNOWN_SPACE, "2026-06-05T10:00:00Z", "Gone");
        insert(ada, "account.created", "account", sam, null, "2026-06-04T10:00:00Z", null);
        accounts.signIn(TestAccounts.STAFF);
        assertThat(queries.count(AuditFilter.NONE)).isZero();
        assertThat(queries.page(AuditFilter.NONE, 0, 10)).isEmpty();
        accounts.signIn(TestAccounts.ADMIN);
        assertThat(queries.count(AuditFilter.NONE)).isEqualTo(2);
    }

    @Test
    void othersAreRefused() {
        for (TestAccounts.Person person : List.of(TestAccounts.MEMBER, TestAccounts.BOARD, TestAccounts.BOTH)) {
            accounts.signIn(person);
            assertThatThrownBy(() -> queries.count(AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queries.page(AuditFilter.NONE, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queries.spaces(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queries.writeCsv(AuditFilter.NONE, Locale.ENGLISH, new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestAccounts.signOut();
        assertThatThrownBy(() -> queries.count(AuditFilter.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void filtersByPersonActionObjectKindSpaceAndPeriod() {
        assertThat(actions(new AuditFilter(sam, null, null, null, null, null))).containsExactly("call.created");
        assertThat(actions(new AuditFilter(ada, "space.updated", null, null, null, null)))
                .hasSize(2);
        assertThat(actions(new AuditFilter(null, null, "account", null, null, null)))
                .containsExactly("account.created");
        assertThat(queries.page(AuditFilter.NONE.withSpace(kigali), 0, 10))
                .extracting(AuditEntry::details)
                .containsExactly("Kigali 2", "Kigali");
        LocalDate june1 = LocalDate.of(2026, 6, 1);
        LocalDate june2 = LocalDate.of(2026, 6, 2);
        assertThat(queries.page(new AuditFilter(null, null, null, null, june1, june1), 0, 10))
                .as("days are Brussels days: 21:30 UTC is still 1 June")
                .extracting(AuditEntry::details)
                .containsExactly("Kigali");
        assertThat(queries.page(new AuditFilter(null, null, null, null, june2, null), 0, 10))
                .extracting(AuditEntry::details)
                .containsExactly("Gone", "", "Appel", "Kigali 2");
        assertThat(queries.count(new AuditFilter(null, null, null, null, null, june2)))
                .isEqualTo(2);
        assertThat(queries.count(new AuditFilter(sam, "space.updated", null, null, null, null)))
                .isZero();
    }

    @Test
    void pagesAreBoundedAndFollowEachOther() {
        jdbc.batchUpdate(
                "insert into audit_entry (occurred_at, actor_id, action, object_type, object_id, space_id, details)"
                        + " values (?, ?, 'document.uploaded', 'document', ?, ?, 'x')",
                java.util.stream.IntStream.range(0, 600)
                        .mapToObj(i -> new Object[] {
                            Timestamp.from(Instant.parse("2026-07-01T00:00:00Z").plusSeconds(i)), sam, i, dakar
                        })
                        .toList());
        assertThat(queries.count(AuditFilter.NONE)).isEqualTo(605);
        assertThat(queries.page(AuditFilter.NONE, 0, 100_000))
                .as("a page is bounded")
                .hasSize(context.getBean(AuditProperties.class).pageMax());
        List<AuditEntry> first = queries.page(AuditFilter.NONE, 0, 50);
        List<AuditEntry> second = queries.page(AuditFilter.NONE, 50, 50);
        assertThat(first.getLast().id()).isGreaterThan(second.getFirst().id());
        assertThat(queries.page(AuditFilter.NONE, 600, 50)).hasSize(5);
        accounts.signIn(TestAccounts.STAFF);
        assertThat(queries.count(new AuditFilter(null, "document.uploaded", "document", dakar, null, null)))
                .isEqualTo(600);
    }

    @Test
    void theCsvIsInTheReadersLanguageWithAByteOrderMarkNeutralisedCellsAndTheFilterApplied() throws IOException {
        accounts.insert(new TestAccounts.Person(
                "eve@test.example", "=HYPERLINK(\"http://evil.example\")", "fr", EnumSet.of(Role.STAFF), true));
        long eve = jdbc.queryForObject("select id from account where email = 'eve@test.example'", Long.class);
        insert(eve, "space.updated", "space", kigali, kigali, "2026-06-06T10:00:00Z", "+33 1 23 45 67 89");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        queries.writeCsv(new AuditFilter(null, "space.updated", null, kigali, null, null), Locale.FRENCH, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Quand,Qui,Quoi,Objet,Espace,Détails");
        assertThat(lines).hasSize(4).as("the filter applies: only Kigali's updates");
        assertThat(lines.get(1))
                .startsWith("\"6 juin 2026, 12:00:00\",")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
                .contains(",Espace modifié,Espace,Kigali — santé,");
        assertThat(lines.get(1)).as("a cell is never a formula").doesNotContain(",=", ",+", ",-", ",@");
        assertThat(lines.get(3)).contains("Ada Admin").endsWith("« Kigali »");
        assertThat(csv).doesNotContain("Appel", "Gone", "#");
    }

    /** The service with other limits (not through Spring: no role check, the signed-in person still counts). */
    private AuditQueries limitedTo(int pageMax, int exportMax) {
        return limitedTo(pageMax, exportMax, 10_000);
    }

    private AuditQueries limitedTo(int pageMax, int exportMax, int countMax) {
        return new AuditQueries(
                context.getBean(AuditSearch.class),
                context.getBean(SubjectAccess.class),
                context.getBean(CurrentUser.class),
                context.getBean(AccountService.class),
                context.getBean(Translations.class),
                new AuditProperties(pageMax, exportMax, countMax),
                context.getBean(JsonMapper.class));
    }

    @Test
    void countsStopPastTheirLimit() {
        assertThat(limitedTo(500, 100, 3).count(AuditFilter.NONE))
                .as("more than 3")
                .isEqualTo(4);
        assertThat(limitedTo(500, 100, 5).count(AuditFilter.NONE)).isEqualTo(5);
        accounts.signIn(TestAccounts.STAFF);
        assertThat(limitedTo(500, 100, 2).count(AuditFilter.NONE)).isEqualTo(3);
        assertThat(limitedTo(500, 100, 3).count(AuditFilter.NONE)).isEqualTo(3);
    }

    @Test
    void newestFirstIsByTimeThenId() {
        // written later, about something earlier; and two entries of the same instant
        insert(ada, "space.updated", "space", kigali, kigali, "2026-05-01T10:00:00Z", "Older");
        insert(ada, "space.updated", "space", kigali, kigali, "2026-06-03T10:00:00Z", "Same instant");
        assertThat(queries.page(AuditFilter.NONE, 0, 100))
                .extracting(AuditEntry::details)
                .containsExactly("Gone", "", "Same instant", "Appel", "Kigali 2", "Kigali", "Older");
    }

    @Test
    void anExportReadsInBatchesWithoutLosingOrRepeatingAnEntry() throws IOException {
        insert(ada, "space.updated", "space", kigali, kigali, "2026-06-03T10:00:00Z", "Same instant");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        limitedTo(2, 100).writeCsv(AuditFilter.NONE, Locale.ENGLISH, out);
        assertThat(out.toString(StandardCharsets.UTF_8)
                        .lines()
                        .skip(1)
                        .map(line -> line.substring(line.lastIndexOf(',') + 1)))
                .containsExactly("“Gone”", "", "“Same instant”", "“Appel”", "“Kigali 2”", "“Kigali”");
    }

    @Test
    void aLongExportIsCutAndSaysSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        limitedTo(500, 3).writeCsv(AuditFilter.NONE, Locale.ENGLISH, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.getLast())
                .isEqualTo(
                        "Cut: only the newest 3 entries are in this file. Narrow the filters to" + " export the rest.");
        out.reset();
        limitedTo(500, 5).writeCsv(AuditFilter.NONE, Locale.ENGLISH, out);
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .as("exactly the bound: not cut")
                .hasSize(6);
    }
}
