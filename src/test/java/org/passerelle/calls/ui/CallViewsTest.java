package org.passerelle.calls.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.Tab;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.Stage;
import org.passerelle.base.ui.NotFoundView;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallSummary;
import org.passerelle.calls.Criterion;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;

class CallViewsTest extends KaribuTest {

    private SpaceSummary space() {
        accounts.signIn(TestAccounts.ADMIN);
        SpaceSummary space = context.getBean(SpaceService.class)
                .create(new SpaceForm("Rwanda — health", null, null, null, Stage.ENGAGE, AccessMode.OPEN));
        TestAccounts.signOut();
        return space;
    }

    private CallSummary draftCall(SpaceSummary space) {
        return draftCall(space, null);
    }

    private CallSummary draftCall(SpaceSummary space, String frenchOnlyDescription) {
        accounts.signIn(TestAccounts.ADMIN);
        LocalDate today = LocalDate.now();
        CallSummary call = context.getBean(CallService.class)
                .create(
                        space.id(),
                        new CallForm(
                                "Health centres",
                                "Centres de santé",
                                null,
                                frenchOnlyDescription,
                                null,
                                null,
                                today,
                                today.plusDays(20),
                                true,
                                Set.of("RW"),
                                Set.of(),
                                1,
                                List.of(new Criterion("Relevance", "Pertinence", 100))));
        TestAccounts.signOut();
        return call;
    }

    private static void select(CallDialog dialog, String label) {
        dialog.tabs.setSelectedTab(_get(dialog.tabs, Tab.class, spec -> spec.withLabel(label)));
    }

    @Test
    void staffCreateACallWithCriteria() {
        SpaceSummary space = space();
        signIn(TestAccounts.STAFF);
        navigate("calls");
        _click(_get(CallsView.class).create);
        CallDialog dialog = _get(CallDialog.class);
        _setValue(dialog.space, space);
        _setValue(dialog.titleEn, "Vocational training");
        select(dialog, "Evaluation criteria");
        _click(dialog.criteria.add);
        assertThat(dialog.criteria.total.getText()).isEqualTo("Total: 100%");
        _setValue(dialog.criteria.rows.getFirst().nameEn(), "Impact");
        _setValue(dialog.criteria.rows.getFirst().weight(), 30);
        _click(dialog.criteria.add); // starts with what is left: 70
        _setValue(dialog.criteria.rows.getLast().nameEn(), "Feasibility");
        assertThat(dialog.criteria.total.getText()).isEqualTo("Total: 100%");
        _click(dialog.save);

        CallView view = _get(CallView.class);
        assertThat(view.title.getText()).isEqualTo("Vocational training");
        assertThat(view.state.getText()).startsWith("Draft");
        _click(_get(view.actions, Button.class, spec -> spec.withText("Open the call")));
        OpenCallDialog confirm = _get(OpenCallDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(_get(CallView.class).state.getText())
                .as("nothing happens before confirming")
                .startsWith("Draft");
        _click(confirm.confirm);
        assertThat(_get(CallView.class).state.getText()).startsWith("Open");
    }

    @Test
    void closingBeforeOpeningIsRefusedOnTheField() {
        SpaceSummary space = space();
        signIn(TestAccounts.STAFF);
        navigate("calls");
        _click(_get(CallsView.class).create);
        CallDialog dialog = _get(CallDialog.class);
        _setValue(dialog.space, space);
        _setValue(dialog.titleFr, "Formation");
        select(dialog, "Dates and eligibility");
        _setValue(dialog.closesOn, dialog.opensOn.getValue().minusDays(3));
        select(dialog, "Texts");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.closesOn.isInvalid()).isTrue();
        assertThat(dialog.tabs.getSelectedTab().getLabel())
                .as("the refused field is shown")
                .isEqualTo("Dates and eligibility");
        assertThat(dialog.closesOn.getErrorMessage())
                .isEqualTo("The closing date must not be before the opening date.");
        assertThat(dialog.titleFr.getValue()).isEqualTo("Formation");
    }

    @Test
    void openingWithoutCriteriaIsRefusedWithAMessage() {
        SpaceSummary space = space();
        accounts.signIn(TestAccounts.ADMIN);
        LocalDate today = LocalDate.now();
        CallSummary call = context.getBean(CallService.class)
                .create(
                        space.id(),
                        new CallForm(
                                "No criteria",
                                null,
                                null,
                                null,
                                null,
                                null,
                                today,
                                today,
                                false,
                                Set.of(),
                                Set.of(),
                                1,
                                List.of()));
        signIn(TestAccounts.STAFF);
        UI.getCurrent().navigate(CallView.class, CallView.parameters(call.id()));
        _click(_get(_get(CallView.class).actions, Button.class, spec -> spec.withText("Open the call")));
        _click(_get(OpenCallDialog.class).confirm);
        assertThat(_get(CallView.class).state.getText()).startsWith("Draft");
    }

