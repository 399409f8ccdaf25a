package org.passerelle.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.sessions.SessionsFixture.TODAY;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.proposals.FollowUpService;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalService;
import org.passerelle.proposals.ProposalView;
import org.passerelle.sessions.ActionItemForm;
import org.passerelle.sessions.AgendaItem;
import org.passerelle.sessions.SessionForm;
import org.passerelle.sessions.SessionRecordService;
import org.passerelle.sessions.SessionSummary;
import org.passerelle.sessions.SessionsFixture;
import org.passerelle.spaces.AccessMode;

/** Staff make an action item decided about an accepted proposal one of its milestones, from the session page. */
class ActionItemMilestoneViewTest extends KaribuTest {

    ProposalView proposal;
    SessionSummary session;

    @BeforeEach
    void acceptedProposalOnTheAgenda() {
        SessionsFixture fixture = new SessionsFixture(context, accounts);
        long space = fixture.space(AccessMode.OPEN);
        proposal = fixture.submittedProposal(space, "Solar clinic");
        accounts.signIn(TestAccounts.STAFF);
        ProposalService proposals = context.getBean(ProposalService.class);
        proposals.act(proposal.id(), ProposalAction.TRIAGE, null);
        proposals.act(proposal.id(), ProposalAction.OPEN_VOTING, null);
        proposals.act(proposal.id(), ProposalAction.ACCEPT, "Relevant");
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
                        List.of(new AgendaItem("Solar clinic: next steps", 30, proposal.id()))));
        context.getBean(SessionRecordService.class)
                .addAction(
                        session.id(),
                        new ActionItemForm("Order the panels", accounts.idOf(TestAccounts.MEMBER), TODAY.plusDays(20)));
        TestAccounts.signOut();
    }

    private FollowUpPanel openAs(TestAccounts.Person person) {
        signIn(person);
        UI.getCurrent().navigate(SessionView.class, SessionView.parameters(session.id()));
        return _get(FollowUpPanel.class);
    }

    @Test
    void staffMakeAnActionItemAMilestoneOnce() {
        FollowUpPanel panel = openAs(TestAccounts.STAFF);
        Button make = _get(panel.actions, Button.class, spec -> spec.withText("Make it a milestone of “Solar clinic”"));
        _click(make);

        assertThat(_find(panel.actions, Button.class, spec -> spec.withText("Make it a milestone of “Solar clinic”")))
                .as("no second milestone from the same item")
                .isEmpty();
        assertThat(panel.actions.getElement().getTextRecursively()).contains("Milestone of “Solar clinic”");
        accounts.signIn(TestAccounts.STAFF);
        assertThat(context.getBean(FollowUpService.class)
                        .followUp(proposal.id())
                        .milestones())
                .singleElement()
                .satisfies(m -> assertThat(m.title()).isEqualTo("Order the panels"));

        panel = openAs(TestAccounts.MEMBER); // French, the item's owner: sees the link, no button
        assertThat(panel.actions.getElement().getTextRecursively()).contains("Jalon de «\u00a0Solar clinic\u00a0»");
        assertThat(_find(panel.actions, Button.class)).isEmpty();
    }
}
