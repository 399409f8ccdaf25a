package org.passerelle.proposals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.AssociationInvitationService;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.Residence;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalSamples;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.Section;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;

/**
 * The editor on a phone: Save and Submit in the bar that stays at the bottom, submitting confirmed with what it means,
 * the call's guidance and criteria while writing, labelled previews, one history line per editing session, and
 * co-authors still waiting for their invitation to the association.
 */
class ProposalEditorTest extends KaribuTest {

    long callId;
    long associationId;

    @BeforeEach
    void callAndAssociation() {
        accounts.signIn(TestAccounts.ADMIN);
        long space = context.getBean(SpaceService.class)
                .create(new SpaceForm("Rwanda — health", null, null, null, Stage.ENGAGE, AccessMode.OPEN))
                .id();
        CallService calls = context.getBean(CallService.class);
        LocalDate today = LocalDate.now(TimeZones.OFFICE);
        callId = calls.create(
                        space,
                        new CallForm(
                                "Health centres",
                                null,
                                null,
                                null,
                                "Explain who keeps the equipment running.",
                                null,
                                today,
                                today.plusDays(30),
                                false,
                                Set.of(),
                                Set.of(),
                                3,
                                List.of(new Criterion("Relevance", null, 70), new Criterion("Feasibility", null, 30))))
                .id();
        calls.moveTo(callId, CallState.OPEN);
        associationId = context.getBean(AssociationService.class)
                .register(
                        new AssociationForm(
                                "Ubumwe Bruxelles",
                                "UB",
                                "Diaspora",
                                Set.of("RW"),
                                Residence.BE,
                                EnumSet.of(Sector.HEALTH),
                                null,
                                null,
                                null),
                        accounts.idOf(TestAccounts.MEMBER))
                .id();
        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(AssociationInvitationService.class).invite(associationId, TestAccounts.BOTH.email());
        accounts.signIn(TestAccounts.BOTH);
        context.getBean(AssociationInvitationService.class).accept(associationId);
        TestAccounts.signOut();
    }

    /** A draft by MEMBER with BOTH (English) as co-author; complete when asked. */
    private ProposalView draft(boolean complete) {
        accounts.signIn(TestAccounts.MEMBER);
        ProposalService proposals = context.getBean(ProposalService.class);
        ProposalView draft = proposals.createDraft(callId, associationId, "Solar clinic");
        ProposalView current = proposals.addCoAuthor(draft.id(), accounts.idOf(TestAccounts.BOTH));
        if (complete) {
            proposals.save(draft.id(), current.lockVersion(), ProposalSamples.complete("Solar clinic", "No power"));
        }
        TestAccounts.signOut();
        return draft;
    }

    private ProposalEditorView openEditor(ProposalView draft) {
        UI.getCurrent().navigate(ProposalEditorView.class, ProposalEditorView.parameters(draft.id()));
        return _get(ProposalEditorView.class);
    }

    private ProposalState stateOf(ProposalView proposal) {
        return context.getBean(ProposalService.class).get(proposal.id()).state();
    }

    private static String notifications() {
        return String.join(
                " | ",
                NotificationsKt.getNotifications().stream()
                        .map(Notification::getElement)
                        .map(e -> e.getProperty("text", ""))
                        .toList());
    }

    @Test
    void saveAndSubmitStayInTheBarAtTheBottomAndSubmittingIsConfirmed() {
        ProposalView draft = draft(true);
        signIn(TestAccounts.BOTH);
        ProposalEditorView editor = openEditor(draft);
        assertThat(editor.bar.getClassNames()).contains("editor-actions");
        assertThat(editor.bar.getChildren()).contains(editor.save, editor.submit, editor.saveState);
        assertThat(editor.getChildren().reduce((first, second) -> second))
                .as("the bar comes last, to stay at the bottom while the rest scrolls")
                .contains(editor.bar);
        assertThat(editor.submit.getText()).isEqualTo("Submit to the board");

        _click(editor.submit);
        StepConfirmDialog dialog = _get(StepConfirmDialog.class);
        assertThat(dialog.consequence.getText())
                .isEqualTo(
                        "The board will see this version; you can no longer edit it unless they ask for a revision.");
        assertThat(dialog.confirm.getText()).isEqualTo("Submit this version");
        assertThat(dialog.keep.getText()).isEqualTo("Keep editing");
        _click(dialog.keep);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(stateOf(draft)).as("kept as a draft").isEqualTo(ProposalState.DRAFT);

        _click(editor.submit);
        _click(_get(StepConfirmDialog.class).confirm);
        assertThat(stateOf(draft)).isEqualTo(ProposalState.SUBMITTED);
        _get(ProposalPage.class);
    }

