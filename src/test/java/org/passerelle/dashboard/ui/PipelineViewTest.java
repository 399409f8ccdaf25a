package org.passerelle.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Svg;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.Sector;
import org.passerelle.base.ui.AccessDeniedView;
import org.passerelle.dashboard.DashboardFixture;

/**
 * The pipeline counts, per call and stage, what its reader may see: staff every submitted proposal (the private
 * space's included) and no draft of any association; a board member the proposals of their spaces only; a
 * member of an association also its drafts, never another association's.
 */
class PipelineViewTest extends KaribuTest {

    private PipelineView open(TestAccounts.Person person) {
        signIn(person);
        navigate("pipeline");
        return _get(PipelineView.class);
    }

    /** Space, call, Enable, Engage, Empower, declined or withdrawn, total. */
    private static List<List<String>> stages(PipelineView view) {
        return view.rows().stageRows();
    }

    @Test
    void staffSeeEveryCallWithSubmittedProposalsAndNoDraft() {
        DashboardFixture data = new DashboardFixture(context, accounts);
        PipelineView view = open(TestAccounts.STAFF);

        assertThat(stages(view))
                .containsExactlyInAnyOrder(
                        List.of("Rwanda — health", "Health centres", "0", "2", "2", "0", "4"),
                        List.of("Confidential", "Private call", "0", "1", "0", "0", "1"),
                        List.of("All calls", "", "0", "3", "2", "0", "5"));
        assertThat(view.acceptance.getText()).isEqualTo("Acceptance rate: 100 % of the decided proposals");
        assertThat(view.lateMilestones.getText()).isEqualTo("Late milestones: 1");
        assertThat(view.rows().countryRows()).containsExactly(List.of("Mali", "1"), List.of("Rwanda", "1"));
        assertThat(view.rows().sectorRows())
                .containsExactly(List.of("Health", "2"), List.of("Education and vocational training (TVET)", "1"));
        assertThat(view.rows().medianRows()).extracting(row -> row.getFirst()).contains("Draft", "Submitted");
        assertThat(_find(view, Html.class)).hasSize(4);
        assertThat(_find(view, Html.class).getFirst().getInnerHtml())
                .contains("<caption>Proposals per call and stage</caption>", "<th scope=\"col\">Engage</th>")
                .contains("<th scope=\"row\">Confidential</th>");
        assertThat(_find(view, Svg.class)).hasSize(1);
        assertThat(view.rows().csv())
                .startsWith("Space,Call,Enable,Engage,Empower,Declined or withdrawn,Total\r\n")
                .contains("Confidential,Private call,0,1,0,0,1\r\n", "Rwanda,1\r\n");

        _setValue(
                view.space,
                view.space
                        .getListDataView()
                        .getItems()
                        .filter(s -> s.id() == data.privateSpaceId)
                        .findFirst()
                        .orElseThrow());
        assertThat(stages(view))
                .containsExactly(
                        List.of("Confidential", "Private call", "0", "1", "0", "0", "1"),
                        List.of("All calls", "", "0", "1", "0", "0", "1"));
        assertThat(view.lateMilestones.getText()).isEqualTo("Late milestones: 0");
        view.clear.click();
        _setValue(view.sector, Sector.EDUCATION_TVET);
        assertThat(stages(view))
                .containsExactly(
                        List.of("Rwanda — health", "Health centres", "0", "0", "1", "0", "1"),
                        List.of("All calls", "", "0", "0", "1", "0", "1"));
        _setValue(view.country, "RW");
        assertThat(stages(view)).isEmpty();
        assertThat(view.results.getElement().getTextRecursively()).contains("No proposal matches these filters.");
    }

    @Test
    void aBoardMemberSeesTheirSpacesOnlyAndAMemberOfTheAssociationAlsoItsDraft() {
        new DashboardFixture(context, accounts);
        assertThat(stages(open(TestAccounts.BOARD)))
                .as("not the private space's proposal, not any draft")
                .containsExactly(
                        List.of("Rwanda — health", "Health centres", "0", "2", "2", "0", "4"),
                        List.of("All calls", "", "0", "2", "2", "0", "4"));
        assertThat(stages(open(TestAccounts.BOTH)))
                .as("their association's draft, never the other association's")
                .containsExactly(
                        List.of("Rwanda — health", "Health centres", "1", "2", "2", "0", "5"),
                        List.of("All calls", "", "1", "2", "2", "0", "5"));
    }

    @Test
    void anAssociationMemberMayNotOpenThePipeline() {
        signIn(TestAccounts.MEMBER);
        navigate("pipeline");
        assertThat(_find(PipelineView.class)).isEmpty();
        _get(AccessDeniedView.class);
    }
}
