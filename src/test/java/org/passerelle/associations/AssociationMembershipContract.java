package org.passerelle.associations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.TestAccounts.Person;
import org.passerelle.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Members, invitations and contact people against a real database; H2 and PostgreSQL subclasses. */
abstract class AssociationMembershipContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssociationService service;

    @Autowired
    AssociationMembershipService memberships;

    @Autowired
    AssociationInvitationService invitations;

    TestAccounts accounts;
    long association;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        AssociationsFixture.reset(jdbc);
        accounts.reset();
        association = AssociationsFixture.register(
                        accounts, service, "Association des Burkinabè de Bruxelles", TestAccounts.BOTH)
                .id();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long id(Person person) {
        return accounts.idOf(person);
    }

    private void inviteAsContact(Person invitee) {
        accounts.signIn(TestAccounts.BOTH);
        invitations.invite(association, invitee.email());
    }

    private void join(Person person) {
        inviteAsContact(person);
        accounts.signIn(person);
        invitations.accept(association);
    }

    @Test
    void aContactInvitesByEmailAndTheInviteeAccepts() {
        accounts.signIn(TestAccounts.BOTH);
        assertThat(invitations.invite(association, "  Member@TEST.example ")).isEqualTo(TestAccounts.MEMBER.name());
        assertThat(memberships.members(association)).anySatisfy(m -> {
            assertThat(m.displayName()).isEqualTo(TestAccounts.MEMBER.name());
            assertThat(m.status()).isEqualTo(MemberStatus.INVITED);
            assertThat(m.email()).isEqualTo(TestAccounts.MEMBER.email());
        });
        accounts.signIn(TestAccounts.OUTSIDER); // a reader sees active members only, without e-mail addresses
        assertThat(memberships.members(association)).singleElement().satisfies(m -> {
            assertThat(m.contact()).isTrue();
            assertThat(m.email()).isNull();
        });
        assertThat(service.isActiveMember(association, id(TestAccounts.MEMBER))).isFalse();

        accounts.signIn(TestAccounts.MEMBER);
        assertThat(memberships.myMemberships()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MemberStatus.INVITED);
            assertThat(m.invitedByName()).isEqualTo(TestAccounts.BOTH.name());
        });
        invitations.accept(association);
        assertThat(service.isActiveMember(association, id(TestAccounts.MEMBER))).isTrue();
        assertThat(service.profile(association).myStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(service.profile(association).mayEdit()).isFalse();
        assertThatThrownBy(() -> invitations.accept(association))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.invitation-gone");
    }

    @Test
    void aDeclinedInvitationIsGoneAndCanBeSentAgain() {
        inviteAsContact(TestAccounts.OUTSIDER);
        accounts.signIn(TestAccounts.OUTSIDER);
        invitations.decline(association);
        assertThat(memberships.myMemberships()).isEmpty();
        assertThat(service.isActiveMember(association, id(TestAccounts.OUTSIDER)))
                .isFalse();
        inviteAsContact(TestAccounts.OUTSIDER);
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThat(memberships.myMemberships()).hasSize(1);
    }

    @Test
    void invitationsToMembersInviteesOrUnknownAddressesAreRefused() {
        join(TestAccounts.MEMBER);
        inviteAsContact(TestAccounts.OUTSIDER);
        assertInviteRefused(TestAccounts.MEMBER.email(), "associations.error.already-member");
        assertInviteRefused(TestAccounts.BOTH.email(), "associations.error.already-member");
        assertInviteRefused(TestAccounts.OUTSIDER.email(), "associations.error.already-invited");
        assertInviteRefused("nobody@test.example", "associations.error.no-account");
        assertInviteRefused(TestAccounts.DISABLED.email(), "associations.error.no-account");
        assertInviteRefused("not an address", "associations.error.no-account");
        assertInviteRefused(" ", "associations.error.invite-email-required");
        assertThat(jdbc.queryForObject("select count(*) from association_membership", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void onlyContactsAndStaffInviteRemoveAndNameContacts() {
        join(TestAccounts.MEMBER);
        for (Person person : new Person[] {TestAccounts.MEMBER, TestAccounts.BOARD, TestAccounts.OUTSIDER}) {
            accounts.signIn(person);
            assertThatThrownBy(() -> invitations.invite(association, TestAccounts.BOARD.email()))
                    .as(person.email())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberships.remove(association, id(TestAccounts.BOTH)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberships.setContact(association, id(TestAccounts.MEMBER), true))
                    .isInstanceOf(AccessDeniedException.class);
        }
        accounts.signIn(TestAccounts.STAFF); // staff manage every association's members
        invitations.invite(association, TestAccounts.BOARD.email());
        memberships.remove(association, id(TestAccounts.BOARD));
        memberships.setContact(association, id(TestAccounts.MEMBER), true);
        assertThat(memberships.members(association))
                .filteredOn(AssociationMember::contact)
                .hasSize(2);
    }

    @Test
    void theLastContactCanNeitherBeRemovedNorLeaveNorStepDown() {
        join(TestAccounts.MEMBER);
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> memberships.remove(association, id(TestAccounts.BOTH)))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.last-contact");
        assertThatThrownBy(() -> memberships.setContact(association, id(TestAccounts.BOTH), false))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.last-contact");
        accounts.signIn(TestAccounts.BOTH);
        assertThatThrownBy(() -> memberships.leave(association))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.last-contact");

        memberships.setContact(association, id(TestAccounts.MEMBER), true);
        memberships.leave(association);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(service.profile(association).iAmContact()).isTrue();
        assertThat(memberships.members(association))
                .extracting(AssociationMember::accountId)
                .containsExactly(id(TestAccounts.MEMBER));
        assertThat(service.isActiveMember(association, id(TestAccounts.BOTH))).isFalse();
    }

    @Test
    void contactsRemoveMembersAndWithdrawInvitationsAndMembersLeave() {
        join(TestAccounts.MEMBER);
        join(TestAccounts.OUTSIDER);
        inviteAsContact(TestAccounts.BOARD);
        assertThatThrownBy(() -> memberships.setContact(association, id(TestAccounts.BOARD), true))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.contact-must-be-active");
        memberships.remove(association, id(TestAccounts.BOARD));
        memberships.remove(association, id(TestAccounts.MEMBER));
        assertThatThrownBy(() -> memberships.remove(association, id(TestAccounts.MEMBER)))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.not-a-member");
        accounts.signIn(TestAccounts.OUTSIDER);
        memberships.leave(association);
        assertThatThrownBy(() -> memberships.leave(association))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.not-a-member");
        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> invitations.accept(association))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.invitation-gone");
        assertThat(jdbc.queryForList("select account_id from association_membership", Long.class))
                .containsExactly(id(TestAccounts.BOTH));
    }

    @Test
    void onlyTheInviteeAnswersTheirInvitation() {
        inviteAsContact(TestAccounts.MEMBER);
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThatThrownBy(() -> invitations.accept(association))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.invitation-gone");
        assertThatThrownBy(() -> invitations.decline(association))
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.invitation-gone");
        assertThat(service.isActiveMember(association, id(TestAccounts.OUTSIDER)))
                .isFalse();
        assertThat(service.isActiveMember(association, id(TestAccounts.MEMBER))).isFalse();
    }

    @Test
    void aPersonBelongsToTwoAssociations() {
        join(TestAccounts.MEMBER);
        accounts.signIn(TestAccounts.STAFF);
        long second = service.register(
                        AssociationsFixture.form("Amicale des Maliens du Luxembourg"), id(TestAccounts.MEMBER))
                .id();
        long member = id(TestAccounts.MEMBER);
        assertThat(service.associationsOf(member))
                .extracting(AssociationRef::name)
                .containsExactly("Amicale des Maliens du Luxembourg", "Association des Burkinabè de Bruxelles");
        assertThat(service.isActiveMember(association, member)).isTrue();
        assertThat(service.isActiveMember(second, member)).isTrue();
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(memberships.myMemberships())
                .extracting(MyMembership::associationId, MyMembership::contact)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(association, false),
                        org.assertj.core.groups.Tuple.tuple(second, true));
        assertThat(service.associationsOf(id(TestAccounts.OUTSIDER))).isEmpty();
    }

    @Test
    void membersSeePendingInvitationsByNameAndSendThemAgain() {
        join(TestAccounts.MEMBER);
        inviteAsContact(TestAccounts.OUTSIDER);
        String invited = "select count(*) from audit_entry where action = 'association.member-invited'";
        long sentBefore = jdbc.queryForObject(invited, Long.class);

        accounts.signIn(TestAccounts.MEMBER); // an active member who is not a contact
        assertThat(invitations.pendingInvitations(association)).singleElement().satisfies(m -> {
            assertThat(m.displayName()).isEqualTo(TestAccounts.OUTSIDER.name());
            assertThat(m.status()).isEqualTo(MemberStatus.INVITED);
            assertThat(m.email()).as("no e-mail address for members").isNull();
        });
        assertThat(invitations.resendInvitation(association, id(TestAccounts.OUTSIDER)))
                .isEqualTo(TestAccounts.OUTSIDER.name());
        assertThat(jdbc.queryForObject(invited, Long.class))
                .as("the invitee is told again, as the first time")
                .isEqualTo(sentBefore + 1);
        assertThatThrownBy(() -> invitations.resendInvitation(association, id(TestAccounts.BOTH)))
                .as("an active member has no invitation to send again")
                .hasFieldOrPropertyWithValue("messageKey", "associations.error.invitation-gone");

        accounts.signIn(TestAccounts.BOARD); // not a member of the association
        assertThatThrownBy(() -> invitations.pendingInvitations(association)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.resendInvitation(association, id(TestAccounts.OUTSIDER)))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signIn(TestAccounts.OUTSIDER);
        invitations.accept(association);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(invitations.pendingInvitations(association)).isEmpty();
    }

    private void assertInviteRefused(String email, String key) {
        assertThatThrownBy(() -> invitations.invite(association, email))
                .as(email)
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "email")
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