    @Test
    void theCallsGuidanceAndCriteriaAreShownWhileWriting() {
        ProposalView draft = draft(false);
        signIn(TestAccounts.BOTH);
        CallGuidance guidance = _get(openEditor(draft), CallGuidance.class);
        assertThat(guidance.getSummaryText()).isEqualTo("What the call asks: Health centres");
        assertThat(guidance.isOpened()).isTrue();
        assertThat(guidance.guidance.getText()).isEqualTo("Explain who keeps the equipment running.");
        assertThat(_find(guidance.criteria, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Relevance (weight 70)", "Feasibility (weight 30)");
    }

    @Test
    void eachPreviewSaysWhichSectionItShowsAndTheHintIsInPlainWords() {
        ProposalView draft = draft(false);
        signIn(TestAccounts.BOTH);
        ProposalEditorView editor = openEditor(draft);
        assertThat(editor.form.previewLabels.get(Section.PROBLEM).getText()).isEqualTo("Preview: Problem and context");
        assertThat(editor.form.previewLabels).hasSize(editor.form.markdown.size());
        assertThat(editor.form.markdown.get(Section.PROBLEM).getHelperText())
                .startsWith("You can use **bold**")
                .contains("lists with -", "links")
                .doesNotContain("Markdown");
    }

    @Test
    void autosavesWhileTypingMakeOneVersionMarkedInTheHistory() {
        ProposalView draft = draft(false);
        signIn(TestAccounts.BOTH);
        ProposalEditorView editor = openEditor(draft);
        for (String text : List.of("No", "No power", "No power at night")) {
            _setValue(editor.form.markdown.get(Section.PROBLEM), text);
            assertThat(editor.saveState.getText()).startsWith("Saved at").endsWith("(version 2).");
        }
        UI.getCurrent().navigate(ProposalPage.class, ProposalPage.parameters(draft.id()));
        HistoryPanel history = _get(HistoryPanel.class);
        assertThat(_find(history, ListItem.class))
                .as("closed, nothing read yet")
                .isEmpty();
        history.setOpened(true); // as the reader's click on its summary does
        assertThat(_find(history, ListItem.class))
                .extracting(ListItem::getText)
                .hasSize(2)
                .first()
                .asString()
                .startsWith("Version 2")
                .endsWith("(saved automatically)");
    }

    @Test
    void aColleagueWhoseInvitationIsPendingIsNamedAndTheInvitationCanBeSentAgain() {
        ProposalView draft = draft(false);
        signIn(TestAccounts.BOTH);
        CoAuthorsPanel coAuthors = openEditor(draft).coAuthors;
        assertThat(coAuthors.person.getHelperText())
                .isEqualTo("Every active member of the association is already a co-author.");
        assertThat(_find(coAuthors.pending, ListItem.class)).isEmpty();

        accounts.signIn(TestAccounts.MEMBER);
        context.getBean(AssociationInvitationService.class).invite(associationId, TestAccounts.OUTSIDER.email());
        signIn(TestAccounts.BOTH); // a member, not a contact of the association
        coAuthors = openEditor(draft).coAuthors;
        assertThat(coAuthors.person.getHelperText()).isEqualTo("No other active member to add yet.");
        assertThat(_find(coAuthors.pending, ListItem.class))
                .singleElement()
                .satisfies(line -> assertThat(line.getElement().getTextRecursively())
                        .contains("Oumar Outsider's invitation to the association is pending."));
        Button resend = _get(coAuthors.pending, Button.class, spec -> spec.withText("Send the invitation again"));
        assertThat(resend.getElement().getAttribute("aria-label"))
                .isEqualTo("Send the invitation to Oumar Outsider again");
        _click(resend);
        assertThat(notifications()).contains("The invitation was sent again to Oumar Outsider.");
        assertThat(resend.isEnabled()).isFalse();
    }
}