    @Test
    void aDraftIsNotFoundForOthersAndTheCallIsTranslated() {
        CallSummary call = draftCall(space());
        signIn(TestAccounts.MEMBER); // French, not staff
        UI.getCurrent().navigate(CallView.class, CallView.parameters(call.id()));
        _get(NotFoundView.class);
        navigate("calls");
        assertThat(_get(CallsView.class).create.isVisible()).isFalse();

        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(CallService.class).moveTo(call.id(), org.passerelle.calls.CallState.OPEN);
        signIn(TestAccounts.MEMBER);
        UI.getCurrent().navigate(CallView.class, CallView.parameters(call.id()));
        CallView view = _get(CallView.class);
        assertThat(view.title.getText()).isEqualTo("Centres de santé");
        assertThat(view.title.getElement().hasAttribute("lang"))
                .as("in the reader's own language")
                .isFalse();
        assertThat(view.state.getText()).startsWith("Ouvert");
        assertThat(_find(view.actions, Button.class)).isEmpty();
        // words and French dates, not codes: "Rwanda", "Au plus une proposition", "3 déc. 2026"
        String text = view.getElement().getTextRecursively();
        LocalDate today = LocalDate.now();
        assertThat(text)
                .contains("Au plus une proposition par association")
                .contains(org.passerelle.base.Formats.date(today, java.util.Locale.FRENCH))
                .contains(org.passerelle.base.Formats.date(today.plusDays(20), java.util.Locale.FRENCH))
                .doesNotContain(today.toString())
                .doesNotContain("(s)");
    }

    @Test
    void aDescriptionOnlyInFrenchIsMarkedAsFrenchForAnEnglishReader() {
        CallSummary call = draftCall(space(), "Des centres de santé ruraux.");
        signIn(TestAccounts.STAFF); // English
        UI.getCurrent().navigate(CallView.class, CallView.parameters(call.id()));
        CallView view = _get(CallView.class);
        com.vaadin.flow.component.html.Paragraph description = _get(
                view,
                com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("Des centres de santé ruraux."));
        assertThat(description.getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(view.title.getElement().hasAttribute("lang")).isFalse(); // "Health centres": English
    }

    @Test
    void anOpenCallLeadsAMemberToSubmitAndEveryoneToItsProposals() {
        CallSummary call = draftCall(space());
        signIn(TestAccounts.STAFF);
        UI.getCurrent().navigate(CallView.class, CallView.parameters(call.id()));
        assertThat(_get(CallView.class).ways.isVisible())
                .as("a draft call leads nowhere yet")
                .isFalse();

        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(CallService.class).moveTo(call.id(), org.passerelle.calls.CallState.OPEN);
        signIn(TestAccounts.MEMBER); // French, an association member
        UI.getCurrent().navigate(CallView.class, CallView.parameters(call.id()));
        CallView view = _get(CallView.class);
        List<com.vaadin.flow.component.html.Anchor> links =
                _find(view.ways, com.vaadin.flow.component.html.Anchor.class);
        assertThat(links.stream().map(a -> a.getText() + " " + a.getHref()))
                .containsExactly(
                        "Proposer un projet à cet appel my-proposals?call=" + call.id(),
                        "Voir les propositions de cet appel calls/" + call.id() + "/proposals");

        signIn(TestAccounts.BOARD); // not an association member: reads, does not submit
        UI.getCurrent().navigate(CallView.class, CallView.parameters(call.id()));
        assertThat(_find(_get(CallView.class).ways, com.vaadin.flow.component.html.Anchor.class).stream()
                        .map(com.vaadin.flow.component.html.Anchor::getText))
                .containsExactly("See the proposals of this call");
    }

    @Test
    void aSpacesPageListsItsCallsAsTheReaderMaySeeThem() {
        SpaceSummary space = space();
        CallSummary call = draftCall(space);
        signIn(TestAccounts.MEMBER); // French; a draft call is not theirs to see
        UI.getCurrent()
                .navigate(
                        org.passerelle.spaces.ui.SpaceView.class,
                        new com.vaadin.flow.router.RouteParameters("id", "" + space.id()));
        assertThat(_find(
                        com.vaadin.flow.component.html.H3.class,
                        spec -> spec.withText("Appels à coopération de cet espace")))
                .isEmpty();

        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(CallService.class).moveTo(call.id(), org.passerelle.calls.CallState.OPEN);
        signIn(TestAccounts.MEMBER);
        UI.getCurrent()
                .navigate(
                        org.passerelle.spaces.ui.SpaceView.class,
                        new com.vaadin.flow.router.RouteParameters("id", "" + space.id()));
        _get(com.vaadin.flow.component.html.H3.class, spec -> spec.withText("Appels à coopération de cet espace"));
        com.vaadin.flow.router.RouterLink link =
                _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Centres de santé"));
        assertThat(link.getHref()).isEqualTo("calls/" + call.id());
    }
}
