package org.passerelle.proposals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
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
import org.passerelle.base.ui.MarkdownView;
import org.passerelle.base.ui.NotFoundView;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalContent;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.Section;
import org.passerelle.spaces.AccessMode;
import org.passerelle.spaces.SpaceForm;
import org.passerelle.spaces.SpaceService;

class ProposalViewsTest extends KaribuTest {

    long callId;
    long associationId;

    @BeforeEach
    void callAndAssociation() {
        accounts.signIn(TestAccounts.ADMIN);
        long space = context.getBean(SpaceService.class)
                .create(new SpaceForm("Rwanda — health", null, null, null, Stage.ENGAGE, AccessMode.OPEN))
                .id();
        CallService calls = context.getBean(CallService.class);
        callId = calls.create(
                        space,
                        new CallForm(
                                "Health centres",
                                null,
                                null,
                                null,
                                null,
                                null,
                                LocalDate.now(),
                                LocalDate.now().plusDays(30),
                                false,
                                Set.of(),
                                Set.of(),
                                3,
                                List.of(new Criterion("Relevance", null, 100))))
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

    private ProposalView draft() {
        accounts.signIn(TestAccounts.MEMBER);
        ProposalView draft = context.getBean(ProposalService.class).createDraft(callId, associationId, "Solar clinic");
        context.getBean(ProposalService.class).addCoAuthor(draft.id(), accounts.idOf(TestAccounts.BOTH));
        TestAccounts.signOut();
        return draft;
    }

    /** Completes the draft as its author and submits it. */
    private ProposalService submit(ProposalView draft) {
        accounts.signIn(TestAccounts.MEMBER);
        ProposalService proposals = context.getBean(ProposalService.class);
        ProposalContent complete = new ProposalContent(
                "Solar clinic",
                "Sun",
                "P",
                "O",
                "A",
                "B",
                "RW",
                "South",
                EnumSet.of(Sector.HEALTH),
                new BigDecimal("1000"),
                "EUR",
                "Items",
                LocalDate.now(),
                LocalDate.now().plusMonths(3),
                "M",
                null,
                "D",
                "I",
                "S",
                null);
        proposals.save(draft.id(), proposals.get(draft.id()).lockVersion(), complete);
        proposals.act(draft.id(), ProposalAction.SUBMIT, null);
        return proposals;
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
    void fromACallsPageTheNewDraftStartsWithThatCallChosen() {
        signIn(TestAccounts.MEMBER);
        navigate("my-proposals");
        _click(_get(MyProposalsView.class).create);
        var offered =
                _get(NewProposalDialog.class).call.getListDataView().getItems().toList();
        _get(NewProposalDialog.class).close();
        assertThat(offered).isNotEmpty();
        var wanted = offered.getLast();

        UI.getCurrent().navigate("my-proposals", com.vaadin.flow.router.QueryParameters.of("call", "" + wanted.id()));
        assertThat(_get(NewProposalDialog.class).call.getValue()).isEqualTo(wanted);
        _get(NewProposalDialog.class).close();

        navigate("profile");
        // a tampered address opens nothing
        UI.getCurrent().navigate("my-proposals", com.vaadin.flow.router.QueryParameters.of("call", "not-a-number"));
        assertThat(_find(NewProposalDialog.class)).isEmpty();
    }

    @Test
    void aMemberStartsADraftFromMyProposals() {
        signIn(TestAccounts.MEMBER); // French
        navigate("my-proposals");
        _click(_get(MyProposalsView.class).create);
        NewProposalDialog dialog = _get(NewProposalDialog.class);
        _setValue(dialog.call, dialog.call.getListDataView().getItem(0));
        _setValue(dialog.title, "Clinique solaire");
        _click(dialog.start);
        ProposalEditorView editor = _get(ProposalEditorView.class);
        assertThat(editor.form.title.getValue()).isEqualTo("Clinique solaire");
        assertThat(_find(editor.checklist, ListItem.class))
                .extracting(ListItem::getText)
                .contains("Encore vide : Résumé");
        assertThat(editor.submit.isEnabled()).isFalse();

        CoAuthorsPanel coAuthors = editor.coAuthors;
        assertThat(_find(coAuthors.authors, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Moussa Membre");
        _click(coAuthors.add);
        assertThat(coAuthors.person.isInvalid()).as("nobody chosen").isTrue();
        assertThat(coAuthors.person.getListDataView().getItems())
                .extracting(m -> m.displayName())
                .containsExactly("Bintou Both");
        _setValue(coAuthors.person, coAuthors.person.getListDataView().getItem(0));
        _click(coAuthors.add);
        assertThat(notifications()).contains("Bintou Both est maintenant co-auteur.");
        assertThat(_find(coAuthors.authors, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactlyInAnyOrder("Moussa Membre", "Bintou Both");
        assertThat(coAuthors.add.isEnabled()).as("nobody left to add").isFalse();
        _setValue(editor.form.title, "Clinique solaire de Huye");
        _click(editor.save);
        assertThat(editor.saveState.getText())
                .as("the lock version followed the co-author change")
                .startsWith("Enregistré");
    }

    @Test
    void theEditorSavesShowsTheStateAndThePreviewRendersMarkdownInertly() {
        ProposalView draft = draft();
        signIn(TestAccounts.BOTH);
        UI.getCurrent().navigate(ProposalEditorView.class, ProposalEditorView.parameters(draft.id()));
        ProposalEditorView editor = _get(ProposalEditorView.class);
        _setValue(editor.form.markdown.get(Section.PROBLEM), "**No power** <script>alert(1)</script>");
        assertThat(editor.saveState.getText()).startsWith("Saved at").endsWith("(version 2).");
        MarkdownView preview = _get(
                editor.form,
                MarkdownView.class,
                spec -> spec.withPredicate(m -> m.getMarkdown().contains("No power")));
        // rendered on the server by the application's one renderer: the script is text, never an element
        assertThat(preview.getElement().getProperty("innerHTML"))
                .contains("<strong>No power</strong>", "&lt;script&gt;")
                .doesNotContain("<script");
        _setValue(editor.form.budgetAmount, new BigDecimal("-3"));
        _click(editor.save);
        assertThat(editor.form.budgetAmount.isInvalid()).isTrue();
        assertThat(editor.saveState.getText()).isEqualTo("Not saved: see the message.");
    }

    @Test
    void aConcurrentSaveOpensTheConflictDialogAndKeepsTheText() {
        ProposalView draft = draft();
        signIn(TestAccounts.BOTH);
        UI.getCurrent().navigate(ProposalEditorView.class, ProposalEditorView.parameters(draft.id()));
        ProposalEditorView editor = _get(ProposalEditorView.class);
        // meanwhile the other co-author saves
        accounts.signIn(TestAccounts.MEMBER);
        ProposalService proposals = context.getBean(ProposalService.class);
        ProposalView other = proposals.get(draft.id());
        proposals.save(
                draft.id(),
                other.lockVersion(),
                new ProposalContent(
                        "Solar clinic",
                        "Their summary",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Set.of(),
                        null,
                        "EUR",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        accounts.signIn(TestAccounts.BOTH);
        _setValue(editor.form.summary, "My summary");
        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(editor.form.summary.getValue()).isEqualTo("My summary");
        _click(dialog.keepMine);
        assertThat(proposals.get(draft.id()).content().summary()).isEqualTo("My summary");
    }

    @Test
    void staffActWithAReasonAndOutsidersGetNotFound() {
        ProposalView draft = draft();
        ProposalService proposals = submit(draft);

        signIn(TestAccounts.OUTSIDER);
        UI.getCurrent().navigate(ProposalPage.class, ProposalPage.parameters(draft.id()));
        _get(NotFoundView.class);

        signOut();
        signIn(TestAccounts.STAFF);
        UI.getCurrent().navigate(ProposalPage.class, ProposalPage.parameters(draft.id()));
        ProposalPage page = _get(ProposalPage.class);
        _click(_get(page.actions, Button.class, spec -> spec.withText("Request a revision")));
        ReasonDialog reason = _get(ReasonDialog.class);
        _click(reason.confirm);
        assertThat(reason.isOpened()).isTrue();
        assertThat(notifications()).contains("Give a reason");
        _setValue(reason.reason, "Detail the budget, please");
        _click(reason.confirm);
        assertThat(proposals.get(draft.id()).state()).isEqualTo(ProposalState.REVISION_REQUESTED);
        assertThat(notifications()).contains("Revision requested");
    }

    @Test
    void theCallsProposalsAreFilteredAndStaffSeeThemInTriage() {
        ProposalView draft = draft();
        ProposalService proposals = submit(draft);
        proposals.createDraft(callId, associationId, "Another draft");

        signIn(TestAccounts.STAFF);
        UI.getCurrent().navigate(CallProposalsView.class, CallProposalsView.parameters(callId));
        CallProposalsView view = _get(CallProposalsView.class);
        assertThat(GridKt._size(view.grid)).as("staff never see drafts").isEqualTo(1);
        assertThat(GridKt._fetch(view.grid, 0, 10)).extracting(row -> row.id()).containsExactly(draft.id());
        _setValue(view.sector, Sector.YOUTH);
        assertThat(GridKt._size(view.grid)).isZero();
        _setValue(view.sector, Sector.HEALTH);
        _setValue(view.state, ProposalState.SUBMITTED);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        _setValue(view.country, "SN");
        assertThat(GridKt._size(view.grid)).isZero();
        _setValue(view.country, null);
        navigate("triage");
        assertThat(_get(TriageView.class).grid.getListDataView().getItemCount()).isEqualTo(1);

        signOut();
        signIn(TestAccounts.MEMBER);
        UI.getCurrent().navigate(CallProposalsView.class, CallProposalsView.parameters(callId));
        assertThat(GridKt._size(_get(CallProposalsView.class).grid))
                .as("the association sees both")
                .isEqualTo(2);
        navigate("triage");
        assertThat(_find(TriageView.class)).isEmpty();
    }

    @Test
    void aBoardMemberAsksOnTheProposalPageAndTheAuthorAnswers() {
        ProposalView draft = draft();
        ProposalService proposals = submit(draft);
        accounts.signIn(TestAccounts.ADMIN);
        var memberships = context.getBean(org.passerelle.spaces.SpaceMembershipService.class);
        memberships.invite(
                proposals.get(draft.id()).spaceId(),
                accounts.idOf(TestAccounts.BOARD),
                org.passerelle.spaces.SpaceRole.BOARD_MEMBER);
        accounts.signIn(TestAccounts.BOARD);
        memberships.myInvitations().forEach(invite -> memberships.answer(invite.id(), true));

        signIn(TestAccounts.BOARD);
        UI.getCurrent().navigate(ProposalPage.class, ProposalPage.parameters(draft.id()));
        assertThat(_find(_get(ProposalPage.class), org.passerelle.discussions.ui.ThreadPanel.class))
                .as("a submitted proposal has its discussion thread")
                .hasSize(1);
        ReviewPanel panel = _get(ProposalPage.class).review;
        _click(panel.ask);
        assertThat(panel.question.isInvalid()).isTrue();
        _setValue(panel.question, "<b>Who</b> maintains the panels?");
        _click(panel.ask);
        assertThat(_find(panel, com.vaadin.flow.component.html.Paragraph.class))
                .extracting(p -> p.getText())
                .contains("<b>Who</b> maintains the panels?");

        signOut();
        signIn(TestAccounts.MEMBER);
        UI.getCurrent().navigate(ProposalPage.class, ProposalPage.parameters(draft.id()));
        ReviewPanel authorPanel = _get(ProposalPage.class).review;
        assertThat(authorPanel.ask.getText()).isEmpty(); // authors answer, they do not ask
        _setValue(_get(authorPanel, com.vaadin.flow.component.textfield.TextArea.class), "Local technicians");
        _click(_get(authorPanel, Button.class, spec -> spec.withText("Envoyer la réponse")));
        assertThat(_find(authorPanel, com.vaadin.flow.component.html.Paragraph.class))
                .extracting(p -> p.getText())
                .contains("Local technicians");
    }
}
