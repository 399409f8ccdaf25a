package org.passerelle.proposals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.Residence;
import org.passerelle.base.Sector;
import org.passerelle.base.Stage;
import org.passerelle.base.TimeZones;
import org.passerelle.base.UserFacingException;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalSamples;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;

/** Eligibility is said when the draft starts and in the checklist, not only when the submission is refused. */
class ProposalEligibilityViewTest extends KaribuTest {

    static final String REFUSED_FR =
            "Cet appel est réservé aux associations vérifiées. Demandez au bureau pays de vérifier Ubumwe Bruxelles.";
    static final String REFUSED_EN =
            "This call is reserved to verified associations. Ask the country office to verify Ubumwe Bruxelles.";

    long verifiedOnlyCall;
    long openToAllCall;
    long associationId;

    @BeforeEach
    void callsAndAnUnverifiedAssociation() {
        accounts.signIn(TestAccounts.ADMIN);
        long space = context.getBean(SpaceService.class)
                .create(new SpaceForm("Rwanda — health", null, null, null, Stage.ENGAGE, AccessMode.OPEN))
                .id();
        verifiedOnlyCall = openCall(space, "Verified only", true);
        openToAllCall = openCall(space, "Open to all", false);
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
        TestAccounts.signOut();
    }

    private long openCall(long space, String title, boolean verifiedOnly) {
        CallService calls = context.getBean(CallService.class);
        var today = java.time.LocalDate.now(TimeZones.OFFICE);
        long id = calls.create(
                        space,
                        new CallForm(
                                title,
                                null,
                                null,
                                null,
                                null,
                                null,
                                today,
                                today.plusDays(30),
                                verifiedOnly,
                                Set.of(),
                                Set.of(),
                                3,
                                List.of(new Criterion("Relevance", null, 100))))
                .id();
        calls.moveTo(id, CallState.OPEN);
        return id;
    }

    private void verify(boolean verified) {
        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(AssociationService.class).setVerified(associationId, verified);
        TestAccounts.signOut();
    }

    private NewProposalDialog openDialogFor(long callId) {
        navigate("my-proposals");
        _click(_get(MyProposalsView.class).create);
        NewProposalDialog dialog = _get(NewProposalDialog.class);
        CallSummary chosen = dialog.call
                .getListDataView()
                .getItems()
                .filter(c -> c.id() == callId)
                .findFirst()
                .orElseThrow();
        _setValue(dialog.call, chosen);
        return dialog;
    }

    @Test
    void anUnverifiedAssociationIsToldAtOnceAndStartsOnlyForACallOpenToAll() {
        signIn(TestAccounts.MEMBER); // French
        NewProposalDialog dialog = openDialogFor(verifiedOnlyCall);
        assertThat(dialog.eligibility.isVisible()).isTrue();
        assertThat(dialog.eligibility.getText()).isEqualTo(REFUSED_FR);
        assertThat(dialog.start.isEnabled()).isFalse();
        ProposalService proposals = context.getBean(ProposalService.class);
        assertThatThrownBy(() -> proposals.createDraft(verifiedOnlyCall, associationId, "Clinique"))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.not-verified");
        assertThat(proposals.mine()).as("nothing created").isEmpty();

        _setValue(
                dialog.call,
                dialog.call
                        .getListDataView()
                        .getItems()
                        .filter(c -> c.id() == openToAllCall)
                        .findFirst()
                        .orElseThrow());
        assertThat(dialog.eligibility.isVisible()).isFalse();
        _setValue(dialog.title, "Clinique solaire");
        _click(dialog.start);
        assertThat(_get(ProposalEditorView.class).form.title.getValue()).isEqualTo("Clinique solaire");
        assertThat(proposals.mine()).hasSize(1);
    }

    @Test
    void theChecklistBlocksWhenTheAssociationLostItsVerificationAndTheSubmissionSaysTheSame() {
        verify(true);
        signIn(TestAccounts.MEMBER);
        ProposalService proposals = context.getBean(ProposalService.class);
        ProposalView draft = proposals.createDraft(verifiedOnlyCall, associationId, "Solar clinic");
        proposals.save(draft.id(), draft.lockVersion(), ProposalSamples.complete("Solar clinic", "No power"));
        verify(false);

        signIn(TestAccounts.MEMBER);
        UI.getCurrent().navigate(ProposalEditorView.class, ProposalEditorView.parameters(draft.id()));
        ProposalEditorView editor = _get(ProposalEditorView.class);
        assertThat(_find(editor.checklist, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Ne peut pas encore être soumise : " + REFUSED_FR);
        assertThat(editor.submit.isEnabled()).isFalse();
        assertThatThrownBy(() -> proposals.act(draft.id(), ProposalAction.SUBMIT, null))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "proposals.error.not-verified")
                .satisfies(refusal ->
                        assertThat(((UserFacingException) refusal).arguments()).containsExactly("Ubumwe Bruxelles"));
        assertThat(proposals.get(draft.id()).state()).isEqualTo(ProposalState.DRAFT);
    }

    @Test
    void aVerifiedAssociationStartsCompletesAndSubmits() {
        verify(true);
        signIn(TestAccounts.MEMBER);
        useLanguage(java.util.Locale.ENGLISH);
        NewProposalDialog dialog = openDialogFor(verifiedOnlyCall);
        assertThat(dialog.eligibility.isVisible()).isFalse();
        assertThat(dialog.start.isEnabled()).isTrue();
        _setValue(dialog.title, "Solar clinic");
        _click(dialog.start);
        ProposalEditorView editor = _get(ProposalEditorView.class);
        ProposalService proposals = context.getBean(ProposalService.class);
        long id = proposals.mine().getFirst().id();
        proposals.save(id, proposals.get(id).lockVersion(), ProposalSamples.complete("Solar clinic", "No power"));
        UI.getCurrent().navigate(ProposalEditorView.class, ProposalEditorView.parameters(id));
        editor = _get(ProposalEditorView.class);
        assertThat(_find(editor.checklist, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("All required sections are filled in: the proposal can be submitted.")
                .noneMatch(text -> text.contains(REFUSED_EN));
        assertThat(editor.submit.isEnabled()).isTrue();
        _click(editor.submit);
        _click(_get(StepConfirmDialog.class).confirm); // submitting is confirmed first
        assertThat(proposals.get(id).state()).isEqualTo(ProposalState.SUBMITTED);
    }
}
