package org.passerelle.calls.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.Stage;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;
import org.passerelle.calls.Criterion;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;
import org.passerelle.spaces.SpaceSummary;

/** The call dialog: pairs of languages side by side, criteria a tab away with their running total, and opening. */
class CallDialogTest extends KaribuTest {

    private static final String LONG_NAME = "Contribution of the diaspora's skills to the training of local "
            + "technicians, measured by the number of people trained and still at work after one year";

    private SpaceSummary space() {
        accounts.signIn(TestAccounts.ADMIN);
        SpaceSummary space = context.getBean(SpaceService.class)
                .create(new SpaceForm("Rwanda — health", null, null, null, Stage.ENGAGE, AccessMode.OPEN));
        TestAccounts.signOut();
        return space;
    }

    private CallSummary call(SpaceSummary space, LocalDate closes) {
        accounts.signIn(TestAccounts.ADMIN);
        LocalDate today = LocalDate.now(TimeZones.OFFICE);
        CallSummary call = context.getBean(CallService.class)
                .create(
                        space.id(),
                        new CallForm(
                                "Health centres",
                                "Centres de santé",
                                null,
                                null,
                                null,
                                null,
                                closes.isBefore(today) ? closes.minusDays(10) : today,
                                closes,
                                false,
                                Set.of(),
                                Set.of(),
                                1,
                                List.of(new Criterion("Relevance", "Pertinence", 100))));
        TestAccounts.signOut();
        return call;
    }

    /** Taps a tab of the dialog. */
    private static void select(CallDialog dialog, String label) {
        dialog.tabs.setSelectedTab(_get(dialog.tabs, Tab.class, spec -> spec.withLabel(label)));
    }

    private CallDialog newCallDialog() {
        signIn(TestAccounts.STAFF);
        navigate("calls");
        _click(_get(CallsView.class).create);
        return _get(CallDialog.class);
    }

    @Test
    void eachEnglishTextHasItsFrenchBesideItInTheOrderOfTheCall() {
        space();
        CallDialog dialog = newCallDialog();
        List<List<Component>> pairs = List.of(
                List.of(dialog.titleEn, dialog.titleFr),
                List.of(dialog.descriptionEn, dialog.descriptionFr),
                List.of(dialog.guidanceEn, dialog.guidanceFr));
        Component section = dialog.titleEn.getParent().orElseThrow().getParent().orElseThrow();
        for (int i = 0; i < pairs.size(); i++) {
            Component english = pairs.get(i).get(0);
            Component french = pairs.get(i).get(1);
            LanguagePair pair = (LanguagePair) english.getParent().orElseThrow();
            assertThat(french.getParent()).containsSame(pair);
            assertThat(pair.getChildren().toList())
                    .as("English left, French right")
                    .containsExactly(english, french);
            assertThat(pair.getResponsiveSteps())
                    .extracting(step -> step.toJson().get("columns").asInt())
                    .as("stacked on a phone, side by side from 30em")
                    .containsExactly(1, 2);
            assertThat(section.getChildren().toList().indexOf(pair))
                    .as("title, description, guidance")
                    .isEqualTo(i);
        }
        assertThat(_find(dialog.tabs, Tab.class).stream().map(Tab::getLabel))
                .containsExactly("Texts", "Dates and eligibility", "Evaluation criteria");
        assertThat(dialog.criteriaSection.isVisible()).isFalse();
        select(dialog, "Evaluation criteria");
        assertThat(dialog.criteriaSection.isVisible())
                .as("one tap to the criteria")
                .isTrue();
        assertThat(dialog.titleEn.isVisible() && section.isVisible()).isFalse();
    }

    @Test
    void theTotalOfTheWeightsFollowsTheTypingAndAWrongTotalIsRefused() {
        SpaceSummary space = space();
        CallDialog dialog = newCallDialog();
        _setValue(dialog.space, space);
        _setValue(dialog.titleEn, "Vocational training");
        select(dialog, "Evaluation criteria");
        assertThat(dialog.criteria.total.getText())
                .isEqualTo("No criterion yet. Add at least one before opening the call.");
        _click(dialog.criteria.add);
        _setValue(dialog.criteria.rows.getFirst().nameEn(), "Relevance");
        _setValue(dialog.criteria.rows.getFirst().weight(), 50);
        _click(dialog.criteria.add);
        _setValue(dialog.criteria.rows.getLast().nameEn(), "Feasibility");
        _setValue(dialog.criteria.rows.getLast().weight(), 30);
        assertThat(dialog.criteria.rows.getFirst().weight().getLabel()).isEqualTo("Weight (%)");
        assertThat(dialog.criteria.total.getText()).isEqualTo("Total: 80% — it must be 100%");

        select(dialog, "Texts");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.criteriaSection.isVisible())
                .as("the refusal is shown where it is")
                .isTrue();
        assertThat(dialog.criteria.error.isVisible()).isTrue();
        assertThat(dialog.criteria.error.getText())
                .isEqualTo("The weights add up to 80%; together they must make 100%.");
        assertThat(context.getBean(CallService.class).callsOfSpace(space.id())).isEmpty();

