package org.passerelle.spaces.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.Stage;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceMembershipService;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.spaces.SpaceService;

/** The space's audit log reads in the reader's language: people by name, roles and dates translated, no codes. */
class AuditPanelTest extends KaribuTest {

    /** What must not reach a reader: an enum code, an arrow between codes, an ISO date, an id, a missing text. */
    private static final Pattern CODE =
            Pattern.compile("\\b[A-Z]{3,}\\b|\\b[A-Z]+_[A-Z_]+\\b|->|\\d{4}-\\d{2}-\\d{2}|#\\d|!audit|[{}]");

    private long spaceId;

    @BeforeEach
    void aSpaceWithSomeHistory() {
        accounts.signIn(TestAccounts.ADMIN);
        SpaceMembershipService memberships = context.getBean(SpaceMembershipService.class);
        spaceId = context.getBean(SpaceService.class)
                .create(new SpaceForm("Audit — Kigali", null, null, null, Stage.ENGAGE, AccessMode.PRIVATE))
                .id();
        long bea = accounts.idOf(TestAccounts.BOARD);
        memberships.invite(spaceId, bea, SpaceRole.BOARD_MEMBER);
        accounts.signIn(TestAccounts.BOARD);
        memberships.answer(memberships.myInvitations().getFirst().id(), true);
        accounts.signIn(TestAccounts.ADMIN);
        memberships.changeRole(spaceId, bea, SpaceRole.OBSERVER);
        TestAccounts.signOut();
        // a line the system wrote, with a start time (16:30 in Brussels), and a line from before facts were kept
        insert(
                null,
                "session.scheduled",
                "Atelier @ 2026-12-10T15:30:00Z",
                Instant.parse("2026-11-20T08:00:00Z"),
                "[{\"kind\":\"TEXT\",\"value\":\"Atelier\"},{\"kind\":\"INSTANT\",\"value\":\"2026-12-10T15:30:00Z\"}]");
        insert(
                accounts.idOf(TestAccounts.STAFF),
                "proposal.submit",
                "DRAFT -> SUBMITTED",
                Instant.parse("2025-06-01T10:00:00Z"),
                null);
    }

    private void insert(Long actorId, String action, String details, Instant at, String facts) {
        jdbc.update(
                "insert into audit_entry (occurred_at, actor_id, action, object_type, object_id, space_id, details, facts)"
                        + " values (?, ?, ?, 'space', ?, ?, ?, ?)",
                Timestamp.from(at),
                actorId,
                action,
                spaceId,
                spaceId,
                details,
                facts);
    }

    /** The rows as a person reads them: when, who, what, details. */
    private List<List<String>> rows() {
        navigate("spaces/" + spaceId);
        AuditPanel panel = _get(AuditPanel.class);
        return IntStream.range(0, GridKt._size(panel.grid))
                .mapToObj(i -> GridKt._getFormattedRow(panel.grid, i))
                .toList();
    }

    private static List<String> row(List<List<String>> rows, String what) {
        return rows.stream()
                .filter(r -> r.get(2).equals(what))
                .findFirst()
                .orElseThrow(() -> new AssertionError(what + " in " + rows));
    }

    private static void noCodeBut(List<List<String>> rows, String oldDetails) {
        for (List<String> row : rows) {
            String shown = String.join(" | ", row).replace(oldDetails, "");
            assertThat(CODE.matcher(shown).find()).as(shown).isFalse();
        }
    }

    @Test
    void inEnglish() {
        signIn(TestAccounts.ADMIN);
        List<List<String>> rows = rows();

        assertThat(row(rows, "Space created"))
                .containsExactly(row(rows, "Space created").get(0), "Ada Admin", "Space created", "“Audit — Kigali”");
        assertThat(row(rows, "Member invited").subList(1, 4))
                .containsExactly("Ada Admin", "Member invited", "Bea Board (Board member)");
        assertThat(row(rows, "Invitation accepted").get(1)).isEqualTo("Bea Board");
        assertThat(row(rows, "Role changed").get(3)).isEqualTo("Bea Board: from Board member to Observer");
        List<String> scheduled = row(rows, "Session scheduled");
        assertThat(scheduled.get(1)).isEqualTo("System");
        assertThat(scheduled.get(3)).isEqualTo("“Atelier”, starts 10 Dec 2026, 16:30");
        List<String> old = row(rows, "Proposal submitted");
        assertThat(old.subList(1, 4)).containsExactly("Sam Staff", "Proposal submitted", "DRAFT -> SUBMITTED");
        assertThat(old.get(0)).startsWith("1 Jun 2025, 12:00:00");
        noCodeBut(rows, "DRAFT -> SUBMITTED");
    }

    @Test
    void inFrench() {
        signIn(TestAccounts.ADMIN);
        useLanguage(Locale.FRENCH);
        List<List<String>> rows = rows();

        assertThat(row(rows, "Espace créé").get(3)).isEqualTo("« Audit — Kigali »");
        assertThat(row(rows, "Membre invité·e").subList(1, 4))
                .containsExactly("Ada Admin", "Membre invité·e", "Bea Board (Membre du Conseil)");
        assertThat(row(rows, "Rôle modifié").get(3))
                .isEqualTo("Bea Board : de « Membre du Conseil » à « Observateur·rice »");
        List<String> scheduled = row(rows, "Session planifiée");
        assertThat(scheduled.get(0)).isEqualTo("20 nov. 2026, 09:00:00");
        assertThat(scheduled.get(1)).isEqualTo("Système");
        assertThat(scheduled.get(3)).isEqualTo("« Atelier », début le 10 déc. 2026 16:30");
        List<String> old = row(rows, "Proposition soumise");
        assertThat(old.get(0)).isEqualTo("1 juin 2025, 12:00:00");
        assertThat(old.get(3)).isEqualTo("DRAFT -> SUBMITTED");
        noCodeBut(rows, "DRAFT -> SUBMITTED");
    }
}
