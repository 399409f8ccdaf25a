package org.passerelle.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.TestAccounts.Person;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Stage;
import org.passerelle.base.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Space rules against a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class SpaceServiceContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SpaceService spaces;

    @Autowired
    SpaceMembershipService memberships;

    @Autowired
    SpaceAccess access;

    TestAccounts accounts;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        SpacesFixture.reset(jdbc);
        accounts.reset();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    SpaceSummary create(AccessMode mode, boolean archived) {
        accounts.signIn(TestAccounts.ADMIN);
        SpaceSummary space =
                spaces.create(new SpaceForm("Rwanda — health " + mode, null, null, null, Stage.ENGAGE, mode));
        memberships.invite(space.id(), accounts.idOf(TestAccounts.BOARD), SpaceRole.BOARD_MEMBER);
        memberships.invite(space.id(), accounts.idOf(TestAccounts.MEMBER), SpaceRole.PARTICIPANT);
        memberships.invite(space.id(), accounts.idOf(TestAccounts.BOTH), SpaceRole.OBSERVER);
        for (Person invitee : List.of(TestAccounts.BOARD, TestAccounts.MEMBER, TestAccounts.BOTH)) {
            accounts.signIn(invitee);
            memberships.myInvitations().forEach(invite -> memberships.answer(invite.id(), true));
        }
        if (archived) {
            accounts.signIn(TestAccounts.ADMIN);
            spaces.setArchived(space.id(), true);
        }
        return space;
    }

    /**
     * The access table through the real services and database: each viewer (ADMIN is the facilitator who
     * created the space, STAFF a staff non-member, BOARD a board member, MEMBER a participant, BOTH an
     * observer, OUTSIDER a non-member), each mode, archived or not, each action.
     */
    @Test
    void theAccessTableHoldsThroughTheDatabase() {
        Map<Person, String> viewers = Map.of(
                TestAccounts.ADMIN, "STAFF+FACILITATOR", // created the space: a staff account and its facilitator
                TestAccounts.STAFF, "STAFF",
                TestAccounts.BOARD, "BOARD_MEMBER",
                TestAccounts.MEMBER, "PARTICIPANT",
                TestAccounts.BOTH, "OBSERVER",
                TestAccounts.OUTSIDER, "NON_MEMBER");
        int cells = 0;
        for (AccessMode mode : AccessMode.values()) {
            for (boolean archived : new boolean[] {false, true}) {
                SpaceSummary space = create(mode, archived);
                for (var viewer : viewers.entrySet()) {
                    accounts.signIn(viewer.getKey());
                    boolean staff = viewer.getValue().startsWith("STAFF");
                    SpaceRole role = switch (viewer.getValue()) {
                        case "STAFF", "NON_MEMBER" -> null;
                        case "STAFF+FACILITATOR" -> SpaceRole.FACILITATOR;
                        default -> SpaceRole.valueOf(viewer.getValue());
                    };
                    for (SpaceAction action : SpaceAction.values()) {
                        boolean expected = AccessPolicy.allows(action, staff, role, mode, archived);
                        assertThat(access.may(space.id(), action))
                                .as("%s %s archived=%s %s", viewer.getKey().email(), mode, archived, action)
                                .isEqualTo(expected);
                        cells++;
                    }
                    if (!AccessPolicy.allows(SpaceAction.SEE, staff, role, mode, archived)) {
                        assertThatThrownBy(() -> spaces.get(space.id())).isInstanceOf(SpaceNotFoundException.class);
                    } else {
                        assertThat(spaces.get(space.id()).id()).isEqualTo(space.id());
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(3 * 2 * 6 * 6);
    }

    @Test
    void aPrivateSpaceIsNotFoundExactlyLikeAMissingOne() {
        SpaceSummary space = create(AccessMode.PRIVATE, false);
        accounts.signIn(TestAccounts.OUTSIDER);
        var hidden = org.assertj.core.api.Assertions.catchThrowable(() -> spaces.get(space.id()));
        var missing = org.assertj.core.api.Assertions.catchThrowable(() -> spaces.get(space.id() + 10_000));
        assertThat(hidden).isInstanceOf(SpaceNotFoundException.class);
        assertThat(missing).isInstanceOf(SpaceNotFoundException.class);
        assertThat(((UserFacingException) hidden).messageKey()).isEqualTo(((UserFacingException) missing).messageKey());
        assertThatThrownBy(() -> memberships.members(space.id())).isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> memberships.join(space.id())).isInstanceOf(SpaceNotFoundException.class);
        assertThat(spaces.visibleSpaces()).extracting(SpaceSummary::id).doesNotContain(space.id());
    }

    @Test
    void theMembersAreReadAPageAtATimeInTheOrderTheyJoinedAndOnlyByThoseWhoSeeTheSpace() {
        SpaceSummary space = create(AccessMode.PRIVATE, false);
        accounts.signIn(TestAccounts.BOARD);
        List<SpaceMembership> all = memberships.members(space.id());
        assertThat(all).hasSize(4);
        assertThat(memberships.memberCount(space.id())).isEqualTo(4);
        assertThat(memberships.members(space.id(), 0, 2)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(memberships.members(space.id(), 2, 10)).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(memberships.members(space.id(), 4, 10)).isEmpty();
        assertThat(memberships.members(space.id(), -1, 10)).isEmpty();
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThatThrownBy(() -> memberships.members(space.id(), 0, 10)).isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> memberships.memberCount(space.id())).isInstanceOf(SpaceNotFoundException.class);
    }

    @Test
    void anOpenSpaceIsJoinedWithOneClickButARestrictedOneIsNot() {
        SpaceSummary open = create(AccessMode.OPEN, false);
        SpaceSummary restricted = create(AccessMode.RESTRICTED, false);
        accounts.signIn(TestAccounts.OUTSIDER);
        memberships.join(open.id());
        assertThat(spaces.get(open.id()).myRole()).isEqualTo(SpaceRole.PARTICIPANT);
        assertThat(spaces.get(open.id()).mayContribute()).isTrue();
        assertThatThrownBy(() -> memberships.join(open.id()))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.not-allowed");
        assertThatThrownBy(() -> memberships.join(restricted.id()))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.not-allowed");
        assertThat(spaces.mySpaces()).extracting(SpaceSummary::id).containsExactly(open.id());
    }

    @Test
    void invitationsAreAnsweredByTheInviteeOnly() {
        accounts.signIn(TestAccounts.ADMIN);
        SpaceSummary space = spaces.create(
                new SpaceForm(null, "Femmes et entrepreneuriat", null, null, Stage.ENABLE, AccessMode.PRIVATE));
        memberships.invite(space.id(), accounts.idOf(TestAccounts.OUTSIDER), SpaceRole.PARTICIPANT);
        assertThatThrownBy(
                        () -> memberships.invite(space.id(), accounts.idOf(TestAccounts.OUTSIDER), SpaceRole.OBSERVER))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.already-invited");
        assertThatThrownBy(
                        () -> memberships.invite(space.id(), accounts.idOf(TestAccounts.ADMIN), SpaceRole.PARTICIPANT))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.already-member");
        long invitationId =
                memberships.pendingInvitations(space.id()).getFirst().id();

        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> memberships.answer(invitationId, true))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.invitation-gone");

        accounts.signIn(TestAccounts.OUTSIDER);
        assertThatThrownBy(() -> spaces.get(space.id())).isInstanceOf(SpaceNotFoundException.class);
        assertThat(memberships.myInvitations()).singleElement().satisfies(invite -> {
            assertThat(invite.spaceTitleFr()).isEqualTo("Femmes et entrepreneuriat");
            assertThat(invite.invitedByName()).isEqualTo(TestAccounts.ADMIN.name());
        });
        memberships.answer(invitationId, true);
        assertThat(spaces.get(space.id()).myRole()).isEqualTo(SpaceRole.PARTICIPANT);
        assertThatThrownBy(() -> memberships.answer(invitationId, true))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.invitation-gone");
    }

    @Test
    void aMemberWhoLeavesAPrivateSpaceNoLongerFindsIt() {
        SpaceSummary space = create(AccessMode.PRIVATE, false);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(spaces.get(space.id()).title(java.util.Locale.ENGLISH).text())
                .startsWith("Rwanda");
        memberships.leave(space.id());
        assertThatThrownBy(() -> spaces.get(space.id())).isInstanceOf(SpaceNotFoundException.class);
    }

    @Test
    void aDeclinedInvitationLeavesNoMembership() {
        accounts.signIn(TestAccounts.ADMIN);
        SpaceSummary space =
                spaces.create(new SpaceForm("Remittances", null, null, null, Stage.ENGAGE, AccessMode.PRIVATE));
        memberships.invite(space.id(), accounts.idOf(TestAccounts.BOARD), SpaceRole.BOARD_MEMBER);
        accounts.signIn(TestAccounts.BOARD);
        memberships.answer(memberships.myInvitations().getFirst().id(), false);
        assertThat(memberships.myInvitations()).isEmpty();
        assertThatThrownBy(() -> spaces.get(space.id())).isInstanceOf(SpaceNotFoundException.class);
    }

    @Test
    void theLastFacilitatorCannotLeaveBeRemovedOrDemoted() {
        SpaceSummary space = create(AccessMode.RESTRICTED, false);
        long admin = accounts.idOf(TestAccounts.ADMIN);
        accounts.signIn(TestAccounts.ADMIN);
        assertThatThrownBy(() -> memberships.leave(space.id()))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.last-facilitator");
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> memberships.remove(space.id(), admin))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.last-facilitator");
        assertThatThrownBy(() -> memberships.changeRole(space.id(), admin, SpaceRole.PARTICIPANT))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.last-facilitator");
        memberships.invite(space.id(), accounts.idOf(TestAccounts.STAFF), SpaceRole.FACILITATOR);
        memberships.answer(memberships.myInvitations().getFirst().id(), true);
        memberships.remove(space.id(), admin);
        assertThat(memberships.members(space.id()))
                .extracting(SpaceMembership::accountId)
                .doesNotContain(admin);
    }

    @Test
    void onlyStaffCanBeFacilitators() {
        SpaceSummary space = create(AccessMode.OPEN, false);
        accounts.signIn(TestAccounts.ADMIN);
        assertThatThrownBy(() ->
                        memberships.invite(space.id(), accounts.idOf(TestAccounts.OUTSIDER), SpaceRole.FACILITATOR))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.facilitator-must-be-staff");
        assertThatThrownBy(() ->
                        memberships.changeRole(space.id(), accounts.idOf(TestAccounts.MEMBER), SpaceRole.FACILITATOR))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.facilitator-must-be-staff");
    }

    @Test
    void onlyStaffCreateAndManageSpaces() {
        SpaceSummary space = create(AccessMode.OPEN, false);
        SpaceForm form = new SpaceForm("x", null, null, null, Stage.ENABLE, AccessMode.OPEN);
        for (Person person : List.of(TestAccounts.BOARD, TestAccounts.MEMBER, TestAccounts.OUTSIDER)) {
            accounts.signIn(person);
            assertThatThrownBy(() -> spaces.create(form)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> spaces.setArchived(space.id(), true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            memberships.invite(space.id(), accounts.idOf(TestAccounts.OUTSIDER), SpaceRole.PARTICIPANT))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestAccounts.signOut();
        assertThatThrownBy(() -> spaces.visibleSpaces()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anArchivedSpaceIsReadOnlyUntilRestored() {
        SpaceSummary space = create(AccessMode.OPEN, true);
        accounts.signIn(TestAccounts.ADMIN);
        assertThatThrownBy(
                        () -> spaces.update(space.id(), spaces.get(space.id()).version(), space.toForm()))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.archived");
        assertThatThrownBy(() ->
                        memberships.invite(space.id(), accounts.idOf(TestAccounts.OUTSIDER), SpaceRole.PARTICIPANT))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.archived");
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThatThrownBy(() -> memberships.join(space.id()))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.archived");
        accounts.signIn(TestAccounts.ADMIN);
        spaces.setArchived(space.id(), false);
        accounts.signIn(TestAccounts.OUTSIDER);
        memberships.join(space.id());
        assertThat(spaces.get(space.id()).mayContribute()).isTrue();
    }

    @Test
    void textsAreValidatedAndStoredAsTyped() {
        accounts.signIn(TestAccounts.STAFF);
        assertRefused(
                new SpaceForm(" ", "", null, null, Stage.ENABLE, AccessMode.OPEN),
                "titleEn",
                "spaces.error.title-required");
        assertRefused(
                new SpaceForm("x".repeat(151), null, null, null, Stage.ENABLE, AccessMode.OPEN),
                "titleEn",
                "spaces.error.too-long");
        assertRefused(
                new SpaceForm("ok", null, "d".repeat(4001), null, Stage.ENABLE, AccessMode.OPEN),
                "descriptionEn",
                "spaces.error.too-long");
        assertRefused(
                new SpaceForm("ok", "bad\u0000title", null, null, Stage.ENABLE, AccessMode.OPEN),
                "titleFr",
                "spaces.error.control-characters");
        assertRefused(
                new SpaceForm("ok", null, null, null, null, AccessMode.OPEN), "stage", "spaces.error.stage-required");
        assertRefused(
                new SpaceForm("ok", null, null, null, Stage.ENABLE, null),
                "accessMode",
                "spaces.error.access-required");
        assertThat(jdbc.queryForObject("select count(*) from space", Integer.class))
                .isZero();

        SpaceSummary created = spaces.create(new SpaceForm(
                "<script>alert('x')</script>", null, "Line one\nline two", null, Stage.EMPOWER, AccessMode.OPEN));
        assertThat(spaces.get(created.id()).titleEn()).isEqualTo("<script>alert('x')</script>");
        assertThat(created.title(java.util.Locale.FRENCH).fallback()).isTrue();
        assertThat(created.title(java.util.Locale.FRENCH).language()).isEqualTo("en");
    }

    @Test
    void aStaleEditIsRefused() {
        accounts.signIn(TestAccounts.STAFF);
        SpaceSummary space = spaces.create(new SpaceForm("Youth", null, null, null, Stage.ENABLE, AccessMode.OPEN));
        spaces.update(
                space.id(),
                space.version(),
                new SpaceForm("Youth and TVET", null, null, null, Stage.ENABLE, AccessMode.OPEN));
        assertThatThrownBy(() -> spaces.update(space.id(), space.version(), space.toForm()))
                .hasFieldOrPropertyWithValue("messageKey", "spaces.error.changed-meanwhile");
    }

    @Test
    void everyChangeIsInTheSpacesAuditLog() {
        SpaceSummary space = create(AccessMode.OPEN, true);
        accounts.signIn(TestAccounts.STAFF);
        var actions = new org.passerelle.audit.AuditLogProbe(context).actionsOfSpace(space.id());
        assertThat(actions)
                .contains("space.created", "space.member-invited", "space.invitation-accepted", "space.archived");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where space_id = ?", Integer.class, space.id()))
                .isEqualTo(actions.size());
    }

    private void assertRefused(SpaceForm form, String field, String key) {
        assertThatThrownBy(() -> spaces.create(form))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
