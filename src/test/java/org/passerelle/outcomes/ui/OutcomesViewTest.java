package org.passerelle.outcomes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.Sector;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalPublications;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.security.ui.LoginView;
import org.passerelle.voting.VotingFixture;

/**
 * The public outcomes page opens with no one signed in, in English and French, lists exactly the published
 * projects and filters them; the login page links to it.
 */
class OutcomesViewTest extends KaribuTest {

    @BeforeEach
    void threeAcceptedProjectsTwoPublished() {
        VotingFixture fixture = new VotingFixture(context, accounts);
        ProposalService proposals = context.getBean(ProposalService.class);
        ProposalView clinic = fixture.proposalInVoting("Solar clinic");
        proposals.act(clinic.id(), ProposalAction.ACCEPT, "Relevant");
        ProposalView school = fixture.proposalInVoting("Vocational school");
        proposals.act(school.id(), ProposalAction.ACCEPT, "Relevant");
        proposals.act(school.id(), ProposalAction.START_IMPLEMENTATION, null);
        ProposalView secret = fixture.proposalInVoting("Not for the public");
        proposals.act(secret.id(), ProposalAction.ACCEPT, "Relevant");
        accounts.signIn(TestAccounts.MEMBER);
        ProposalPublications publications = context.getBean(ProposalPublications.class);
        publications.agree(clinic.id(), "Nights of care for 3,000 patients.", "Des soins la nuit pour 3 000 patients.");
        publications.agree(school.id(), "Forty young technicians trained.", null);
        TestAccounts.signOut();
    }

    private OutcomesView open() {
        navigate("outcomes");
        return _get(OutcomesView.class);
    }

    @Test
    void anAnonymousVisitorSeesExactlyThePublishedProjectsInEnglish() {
        useLanguage(Locale.ENGLISH);
        OutcomesView view = open();
        assertThat(view.title.getText()).isEqualTo("Projects and their outcomes");
        assertThat(view.getPageTitle()).isEqualTo("Projects and their outcomes | Passerelle");
        assertThat(view.shownTitles()).containsExactlyInAnyOrder("Solar clinic", "Vocational school");
        assertThat(view.count.getText()).isEqualTo("2 projects");
        OutcomeCard clinic = card(view, "Solar clinic");
        assertThat(clinic.facts.getText())
                .isEqualTo("Rwanda · Health · Empower: Accepted · Accepted in "
                        + java.time.Year.now(org.passerelle.base.TimeZones.OFFICE));
        assertThat(clinic.summary.getText()).isEqualTo("Nights of care for 3,000 patients.");
        assertThat(clinic.summary.getElement().hasAttribute("lang")).isFalse();
        assertThat(view.newsletters.getText()).isEqualTo("Newsletter archive");
        assertThat(view.newsletters.getHref()).isEqualTo("newsletters");
        assertThat(view.signIn.getHref()).isEqualTo("login");
    }

    @Test
    void inFrenchTheOtherLanguageIsMarked() {
        useLanguage(Locale.FRENCH);
        OutcomesView view = open();
        assertThat(view.title.getText()).isEqualTo("Les projets et leurs résultats");
        assertThat(view.count.getText()).isEqualTo("2 projets");
        assertThat(view.newsletters.getText()).isEqualTo("Archives de la lettre d'information");
        assertThat(card(view, "Solar clinic").summary.getText()).isEqualTo("Des soins la nuit pour 3 000 patients.");
        OutcomeCard school = card(view, "Vocational school");
        assertThat(school.fallback.getText()).isEqualTo("Résumé disponible en anglais seulement :");
        assertThat(school.summary.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(school.facts.getText()).startsWith("Rwanda · Santé · Autonomiser : En mise en œuvre");
    }

    @Test
    void filtersByStageCountryAndSector() {
        useLanguage(Locale.ENGLISH);
        OutcomesView view = open();
        assertThat(view.country.getListDataView().getItems()).containsExactly("RW");
        assertThat(view.sector.getListDataView().getItems()).containsExactly(Sector.HEALTH);

        _setValue(view.stage, ProposalState.IN_IMPLEMENTATION);
        assertThat(view.shownTitles()).containsExactly("Vocational school");
        assertThat(view.count.getText()).isEqualTo("One project");
        _setValue(view.stage, ProposalState.COMPLETED);
        assertThat(view.shownTitles()).isEmpty();
        assertThat(view.count.getText()).isEqualTo("No project matches these filters.");
        _setValue(view.stage, null);
        _setValue(view.country, "RW");
        _setValue(view.sector, Sector.HEALTH);
        assertThat(view.shownTitles()).containsExactlyInAnyOrder("Solar clinic", "Vocational school");
    }

    @Test
    void aSignedInPersonSeesTheSamePage() {
        signIn(TestAccounts.STAFF);
        assertThat(open().shownTitles()).containsExactlyInAnyOrder("Solar clinic", "Vocational school");
    }

    @Test
    void theLoginPageLinksToIt() {
        navigate("login");
        _get(LoginView.class);
        assertThat(_find(Anchor.class))
                .filteredOn(anchor -> "outcomes".equals(anchor.getHref()))
                .singleElement()
                .satisfies(anchor -> assertThat(anchor.getText()).startsWith("See the projects"));
    }

    private static OutcomeCard card(OutcomesView view, String title) {
        return view.list
                .getChildren()
                .map(OutcomeCard.class::cast)
                .filter(card -> card.title.getText().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
