package org.passerelle.proposals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.QueryCounter;
import org.passerelle.TestAccounts;
import org.passerelle.associations.AssociationForm;
import org.passerelle.associations.AssociationService;
import org.passerelle.associations.Residence;
import org.passerelle.base.Formats;
import org.passerelle.base.Sector;
import org.passerelle.base.SubjectAccess;
import org.passerelle.calls.CallForm;
import org.passerelle.calls.CallService;
import org.passerelle.calls.CallState;
import org.passerelle.calls.Criterion;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalSamples;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.TriageQueue;
import org.passerelle.proposals.TriageRow;
import org.passerelle.voting.VotingFixture;

/**
 * The staff's triage list: each proposal waiting for staff with its call, association, day of submission and
 * waiting time, the longest waiting first, never a draft; a fixed number of statements whatever the rows.
 */
class TriageViewTest extends KaribuTest {

    /** The rows, then access to and names of the calls and associations, each kind asked once. */
    static final int MAX_STATEMENTS = 10;

    VotingFixture fixture;
    ProposalService proposals;

    @BeforeEach
    void space() {
        fixture = new VotingFixture(context, accounts);
        proposals = context.getBean(ProposalService.class);
    }

    @Test
    void staffSeeCallAssociationAndWaitingTimeTheLongestWaitingFirst() {
        ProposalView inReview = fixture.proposalInReview("Water tower");
        submittedDaysAgo(inReview.id(), 3);
        ProposalView older = submit(TestAccounts.MEMBER, fixture.callId, fixture.associationId, "Solar school");
        submittedDaysAgo(older.id(), 10);
        long other = association("Jamaa Liège", TestAccounts.OUTSIDER);
        accounts.signIn(TestAccounts.OUTSIDER);
        proposals.createDraft(fixture.callId, other, "Their draft");

        signIn(TestAccounts.STAFF);
        navigate("triage");
        TriageGrid grid = _get(TriageView.class).grid;
        assertThat(GridKt._size(grid)).as("drafts are never waiting for staff").isEqualTo(2);
        assertThat(row(grid, 0))
                .as("submitted ten days ago, though created after the other")
                .containsExactly(
                        "Solar school",
                        "Submitted",
                        "Health centres",
                        "Ubumwe Bruxelles",
                        day(10, Locale.ENGLISH),
                        "10 days");
        assertThat(row(grid, 1))
                .containsExactly(
                        "Water tower",
                        "In review",
                        "Health centres",
                        "Ubumwe Bruxelles",
                        day(3, Locale.ENGLISH),
                        "3 days");
        assertThat(grid.getColumns().stream().map(c -> c.getHeaderText()).toList())
                .startsWith("Title", "State", "Call", "Association", "Submitted on", "Waiting");

        useLanguage(Locale.FRENCH);
        navigate("triage");
        grid = _get(TriageView.class).grid;
        assertThat(row(grid, 0)).as("the call in the reader's language").contains("Centres de santé", "10 jours");
    }

    @Test
    void onAPhoneEachProposalIsACardWithItsCallAssociationAndWait() {
        ProposalView proposal = submit(TestAccounts.MEMBER, fixture.callId, fixture.associationId, "Solar school");
        submittedDaysAgo(proposal.id(), 1);
        signIn(TestAccounts.STAFF);
        navigate("triage");
        TriageGrid grid = _get(TriageView.class).grid;
        grid.phoneCards.fit(360);
        var card = GridKt._getCellComponent(grid, 0, "card");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("passerelle-card-title"))
                        .getText())
                .isEqualTo("Solar school");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("passerelle-card-meta"))
                        .getText())
                .contains("Health centres", "Ubumwe Bruxelles", "waiting for 1 day");
    }

    @Test
    void theListCostsTheSameStatementsWhateverItsRows() throws Exception {
        submit(TestAccounts.MEMBER, fixture.callId, fixture.associationId, "First");
        signIn(TestAccounts.STAFF);
        long one = openTriage();

        long otherCall = call("Schools");
        long other = association("Jamaa Liège", TestAccounts.OUTSIDER);
        for (int i = 0; i < 3; i++) {
            submit(TestAccounts.OUTSIDER, otherCall, other, "Other " + i);
        }
        submit(TestAccounts.MEMBER, fixture.callId, fixture.associationId, "Second");
        signIn(TestAccounts.STAFF);
        long five = openTriage();

        assertThat(five)
                .as("five rows of two calls and associations vs one row")
                .isEqualTo(one);
        assertThat(five)
                .as("rows, then the names of calls and associations in bulk")
                .isLessThanOrEqualTo(MAX_STATEMENTS);
        navigate("triage");
        assertThat(GridKt._size(_get(TriageView.class).grid)).isEqualTo(5);
    }

    @Test
    void othersCannotOpenTheTriage() {
        signIn(TestAccounts.BOARD);
        navigate("triage");
        assertThat(_find(TriageView.class)).isEmpty();
    }

    /**
     * Statements of the list's rows and names, as a new request would send them (nothing remembered from before);
     * the page around it (the shell's counts) is measured elsewhere.
     */
    private long openTriage() throws Exception {
        context.getBean(SubjectAccess.class).forget();
        return QueryCounter.count(() -> context.getBean(TriageQueue.class).waiting(Locale.ENGLISH))
                .statements();
    }

    private static List<String> row(TriageGrid grid, int index) {
        TriageRow row = GridKt._get(grid, index);
        return List.of(
                grid.title(row),
                grid.state(row),
                grid.call(row),
                grid.association(row),
                grid.submitted(row),
                grid.waiting(row));
    }

    private static String day(int daysAgo, Locale locale) {
        return Formats.date(Instant.now().minus(Duration.ofDays(daysAgo)).minusSeconds(60), locale);
    }

    private void submittedDaysAgo(long proposalId, int days) {
        jdbc.update(
                "update proposal_transition set occurred_at = ? where proposal_id = ? and to_state = 'SUBMITTED'",
                Timestamp.from(Instant.now().minus(Duration.ofDays(days)).minusSeconds(60)),
                proposalId);
    }

    private ProposalView submit(TestAccounts.Person author, long callId, long associationId, String title) {
        accounts.signIn(author);
        ProposalView draft = proposals.createDraft(callId, associationId, title);
        proposals.save(draft.id(), draft.lockVersion(), ProposalSamples.complete(title, "No power at night"));
        return proposals.act(draft.id(), ProposalAction.SUBMIT, null);
    }

    private long association(String name, TestAccounts.Person contact) {
        accounts.signIn(TestAccounts.ADMIN);
        return context.getBean(AssociationService.class)
                .register(
                        new AssociationForm(
                                name,
                                null,
                                "Congolese diaspora",
                                Set.of("CD"),
                                Residence.BE,
                                EnumSet.of(Sector.HEALTH),
                                null,
                                null,
                                null),
                        accounts.idOf(contact))
                .id();
    }

    private long call(String title) {
        accounts.signIn(TestAccounts.ADMIN);
        CallService calls = context.getBean(CallService.class);
        long id = calls.create(
                        fixture.spaceId,
                        new CallForm(
                                title,
                                null,
                                null,
                                null,
                                null,
                                null,
                                VotingFixture.TODAY,
                                VotingFixture.TODAY.plusDays(30),
                                false,
                                Set.of(),
                                Set.of(),
                                5,
                                List.of(new Criterion("Reach", "Portée", 100))))
                .id();
        calls.moveTo(id, CallState.OPEN);
        return id;
    }
}
