package org.passerelle.spaces.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.StateNodes;
import org.passerelle.TestAccounts;
import org.passerelle.voting.VotingFixture;

/**
 * What the members list costs each open space page: its rows are data, not components, so the state the page
 * keeps does not grow with the members shown (a phone card made for each row, even hidden, used to add five
 * state nodes per row, kept as long as the page is open).
 */
class MembersFootprintTest extends KaribuTest {

    @Test
    void theMembersListKeepsNoComponentPerRowOnAWideScreen() {
        VotingFixture fixture = new VotingFixture(context, accounts);
        int few = membersGridNodes(fixture.spaceId);

        fixture.extraBoardMembers(MembersPanel.PAGE + 5);
        MembersPanel members = open(fixture.spaceId);
        assertThat(GridKt._size(members.grid)).isGreaterThan(MembersPanel.PAGE);
        assertThat(StateNodes.count(members.grid))
                .as("the grid with a page of %d rows in view vs three rows", MembersPanel.PAGE)
                .isEqualTo(few);

        members.phoneCards.fit(360); // a phone: each row is a card, made as the rows are sent
        MockVaadin.clientRoundtrip(false);
        assertThat(StateNodes.count(members.grid)).isGreaterThan(few + MembersPanel.PAGE);
        members.phoneCards.fit(1280);
        MockVaadin.clientRoundtrip(false);
        assertThat(StateNodes.count(members.grid))
                .as("back on a wide screen: the cards are gone (the grid may keep a node of the switch)")
                .isLessThanOrEqualTo(few + 1);
    }

    private int membersGridNodes(long spaceId) {
        return StateNodes.count(open(spaceId).grid);
    }

    private MembersPanel open(long spaceId) {
        signIn(TestAccounts.BOARD);
        UI.getCurrent().navigate("spaces/" + spaceId);
        MockVaadin.clientRoundtrip(false);
        return _get(SpaceView.class).members;
    }
}
