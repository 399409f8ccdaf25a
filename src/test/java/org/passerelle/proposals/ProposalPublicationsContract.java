package org.passerelle.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.Bilingual;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.base.TimeZones;
import org.passerelle.base.UserFacingException;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consent to publish and the public read, against a real database (H2 and PostgreSQL): only co-authors of an
 * accepted proposal agree or withdraw, every change is audited, and the public read, asked with no one signed in,
 * gives exactly the published projects and only their public fields.
 */
abstract class ProposalPublicationsContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProposalPublications publications;

    @Autowired
    PublicOutcomes publicOutcomes;

    @Autowired
    ProposalService proposals;

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;
    VotingFixture fixture;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new VotingFixture(context, accounts);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A proposal by MEMBER, accepted by staff; leaves STAFF signed in. */
    ProposalView accepted(String title) {
        ProposalView proposal = fixture.proposalInVoting(title);
        return proposals.act(proposal.id(), ProposalAction.ACCEPT, "Relevant and feasible");
    }

    /** What anyone reads on the public page, with no one signed in. */
    List<PublicOutcome> publicPage(PublicOutcomeFilter filter, Locale reader) {
        TestAccounts.signOut();
        return publicOutcomes.published(filter, reader);
    }

    List<String> publicTitles() {
        return publicPage(PublicOutcomeFilter.ANY, Locale.ENGLISH).stream()
                .map(PublicOutcome::title)
                .toList();
    }

    @Test
    void aCoAuthorAgreesAndWithdrawsAndThePublicPageFollowsAtOnce() {
        ProposalView clinic = accepted("Solar clinic");
        assertThat(publicTitles()).isEmpty();

        accounts.signIn(TestAccounts.MEMBER);
        Publication agreed = publications.agree(clinic.id(), "  Lit 3,000 nights of care.  ", "");
        long member = accounts.idOf(TestAccounts.MEMBER);
        assertThat(agreed.published()).isTrue();
        assertThat(agreed.summaryEn()).isEqualTo("Lit 3,000 nights of care.");
        assertThat(agreed.summaryFr()).isNull();
        assertThat(agreed.agreedBy()).isEqualTo(member);
        assertThat(agreed.agreedAt()).isNotNull();
        assertThat(agreed.mayChange()).isTrue();

        List<PublicOutcome> english = publicPage(PublicOutcomeFilter.ANY, Locale.ENGLISH);
        assertThat(english).hasSize(1);
        PublicOutcome shown = english.getFirst();
        assertThat(shown.title()).isEqualTo("Solar clinic");
        assertThat(shown.country()).isEqualTo("RW");
        assertThat(shown.sectors()).containsExactly(Sector.HEALTH);
        assertThat(shown.state()).isEqualTo(ProposalState.ACCEPTED);
        assertThat(shown.stage()).isEqualTo(Stage.EMPOWER);
        assertThat(shown.year()).isEqualTo(Year.now(TimeZones.OFFICE).getValue());
        assertThat(shown.summary()).isEqualTo(new Bilingual("Lit 3,000 nights of care.", "en", false));
        // a French reader gets the English text, marked as the other language
        assertThat(publicPage(PublicOutcomeFilter.ANY, Locale.FRENCH).getFirst().summary())
                .isEqualTo(new Bilingual("Lit 3,000 nights of care.", "en", true));

        accounts.signIn(TestAccounts.MEMBER);
        Publication withdrawn = publications.withdraw(clinic.id());
        assertThat(withdrawn.published()).isFalse();
        assertThat(withdrawn.withdrawnBy()).isEqualTo(member);
        assertThat(publicTitles()).as("withdrawn: gone at once").isEmpty();

        accounts.signIn(TestAccounts.MEMBER);
        publications.agree(clinic.id(), "", "Des soins la nuit pour 3 000 patients.");
        assertThat(publicPage(PublicOutcomeFilter.ANY, Locale.FRENCH).getFirst().summary())
                .isEqualTo(new Bilingual("Des soins la nuit pour 3 000 patients.", "fr", false));

        List<Map<String, Object>> audit = jdbc.queryForList(
                "select actor_id, action, object_id, details from audit_entry where object_type = 'proposal'"
                        + " and action in ('proposal.published', 'proposal.unpublished') order by id");
        assertThat(audit)
                .extracting(
                        row -> ((Number) row.get("actor_id")).longValue(),
                        row -> row.get("action"),
                        row -> ((Number) row.get("object_id")).longValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(member, "proposal.published", clinic.id()),
                        org.assertj.core.groups.Tuple.tuple(member, "proposal.unpublished", clinic.id()),
                        org.assertj.core.groups.Tuple.tuple(member, "proposal.published", clinic.id()));
        assertThat(audit.get(0).get("details")).isEqualTo("summary in en");
        assertThat(audit.get(2).get("details")).isEqualTo("summary in fr");
    }

    @Test
    void staffTheBoardOtherMembersAndOutsidersMayNotAgreeNorWithdraw() {
        ProposalView clinic = accepted("Solar clinic");

        // staff manage the proposal and see the state, but do not speak for the association
        Publication seenByStaff = publications.of(clinic.id());
        assertThat(seenByStaff.publishable()).isTrue();
        assertThat(seenByStaff.mayChange()).isFalse();
        assertThatThrownBy(() -> publications.agree(clinic.id(), "By staff", null))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "proposals.publication.error.not-author");

        accounts.signIn(TestAccounts.MEMBER);
        publications.agree(clinic.id(), "Published by its author", null);

        accounts.signIn(TestAccounts.STAFF);
        assertThat(publications.of(clinic.id()).published()).isTrue();
        assertThatThrownBy(() -> publications.withdraw(clinic.id()))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.publication.error.not-author");
        accounts.signIn(TestAccounts.BOARD);
        assertThatThrownBy(() -> publications.withdraw(clinic.id()))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.publication.error.not-author");
        // a member of the association who is not a co-author
        accounts.signIn(TestAccounts.BOTH);
        assertThat(publications.of(clinic.id()).mayChange()).isFalse();
        assertThatThrownBy(() -> publications.withdraw(clinic.id()))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.publication.error.not-author");
        // someone who may not see the proposal learns nothing
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThatThrownBy(() -> publications.of(clinic.id())).isInstanceOf(ProposalNotFoundException.class);
        assertThatThrownBy(() -> publications.agree(clinic.id(), "x", null))
                .isInstanceOf(ProposalNotFoundException.class);
        assertThatThrownBy(() -> publications.withdraw(clinic.id())).isInstanceOf(ProposalNotFoundException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> publications.of(clinic.id()))
                .isInstanceOfAny(
                        org.springframework.security.access.AccessDeniedException.class,
                        org.springframework.security.core.AuthenticationException.class);

        assertThat(publicTitles()).containsExactly("Solar clinic");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'proposal.unpublished'", Integer.class))
                .isZero();
    }

    @Test
    void notBeforeTheProposalIsAccepted() {
        ProposalView voting = fixture.proposalInVoting("Still voting");
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(publications.of(voting.id()).publishable()).isFalse();
        assertThat(publications.of(voting.id()).mayChange()).isFalse();
        assertThatThrownBy(() -> publications.agree(voting.id(), "Too early", null))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "proposals.publication.error.not-accepted");
        ProposalView draft = proposals.createDraft(fixture.callId, fixture.associationId, "A draft");
        assertThatThrownBy(() -> publications.agree(draft.id(), "Too early", null))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.publication.error.not-accepted");
        assertThat(publicTitles()).isEmpty();
    }

    @Test
    void summariesAreRequiredInOneLanguageAndBounded() {
        ProposalView clinic = accepted("Solar clinic");
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> publications.agree(clinic.id(), "   ", null))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "summaryEn")
                .hasFieldOrPropertyWithValue("messageKey", "proposals.publication.error.summary-required");
        String tooLong = "é".repeat(ProposalPublications.SUMMARY_MAX + 1);
        assertThatThrownBy(() -> publications.agree(clinic.id(), "Fine", tooLong))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "summaryFr")
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.too-long");
        assertThat(publications.of(clinic.id()).published()).isFalse();

        // exactly the limit, accents and all, is stored whole
        String longest = "é".repeat(ProposalPublications.SUMMARY_MAX);
        publications.agree(clinic.id(), null, longest);
        assertThat(publications.of(clinic.id()).summaryFr()).isEqualTo(longest);
    }

    @Test
    void thePublicReadGivesExactlyThePublishedProjectsFilteredAndNothingElse() {
        ProposalView clinic = accepted("Solar clinic");
        ProposalView school = accepted("Vocational school");
        ProposalView notAgreed = accepted("Not agreed");
        ProposalView withdrawn = accepted("Withdrawn later");
        proposals.act(school.id(), ProposalAction.START_IMPLEMENTATION, null);

        accounts.signIn(TestAccounts.MEMBER);
        publications.agree(clinic.id(), "Clinic", "Clinique");
        publications.agree(school.id(), "School", null);
        publications.agree(withdrawn.id(), "Soon gone", null);
        publications.withdraw(withdrawn.id());

        assertThat(publicTitles()).containsExactlyInAnyOrder("Solar clinic", "Vocational school");
        assertThat(publicTitles()).doesNotContain(notAgreed.content().title());
        assertThat(publicPage(new PublicOutcomeFilter(null, null, ProposalState.IN_IMPLEMENTATION), Locale.ENGLISH))
                .extracting(PublicOutcome::title)
                .containsExactly("Vocational school");
        assertThat(publicPage(new PublicOutcomeFilter("RW", Sector.HEALTH, null), Locale.ENGLISH))
                .hasSize(2);
        assertThat(publicPage(new PublicOutcomeFilter("SN", null, null), Locale.ENGLISH))
                .isEmpty();
        assertThat(publicPage(new PublicOutcomeFilter(null, Sector.EDUCATION_TVET, null), Locale.ENGLISH))
                .as("EDUCATION_TVET's underscore is no wildcard")
                .isEmpty();
        assertThat(publicPage(new PublicOutcomeFilter(null, null, ProposalState.VOTING), Locale.ENGLISH))
                .as("a state that is never public")
                .isEmpty();
        assertThat(publicPage(new PublicOutcomeFilter("not a country", null, null), Locale.ENGLISH))
                .isEmpty();

        // only public fields: no id, no association, no people, no documents, votes or discussions
        assertThat(Arrays.stream(PublicOutcome.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("title", "country", "sectors", "state", "summary", "year");
    }
}
