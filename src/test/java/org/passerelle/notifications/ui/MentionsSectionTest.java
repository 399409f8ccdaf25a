package org.passerelle.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.DiscussionEvents.MemberMentioned;
import org.passerelle.notifications.NotificationsProbe;
import org.passerelle.proposals.ProposalView;
import org.passerelle.proposals.ui.ProposalPage;
import org.passerelle.voting.VotingFixture;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The home's "mentions" block: empty state, the unread mentions counted, opening one marks it read. */
class MentionsSectionTest extends KaribuTest {

    VotingFixture fixture;

    @BeforeEach
    void setUpData() {
        fixture = new VotingFixture(context, accounts);
    }

    private void mention(TestAccounts.Person who, TestAccounts.Person by, ProposalView proposal, long messageId) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> context.publishEvent(new MemberMentioned(
                        accounts.idOf(who),
                        accounts.idOf(by),
                        1L,
                        messageId,
                        fixture.spaceId,
                        SubjectRef.proposal(proposal.id()))));
        NotificationsProbe.settle(context);
    }

    @Test
    void nobodyMentionedMeSaysWhatWillShowHere() {
        signIn(TestAccounts.BOARD);
        MentionsSection.Block block = _get(MentionsSection.Block.class);
        assertThat(block.count.getText()).isEqualTo("0");
        assertThat(block.empty.isVisible()).isTrue();
        assertThat(block.empty.getText()).startsWith("Nobody has mentioned you yet.");
        assertThat(_find(block.items, Button.class)).isEmpty();
    }

    @Test
    void myMentionsAreCountedAndOpeningOneMarksItRead() {
        ProposalView proposal = fixture.proposalInReview("Clinic lights");
        mention(TestAccounts.BOARD, TestAccounts.MEMBER, proposal, 11L);
        mention(TestAccounts.STAFF, TestAccounts.MEMBER, proposal, 12L); // someone else's: not in BOARD's block
        signIn(TestAccounts.BOARD);
        MentionsSection.Block block = _get(MentionsSection.Block.class);
        assertThat(block.count.getText()).isEqualTo("1");
        assertThat(block.count.getElement().getAttribute("aria-label")).isEqualTo("one unread mention");
        assertThat(block.empty.isVisible()).isFalse();
        Button line = _get(block.items, Button.class);
        assertThat(line.getText())
                .startsWith("New: ")
                .contains("mentioned you in the discussion of \u201cClinic lights\u201d");

        _click(line);
        assertThat(_get(ProposalPage.class)).isNotNull();
        UI.getCurrent().navigate("");
        MockVaadin.clientRoundtrip(false);
        MentionsSection.Block again = _get(MentionsSection.Block.class);
        assertThat(again.count.getText()).as("read once opened").isEqualTo("0");
        assertThat(_get(again.items, Button.class).getText())
                .as("still listed, no longer new")
                .doesNotStartWith("New: ")
                .contains("Clinic lights");
    }
}
