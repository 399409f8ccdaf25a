package org.passerelle.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.ui.PageSection;
import org.passerelle.dashboard.DashboardFixture;
import org.passerelle.dashboard.HomeBlocks;
import org.passerelle.dashboard.HomeUpdates;
import org.passerelle.discussions.MessageService;
import org.passerelle.discussions.ReportService;
import org.passerelle.discussions.ThreadService;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.passerelle.voting.BallotService;
import org.passerelle.voting.Choice;
import org.passerelle.voting.VoteForm;

/**
 * Each variant of the home page counts what its person may see and nothing else: another association's draft
 * and accepted project, and a private space's proposal (with a question BOARD asked there), are in the
 * database beside the person's own data, and each count here would be larger if the queries did not filter.
 */
class HomeViewTest extends KaribuTest {

    private BlockCard block(String key) {
        return _find(BlockCard.class).stream()
                .filter(card -> key.equals(card.getElement().getAttribute("data-block")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no block " + key));
    }

    private List<String> keys() {
        return _find(BlockCard.class).stream()
                .map(card -> card.getElement().getAttribute("data-block"))
                .toList();
    }

    private static List<String> lines(BlockCard card) {
        return _find(card.items, ListItem.class).stream()
                .map(item -> _get(item, Anchor.class).getText())
                .toList();
    }

    private static long count(BlockCard card) {
        return Long.parseLong(card.count.getText());
    }

    @Test
    void anAssociationMemberSeesTheirDraftsAnswersCallsAndMilestonesOnly() {
        DashboardFixture data = new DashboardFixture(context, accounts);
        signIn(TestAccounts.MEMBER);
        useLanguage(Locale.ENGLISH);

        assertThat(keys())
                .startsWith(
                        "dashboard.member.drafts",
                        "dashboard.member.answers",
                        "dashboard.member.calls",
                        "dashboard.member.milestones")
                .doesNotContain("dashboard.board.ballots", "dashboard.staff.triage");
        BlockCard drafts = block("dashboard.member.drafts");
        assertThat(count(drafts))
                .as("their own draft, not the other association's")
                .isEqualTo(1);
        assertThat(lines(drafts)).containsExactly("Seed bank");
        assertThat(_get(drafts.items, ListItem.class).getElement().getTextRecursively())
                .contains("sections still missing");
        assertThat(drafts.more.getHref()).isEqualTo("my-proposals");

        BlockCard answers = block("dashboard.member.answers");
        assertThat(count(answers)).isEqualTo(1);
        assertThat(_get(answers.items, ListItem.class).getElement().getTextRecursively())
                .contains("Water tower", "1 questions to answer");

        BlockCard calls = block("dashboard.member.calls");
        assertThat(count(calls))
                .as("the private space's call is not theirs to see")
                .isEqualTo(1);
        assertThat(lines(calls)).containsExactly("Health centres");
        assertThat(_get(calls.items, ListItem.class).getElement().getTextRecursively())
                .contains("30 days left");

        BlockCard milestones = block("dashboard.member.milestones");
        assertThat(count(milestones))
                .as("not the other association's milestones")
                .isEqualTo(1);
        assertThat(lines(milestones)).containsExactly("Clinic lights — First report");
        assertThat(data.otherAcceptedId).isPositive();
    }

    @Test
    void aBoardMemberSeesTheBallotToVoteOnAndTheirOpenQuestionsAndTheBallotLeavesLiveAfterVoting()
            throws InterruptedException {
        DashboardFixture data = new DashboardFixture(context, accounts);
        signIn(TestAccounts.BOARD);

        assertThat(keys())
                .contains("dashboard.board.ballots", "dashboard.board.questions", "dashboard.sessions")
                .doesNotContain("dashboard.member.drafts", "dashboard.staff.triage");
        BlockCard ballots = block("dashboard.board.ballots");
        assertThat(count(ballots)).isEqualTo(1);
        assertThat(lines(ballots)).containsExactly("Solar clinic");
        assertThat(_get(ballots.items, ListItem.class).getElement().getTextRecursively())
                .as("BOTH is recused (a member of the association): one elector")
                .contains("0 of 1 voted, quorum 50 %, 1 more votes needed");
        BlockCard questions = block("dashboard.board.questions");
        assertThat(count(questions))
                .as("not the question in the private space they are no member of")
                .isEqualTo(1);
        assertThat(lines(questions)).containsExactly("Water tower");
        assertThat(questions.more.isAttached()).isFalse();
        assertThat(_get(HomeView.class).pipeline.getHref()).isEqualTo("pipeline");

        BallotService voting = context.getBean(BallotService.class);
        voting.declare(data.ballotId, org.passerelle.voting.Conflict.NO_CONFLICT, null);
        voting.castVote(data.ballotId, VoteForm.decision(Choice.YES, null));
        awaitLive(() -> count(block("dashboard.board.ballots")) == 0);
        assertThat(block("dashboard.board.ballots").empty.getText()).startsWith("No ballot waits for your vote.");
    }

    @Test
    void staffSeeTheQueueReportsBallotsShortOfQuorumSessionsCallsAndUnreadableDocuments() {
        DashboardFixture data = new DashboardFixture(context, accounts);
        data.closeBallotIn(Duration.ofHours(20));
        jdbc.update(
                "update call_for_proposals set closes_on = ? where id = ?",
                java.sql.Date.valueOf(DashboardFixture.TODAY.plusDays(10)),
                data.voting.callId);
        data.insertFailedDocument("SPACE", data.voting.spaceId, data.voting.spaceId, "scan.pdf");
        data.insertFailedDocument("PROPOSAL", data.draft.id(), data.voting.spaceId, "draft-annex.pdf");
        accounts.signIn(TestAccounts.BOARD);
        long threadId = context.getBean(ThreadService.class)
                .open(SubjectRef.space(data.voting.spaceId))
                .id();
        long message = context.getBean(MessageService.class)
                .post(threadId, "Buy now!", null)
                .id();
        accounts.signIn(TestAccounts.BOTH);
        context.getBean(ReportService.class).report(message, "spam");
        signIn(TestAccounts.STAFF);

        BlockCard triage = block("dashboard.staff.triage");
        assertThat(count(triage))
                .as("in review here, submitted in the private space; never a draft")
                .isEqualTo(2);
        assertThat(lines(triage)).as("oldest first").containsExactly("Water tower", "Private plan");
        assertThat(count(block("dashboard.staff.reports"))).isEqualTo(1);
        BlockCard ballots = block("dashboard.staff.ballots");
        assertThat(count(ballots)).isEqualTo(1);
        assertThat(lines(ballots)).containsExactly("Solar clinic");
        assertThat(count(block("dashboard.staff.calls"))).isEqualTo(1);
        BlockCard documents = block("dashboard.staff.documents");
        assertThat(count(documents))
                .as("not the one attached to an association's draft")
                .isEqualTo(1);
        assertThat(lines(documents)).containsExactly("scan.pdf");
        assertThat(_get(documents.items, ListItem.class).getElement().getTextRecursively())
                .contains("The stored file is missing.");
        assertThat(count(block("dashboard.staff.sessions"))).isZero();
        assertThat(block("dashboard.staff.sessions").empty.getText()).contains("Schedule one");
    }

    @Test
    void aPersonWithNothingToDoSeesWhatToDoInEachBlock() {
        signIn(TestAccounts.BOTH);
        for (BlockCard card : _find(BlockCard.class)) {
            assertThat(count(card)).isZero();
            assertThat(card.empty.getText()).isNotBlank().doesNotStartWith("!");
            assertThat(card.items.isAttached()).isFalse();
        }
        assertThat(keys()).contains("dashboard.member.drafts", "dashboard.board.ballots", "dashboard.actions");
    }

    @Test
    void sectionsOtherModulesAddComeAfterTheBlocksInTheirOrder() {
        signIn(TestAccounts.BOARD);
        PageSection<SignedInPerson> second = section("Second", 20);
        PageSection<SignedInPerson> first = section("New for you", 10);
        var beans = new org.springframework.beans.factory.support.StaticListableBeanFactory(
                java.util.Map.of("second", second, "first", first));
        org.springframework.beans.factory.ObjectProvider<PageSection<SignedInPerson>> sections = beans.getBeanProvider(
                org.springframework.core.ResolvableType.forClassWithGenerics(PageSection.class, SignedInPerson.class));
        HomeView home = new HomeView(
                context.getBean(CurrentUser.class),
                context.getBean(HomeBlocks.class),
                context.getBean(HomeUpdates.class),
                sections);
        List<String> after = home.getChildren()
                .dropWhile(child -> child != home.blocks)
                .skip(1)
                .map(child -> child.getElement().getText())
                .toList();
        assertThat(after).containsExactly("New for you", "Second");
    }

    private static PageSection<SignedInPerson> section(String text, int order) {
        return new PageSection<>() {
            @Override
            public java.util.Optional<com.vaadin.flow.component.Component> create(SignedInPerson person) {
                return java.util.Optional.of(new com.vaadin.flow.component.html.Div(text));
            }

            @Override
            public int order() {
                return order;
            }
        };
    }

    /** Lets the relay reach this UI (as server push would) until the condition holds, for at most 5 s. */
    private static void awaitLive(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (true) {
            MockVaadin.clientRoundtrip(false);
            if (condition.getAsBoolean()) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("the change reached the open home page in time")
                    .isLessThan(end);
            Thread.sleep(20);
        }
    }
}
