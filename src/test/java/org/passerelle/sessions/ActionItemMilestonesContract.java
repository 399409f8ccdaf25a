package org.passerelle.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.sessions.SessionsFixture.TODAY;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.proposals.FollowUp;
import org.passerelle.proposals.FollowUpService;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.spaces.AccessMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An action item of a session becomes a milestone of an accepted proposal on its agenda, once; H2 and PostgreSQL. */
abstract class ActionItemMilestonesContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    ActionItemMilestones milestones;

    @Autowired
    SessionRecordService records;

    @Autowired
    FollowUpService followUps;

    TestAccounts accounts;
    SessionsFixture fixture;
    ProposalView accepted;
    ProposalView inReview;
    SessionSummary session;
    ActionItemView item;

    @BeforeEach
    void sessionWithTwoProposalsOnItsAgenda() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new SessionsFixture(context, accounts);
        long space = fixture.space(AccessMode.OPEN);
        accepted = fixture.submittedProposal(space, "Solar clinic");
        inReview = fixture.submittedProposal(space, "Vocational school");
        accounts.signIn(TestAccounts.STAFF);
        ProposalService proposals = context.getBean(ProposalService.class);
        proposals.act(accepted.id(), ProposalAction.TRIAGE, null);
        proposals.act(accepted.id(), ProposalAction.OPEN_VOTING, null);
        proposals.act(accepted.id(), ProposalAction.ACCEPT, "Relevant");
        proposals.act(inReview.id(), ProposalAction.TRIAGE, null);
        LocalDateTime start = TODAY.plusDays(1).atTime(14, 0);
        session = fixture.schedule(
                space,
                new SessionForm(
                        "Follow-up",
                        null,
                        start,
                        start.plusHours(2),
                        "Brussels",
                        null,
                        10,
                        List.of(
                                new AgendaItem("Solar clinic: next steps", 30, accepted.id()),
                                new AgendaItem("Vocational school", 30, inReview.id()))));
        item = records.addAction(
                session.id(),
                new ActionItemForm("Order the panels", accounts.idOf(TestAccounts.MEMBER), TODAY.plusDays(20)));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void anActionItemBecomesOneMilestoneOfAnAcceptedProposalOnTheAgenda() {
        ActionItemMilestoneChoices choices = milestones.choices(session.id());
        assertThat(choices.proposals())
                .as("only the accepted proposal may get milestones")
                .containsExactly(new ProposalChoice(accepted.id(), "Solar clinic"));
        assertThat(choices.linked()).isEmpty();

        milestones.makeMilestone(item.id(), accepted.id());
        assertThatThrownBy(() -> milestones.makeMilestone(item.id(), accepted.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.actions.error.already-milestone");

        FollowUp followUp = followUps.followUp(accepted.id());
        assertThat(followUp.milestones()).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("Order the panels");
            assertThat(m.dueOn()).isEqualTo(TODAY.plusDays(20));
        });
        accounts.signIn(TestAccounts.MEMBER); // a reader of the session sees the link, may not make one
        ActionItemMilestoneChoices read = milestones.choices(session.id());
        assertThat(read.linked()).containsEntry(item.id(), new ProposalChoice(accepted.id(), "Solar clinic"));
        assertThat(read.proposals()).isEmpty();
    }

    @Test
    void onlyAFacilitatorMakesAMilestoneOfAProposalThatMayHaveOne() {
        assertThatThrownBy(() -> milestones.makeMilestone(item.id(), inReview.id()))
                .as("a proposal not accepted yet")
                .hasFieldOrPropertyWithValue("messageKey", "proposals.follow-up.error.may-not-plan");
        ProposalView elsewhere = fixture.submittedProposal(fixture.space(AccessMode.OPEN), "Elsewhere");
        accounts.signIn(TestAccounts.STAFF);
        assertThatThrownBy(() -> milestones.makeMilestone(item.id(), elsewhere.id()))
                .as("a proposal that is not on the agenda")
                .hasFieldOrPropertyWithValue("messageKey", "sessions.actions.error.not-on-agenda");
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> milestones.makeMilestone(item.id(), accepted.id()))
                .hasFieldOrPropertyWithValue("messageKey", "sessions.error.not-facilitator");
        accounts.signIn(TestAccounts.STAFF);
        assertThat(followUps.followUp(accepted.id()).milestones()).isEmpty();
        assertThat(milestones.choices(session.id()).linked()).isEmpty();
    }

    @Test
    void aLongActionBecomesAShortenedMilestoneTitle() {
        assertThat(ActionItemMilestones.milestoneTitle("x".repeat(300)))
                .hasSize(ActionItemMilestones.MILESTONE_TITLE_MAX)
                .endsWith("…");
        assertThat(ActionItemMilestones.milestoneTitle(" Call the clinic ")).isEqualTo("Call the clinic");
    }
}
