package org.passerelle.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.base.InvalidInputException;
import org.passerelle.voting.VotingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Empower follow-up as one flow, against a real database (H2 and PostgreSQL): reports tied to milestones. */
abstract class FollowUpServiceContract {

    static final LocalDate TODAY = VotingFixture.TODAY;

    @Autowired
    ApplicationContext context;

    @Autowired
    FollowUpService followUps;

    @Autowired
    ProposalService proposals;

    TestAccounts accounts;
    VotingFixture fixture;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new VotingFixture(context, accounts);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A proposal by MEMBER, accepted by staff; leaves STAFF signed in. */
    ProposalView accepted(String title) {
        ProposalView proposal = fixture.proposalInVoting(title);
        return proposals.act(proposal.id(), ProposalAction.ACCEPT, "Relevant and feasible");
    }

    ProposalView inImplementation(String title) {
        ProposalView proposal = accepted(title);
        return proposals.act(proposal.id(), ProposalAction.START_IMPLEMENTATION, null);
    }

    @Test
    void aReportMayNameOneMilestoneOfItsOwnProposal() {
        ProposalView clinic = inImplementation("Solar clinic");
        ProposalView school = inImplementation("Vocational school");
        long panels = followUps.addMilestone(clinic.id(), "Panels installed", TODAY.plusMonths(2));
        long teachers = followUps.addMilestone(school.id(), "Teachers hired", TODAY.plusMonths(1));

        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> followUps.addReport(clinic.id(), TODAY, "Hired", teachers))
                .as("a milestone of another proposal")
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "reportMilestone")
                .hasFieldOrPropertyWithValue("messageKey", "proposals.follow-up.error.milestone-other");
        assertThatThrownBy(() -> followUps.addReport(clinic.id(), TODAY, "Hired", Long.MAX_VALUE))
                .hasFieldOrPropertyWithValue("messageKey", "proposals.follow-up.error.milestone-other");
        assertThat(followUps.followUp(clinic.id()).reports()).isEmpty();

        followUps.addReport(clinic.id(), TODAY, "## Month 2\nHalf the panels are up.", panels);
        followUps.addReport(clinic.id(), TODAY.minusDays(1), "Ordered the panels.");

        accounts.signIn(TestAccounts.BOARD); // a reader sees which milestone a report is about
        assertThat(followUps.followUp(clinic.id()).reports())
                .extracting(FollowUp.ReportInfo::milestoneId, FollowUp.ReportInfo::milestoneTitle)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(panels, "Panels installed"),
                        org.assertj.core.groups.Tuple.tuple(null, null));
        assertThat(followUps.followUp(school.id()).reports()).isEmpty();
    }

    @Test
    void whoMayPlanMilestonesIsAnsweredPerProposal() {
        ProposalView clinic = accepted("Solar clinic");
        ProposalView school = fixture.proposalInReview("Vocational school");
        assertThat(followUps.mayPlanMilestones(clinic.id()))
                .as("staff, accepted")
                .isTrue();
        assertThat(followUps.mayPlanMilestones(school.id()))
                .as("not accepted yet")
                .isFalse();
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(followUps.mayPlanMilestones(clinic.id())).as("its author").isTrue();
        accounts.signIn(TestAccounts.BOARD);
        assertThat(followUps.mayPlanMilestones(clinic.id())).as("a reader").isFalse();
        accounts.signIn(TestAccounts.OUTSIDER);
        assertThat(followUps.mayPlanMilestones(clinic.id()))
                .as("someone who may not see it")
                .isFalse();
    }
}
