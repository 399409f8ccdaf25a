package org.passerelle.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.search.SearchProbe;
import org.passerelle.search.SearchRequest;
import org.passerelle.search.SearchResults;
import org.passerelle.search.SearchService;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceInvite;
import org.passerelle.spaces.SpaceMembershipService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The co-authors of a proposal on a session's agenda: invited, they find the session in their list and in search
 * like members do (only that session, not the space's others); in a private space they are not invited, and the
 * facilitator is told who they are and may invite them to the space. H2 and PostgreSQL.
 */
abstract class InvitedAuthorsContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    SessionService sessions;

    @Autowired
    AgendaAuthors agendaAuthors;

    @Autowired
    SearchService search;

    TestAccounts accounts;
    SessionsFixture fixture;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new SessionsFixture(context, accounts);
        SearchProbe.rebuild(context);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private List<Long> upcomingAs(TestAccounts.Person person) {
        accounts.signIn(person);
        return sessions.upcoming().stream().map(SessionSummary::id).toList();
    }

    private List<Long> foundAs(TestAccounts.Person person, String words) {
        accounts.signIn(person);
        return search.search(SearchRequest.of(words), Locale.ENGLISH).hits().stream()
                .filter(hit -> hit.kind() == org.passerelle.base.SearchKind.SESSION)
                .map(SearchResults.Hit::id)
                .distinct()
                .toList();
    }

    @Test
    void anInvitedAuthorFindsTheSessionInTheirListAndInSearchButNotTheSpacesOtherSessions() {
        SessionSummary invited = fixture.withInvitedAuthor(AccessMode.RESTRICTED, "Solar clinics", 5);
        SessionSummary other =
                fixture.schedule(invited.spaceId(), SessionsFixture.tomorrow("Budget of the health proposals", 5));
        SearchProbe.settle(context);

        assertThat(upcomingAs(TestAccounts.MEMBER)).contains(invited.id()).doesNotContain(other.id());
        assertThat(upcomingAs(TestAccounts.BOARD)).contains(invited.id(), other.id());
        assertThat(upcomingAs(TestAccounts.OUTSIDER)).doesNotContain(invited.id(), other.id());

        assertThat(foundAs(TestAccounts.MEMBER, "health proposals")).containsExactly(invited.id());
        assertThat(foundAs(TestAccounts.BOARD, "health proposals")).containsExactlyInAnyOrder(invited.id(), other.id());
        assertThat(foundAs(TestAccounts.OUTSIDER, "health proposals")).isEmpty();
    }

    @Test
    void inAPrivateSpaceTheAuthorIsNotInvitedAndTheFacilitatorMayInviteThemToTheSpace() {
        SessionSummary session = fixture.withInvitedAuthor(AccessMode.PRIVATE, "Solar clinics", 5);
        SearchProbe.settle(context);
        assertThat(upcomingAs(TestAccounts.MEMBER)).doesNotContain(session.id());
        assertThat(foundAs(TestAccounts.MEMBER, "health proposals")).isEmpty();
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> sessions.get(session.id())).isInstanceOf(SessionNotFoundException.class);

        accounts.signIn(TestAccounts.ADMIN); // the facilitator
        long member = accounts.idOf(TestAccounts.MEMBER);
        assertThat(agendaAuthors.absent(session.id())).singleElement().satisfies(absent -> {
            assertThat(absent.accountId()).isEqualTo(member);
            assertThat(absent.proposalTitle()).isEqualTo("Solar clinics");
            assertThat(absent.invitationPending()).isFalse();
        });
        accounts.signIn(TestAccounts.BOARD); // a board member of the space, not staff: may not ask
        assertThatThrownBy(() -> agendaAuthors.absent(session.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        accounts.signIn(TestAccounts.ADMIN);
        agendaAuthors.inviteToSpace(session.id(), member);
        assertThat(agendaAuthors.absent(session.id()))
                .singleElement()
                .extracting(AgendaAuthors.Absent::invitationPending)
                .isEqualTo(true);
        assertThatThrownBy(() -> agendaAuthors.inviteToSpace(session.id(), member))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.absent-authors.not-absent");
        assertThatThrownBy(() -> agendaAuthors.inviteToSpace(session.id(), accounts.idOf(TestAccounts.OUTSIDER)))
                .as("only the authors who cannot see it")
                .hasFieldOrPropertyWithValue("messageKey", "sessions.absent-authors.not-absent");

        accounts.signIn(TestAccounts.MEMBER);
        SpaceMembershipService memberships = context.getBean(SpaceMembershipService.class);
        SpaceInvite invitation = memberships.myInvitations().stream()
                .filter(invite -> invite.spaceId() == session.spaceId())
                .findFirst()
                .orElseThrow();
        memberships.answer(invitation.id(), true);
        assertThat(upcomingAs(TestAccounts.MEMBER)).contains(session.id());
        accounts.signIn(TestAccounts.ADMIN);
        assertThat(agendaAuthors.absent(session.id())).as("a member now").isEmpty();
    }

    @Test
    void inAnOpenOrRestrictedSpaceNoAuthorIsAbsent() {
        SessionSummary session = fixture.withInvitedAuthor(AccessMode.RESTRICTED, "Solar clinics", 5);
        accounts.signIn(TestAccounts.ADMIN);
        assertThat(agendaAuthors.absent(session.id())).isEmpty();
    }
}
