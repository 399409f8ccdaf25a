package org.passerelle.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.search.SearchProbe;
import org.passerelle.voting.VotingFixture;

/** The search page as people use it: results, facets, filters they can take off, paging, refusals, the shell field. */
class SearchViewTest extends KaribuTest {

    private ProposalView draft(String title) {
        accounts.signIn(TestAccounts.MEMBER);
        ProposalService proposals = context.getBean(ProposalService.class);
        return proposals.createDraft(fixture.callId, fixture.associationId, title);
    }

    private VotingFixture fixture;

    private void search(Map<String, String> parameters) {
        UI.getCurrent().navigate("search", QueryParameters.simple(parameters));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void hitsOpenWhatTheyFoundAndFacetsNarrowThemUntilTheFilterIsTakenOff() {
        fixture = new VotingFixture(context, accounts);
        ProposalView first = draft("Rainwater tanks in Huye");
        draft("Rainwater tanks in Musanze");
        SearchProbe.settle(context);
        signIn(TestAccounts.MEMBER);
        useLanguage(Locale.ENGLISH);
        search(Map.of("q", "rainwater"));

        SearchView view = _get(SearchView.class);
        assertThat(text(view.summary)).isEqualTo("2 results for « rainwater »");
        assertThat(_find(view.hits, Anchor.class)).extracting(Anchor::getHref).contains("proposals/" + first.id());
        assertThat(text(view.hits)).contains("Rainwater tanks in Huye", "Rainwater tanks in Musanze", "Proposal");

        // the space facet: both are in one space, so only the kind facet offers a choice
        Button proposals = _find(view.facets, Button.class).stream()
                .filter(b -> b.getText().startsWith("Proposal ("))
                .findFirst()
                .orElseThrow();
        proposals.click();
        view = _get(SearchView.class);
        assertThat(text(view.chips)).contains("Kind: Proposal");
        assertThat(text(view.summary)).startsWith("2 results");

        search(Map.of("q", "rainwater", "kind", "SESSION"));
        view = _get(SearchView.class);
        assertThat(text(view.summary)).isEqualTo("No results for « rainwater ».");
        assertThat(text(view.hits)).contains("Try removing a filter");
        _get(view.chips, Button.class).click();
        assertThat(text(_get(SearchView.class).summary)).startsWith("2 results");
    }

    @Test
    void aQueryTooLongIsRefusedWithAMessageAndMarkupInItStaysText() {
        signIn(TestAccounts.MEMBER);
        search(Map.of("q", "mot ".repeat(100)));
        SearchView view = _get(SearchView.class);
        assertThat(view.query.isInvalid()).isTrue();
        assertThat(view.query.getErrorMessage()).isEqualTo("Cherchez avec au plus 200 caractères, s’il vous plaît.");

        search(Map.of("q", "<img src=x onerror=alert(1)>"));
        view = _get(SearchView.class);
        assertThat(text(view.summary)).isEqualTo("Aucun résultat pour « <img src=x onerror=alert(1)> ».");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("<img");
    }

    @Test
    void theShellFieldOpensTheSearchAndStaffSeeHowTheIndexStands() {
        signIn(TestAccounts.STAFF);
        useLanguage(Locale.ENGLISH);
        TextField shell = _find(TextField.class).stream()
                .filter(field -> field.hasClassName("passerelle-shell-search"))
                .findFirst()
                .orElseThrow();
        shell.setValue("budget");
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                shell, new com.vaadin.flow.component.KeyPressEvent(shell, "Enter"));
        SearchView view = _get(SearchView.class);
        assertThat(view.query.getValue()).isEqualTo("budget");
        assertThat(text(view.status)).startsWith("Index: ");
    }
}