        _setValue(dialog.criteria.rows.getLast().weight(), 50);
        assertThat(dialog.criteria.total.getText()).isEqualTo("Total: 100%");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(context.getBean(CallService.class).callsOfSpace(space.id()))
                .singleElement()
                .satisfies(call -> assertThat(call.criteria())
                        .extracting(Criterion::weight)
                        .containsExactly(50, 50));
    }

    @Test
    void aLongCriterionNameIsKeptWhole() {
        SpaceSummary space = space();
        CallDialog dialog = newCallDialog();
        _setValue(dialog.space, space);
        _setValue(dialog.titleEn, "Vocational training");
        select(dialog, "Evaluation criteria");
        _click(dialog.criteria.add);
        TextArea name = dialog.criteria.rows.getFirst().nameEn();
        assertThat(name).as("a text area wraps a long name").isInstanceOf(TextArea.class);
        _setValue(name, LONG_NAME);
        _click(dialog.save);

        CallView view = _get(CallView.class);
        assertThat(_find(view, ListItem.class).stream().map(ListItem::getText)).contains(LONG_NAME + " — 100%");
        _click(_get(view.actions, Button.class, spec -> spec.withText("Edit")));
        CallDialog edit = _get(CallDialog.class);
        assertThat(edit.criteria.rows.getFirst().nameEn().getValue()).isEqualTo(LONG_NAME);
    }

    @Test
    void openingAsksFirstAndBackLeavesTheCallADraft() {
        CallSummary call = call(space(), LocalDate.now(TimeZones.OFFICE).plusDays(20));
        signIn(TestAccounts.STAFF);
        UI.getCurrent().navigate(CallView.class, CallView.parameters(call.id()));
        _click(_get(_get(CallView.class).actions, Button.class, spec -> spec.withText("Open the call")));
        OpenCallDialog confirm = _get(OpenCallDialog.class);
        assertThat(confirm.getHeaderTitle()).isEqualTo("Open the call?");
        assertThat(confirm.submissions.getText())
                .isEqualTo("Proposals can be submitted from "
                        + org.passerelle.base.Formats.date(LocalDate.now(TimeZones.OFFICE), java.util.Locale.ENGLISH)
                        + " until "
                        + org.passerelle.base.Formats.date(
                                LocalDate.now(TimeZones.OFFICE).plusDays(20), java.util.Locale.ENGLISH)
                        + " included.");
        assertThat(confirm.changes.getText()).contains("until it is marked as decided");
        assertThat(confirm.confirm.getText()).isEqualTo("Open the call");
        assertThat(confirm.back.getText()).isEqualTo("Back");
        _click(confirm.back);
        assertThat(confirm.isOpened()).isFalse();
        assertThat(_get(CallView.class).state.getText()).startsWith("Draft");
        accounts.signIn(TestAccounts.STAFF);
        assertThat(context.getBean(CallService.class).get(call.id()).state()).isEqualTo(CallState.DRAFT);
    }

    @Test
    void reopeningACallPastItsClosingDateSaysNobodyCanSubmit() {
        CallSummary call = call(space(), LocalDate.now(TimeZones.OFFICE).minusDays(2));
        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(CallService.class).moveTo(call.id(), CallState.OPEN);
        context.getBean(CallService.class).moveTo(call.id(), CallState.CLOSED);
        signIn(TestAccounts.STAFF);
        UI.getCurrent().navigate(CallView.class, CallView.parameters(call.id()));
        _click(_get(_get(CallView.class).actions, Button.class, spec -> spec.withText("Reopen")));
        OpenCallDialog confirm = _get(OpenCallDialog.class);
        assertThat(confirm.getHeaderTitle()).isEqualTo("Reopen the call?");
        assertThat(confirm.submissions.getText()).contains("has passed: nobody can submit a proposal");
        _click(confirm.confirm);
        assertThat(_get(CallView.class).state.getText()).startsWith("Open");
    }
}
